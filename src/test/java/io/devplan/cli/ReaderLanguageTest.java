package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What devplan says when it reads a broken file, in the reader's language: real broken plans in
 * a temporary repository, read by {@code show} (the error handler) and {@code list} (the problems
 * of the plans left out), with {@code --lang} and with {@code LANG}. The English line, the
 * {@code FILE:LINE:COLUMN:} before the message and the exit status are the same in every language.
 */
class ReaderLanguageTest {
    private static final String GOOD_EMPLOYEE = "employee: {id: alice, name: Alice}\n";

    @TempDir
    Path repo;

    /** One broken plan: its text, and the message in English, Swedish, Danish and Dutch. */
    record Case(String name, byte[] plan, String en, String sv, String da, String nl) {
        Case(String name, String plan, String en, String sv, String da, String nl) {
            this(name, plan.getBytes(StandardCharsets.UTF_8), en, sv, da, nl);
        }

        String in(String lang) {
            return switch (lang) {
                case "sv" -> sv;
                case "da" -> da;
                case "nl" -> nl;
                default -> en;
            };
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        byte[] latin1 = "employee: {id: alice, name: Bj\u00f6rn}\n".getBytes(StandardCharsets.ISO_8859_1);
        // 1048614 bytes: past the limit of 1 MiB.
        byte[] large = ("employee: {id: alice, name: Alice}\n# " + "x".repeat(1 << 20) + "\n").getBytes(StandardCharsets.UTF_8);
        return Stream.of(
            new Case("unknown key, did you mean", "employee: {id: alice, name: Alice, rol: lead}\n",
                "unknown key 'rol' in 'employee'; did you mean 'role'?",
                "okänd nyckel 'rol' i 'employee'; menade du 'role'?",
                "ukendt nøgle 'rol' i 'employee'; mente du 'role'?",
                "onbekende sleutel 'rol' in 'employee'; bedoelde je 'role'?"),
            new Case("unknown key in a goal", GOOD_EMPLOYEE + "goals:\n  - {id: g1, title: Learn, colour: red}\n",
                "unknown key 'colour' in a goal",
                "okänd nyckel 'colour' i ett mål",
                "ukendt nøgle 'colour' i et mål",
                "onbekende sleutel 'colour' in een doel"),
            new Case("wrong type", GOOD_EMPLOYEE + "goals: later\n",
                "'goals' must be a list (items starting with '- '), found a text",
                "'goals' måste vara en lista (poster som börjar med '- '), hittade en text",
                "'goals' skal være en liste (elementer, der begynder med '- '), fandt en tekst",
                "'goals' moet een lijst zijn (items die beginnen met '- '), vond een tekst"),
            new Case("missing field", GOOD_EMPLOYEE + "goals:\n  - {id: g1}\n",
                "a goal needs 'title'",
                "ett mål behöver 'title'",
                "et mål skal have 'title'",
                "een doel heeft 'title' nodig"),
            new Case("duplicate id", GOOD_EMPLOYEE + "goals:\n  - {id: g1, title: A}\n  - {id: g1, title: B}\n",
                "duplicate goal id 'g1' (first at line 3); ids must be unique",
                "dubblerat mål-id 'g1' (första gången på rad 3); id:n måste vara unika",
                "dobbelt mål-id 'g1' (første gang på linje 3); id'er skal være entydige",
                "dubbel doel-id 'g1' (eerst op regel 3); id's moeten uniek zijn"),
            new Case("impossible date", GOOD_EMPLOYEE + "goals:\n  - {id: g1, title: A, due: 2026-02-30}\n",
                "impossible date 2026-02-30 in 'due': February 2026 has 28 days",
                "omöjligt datum 2026-02-30 i 'due': februari 2026 har 28 dagar",
                "umulig dato 2026-02-30 i 'due': februar 2026 har 28 dage",
                "onmogelijke datum 2026-02-30 in 'due': februari 2026 heeft 28 dagen"),
            new Case("invalid id, did you mean", GOOD_EMPLOYEE + "goals:\n  - {id: Learn Java, title: A}\n",
                "'Learn Java' is not a valid goal id: an id is 1 to 64 lower-case letters, digits, '.', '_' and '-', "
                        + "starting with a letter or digit, without '..'; did you mean 'learn-java'?",
                "'Learn Java' är inget giltigt mål-id: ett id är 1 till 64 gemena bokstäver, siffror, '.', '_' och '-', "
                        + "börjar med en bokstav eller siffra och innehåller inte '..'; menade du 'learn-java'?",
                "'Learn Java' er ikke et gyldigt mål-id: et id er 1 til 64 små bogstaver, cifre, '.', '_' og '-', "
                        + "begynder med et bogstav eller ciffer og indeholder ikke '..'; mente du 'learn-java'?",
                "'Learn Java' is geen geldig doel-id: een id is 1 tot 64 kleine letters, cijfers, '.', '_' en '-', "
                        + "begint met een letter of cijfer en bevat geen '..'; bedoelde je 'learn-java'?"),
            new Case("enum value, did you mean", GOOD_EMPLOYEE + "goals:\n  - {id: g1, title: A, status: activ}\n",
                "'status' must be one of draft, active, at-risk, paused, done, dropped, found 'activ'; did you mean 'active'?",
                "'status' måste vara något av draft, active, at-risk, paused, done, dropped, hittade 'activ'; menade du 'active'?",
                "'status' skal være en af draft, active, at-risk, paused, done, dropped, fandt 'activ'; mente du 'active'?",
                "'status' moet een van draft, active, at-risk, paused, done, dropped zijn, vond 'activ'; bedoelde je 'active'?"),
            new Case("bad YAML", "employee:\n\tid: alice\n",
                "syntax error: a tab character here; YAML indents with spaces, not tabs",
                "syntaxfel: ett tabbtecken här; YAML drar in med mellanslag, inte med tabbar",
                "syntaksfejl: et tabulatortegn her; YAML indrykker med mellemrum, ikke med tabulatorer",
                "syntaxisfout: hier staat een tab; YAML springt in met spaties, niet met tabs"),
            new Case("unclosed quote", "employee: {id: alice, name: 'Alice}\n",
                "syntax error: found unexpected end of stream while scanning a quoted scalar that starts at line 1, column 29",
                "syntaxfel: oväntat slut på filen vid läsning av en text inom citattecken som börjar på rad 1, kolumn 29",
                "syntaksfejl: uventet slutning på filen under læsning af en tekst i anførselstegn, der begynder på linje 1, "
                        + "kolonne 29",
                "syntaxisfout: onverwacht einde van het bestand bij het lezen van een tekst tussen aanhalingstekens die "
                        + "begint op regel 1, kolom 29"),
            new Case("unclosed flow mapping", "employee: {id: alice, name: Alice\ngoals: []\n",
                "syntax error: expected ',' or '}', but got : while parsing a flow mapping that starts at line 1, column 11",
                "syntaxfel: väntade ',' eller '}', men fick : vid tolkning av en mappning inom klammerparenteser som börjar "
                        + "på rad 1, kolumn 11",
                "syntaksfejl: forventede ',' eller '}', men fik : under læsning af en mapping i krøllede parenteser, der "
                        + "begynder på linje 1, kolonne 11",
                "syntaxisfout: verwachtte ',' of '}', maar kreeg : bij het lezen van een mapping tussen accolades die "
                        + "begint op regel 1, kolom 11"),
            new Case("a colon in a text", "employee:\n  id: alice\n  name: Alice: Smith\n",
                "syntax error: mapping values are not allowed here; quote a text that contains ': ', or check the indentation",
                "syntaxfel: mappningsvärden är inte tillåtna här; sätt citattecken runt en text som innehåller ': ', eller "
                        + "kontrollera indraget",
                "syntaksfejl: mapping-værdier er ikke tilladt her; sæt anførselstegn om en tekst, der indeholder ': ', eller "
                        + "tjek indrykningen",
                "syntaxisfout: mappingwaarden zijn hier niet toegestaan; zet een tekst die ': ' bevat tussen "
                        + "aanhalingstekens, of controleer het inspringen"),
            new Case("not UTF-8", latin1,
                "not UTF-8 text; save the file as UTF-8",
                "inte UTF-8-text; spara filen som UTF-8",
                "ikke UTF-8-tekst; gem filen som UTF-8",
                "geen UTF-8-tekst; sla het bestand op als UTF-8"),
            new Case("too large", large,
                "file is 1048614 bytes, more than the 1024 KiB a devplan file may have",
                "filen är 1\u00a0048\u00a0614 byte, mer än de 1\u00a0024 KiB en devplan-fil får vara",
                "filen er 1.048.614 byte, mere end de 1.024 KiB, en devplan-fil må fylde",
                "het bestand is 1.048.614 bytes, meer dan de 1.024 KiB die een devplan-bestand mag hebben"),
            new Case("empty plan", "",
                "the plan is empty; it needs at least employee: {id: alice, name: ...}",
                "planen är tom; den behöver minst employee: {id: alice, name: ...}",
                "planen er tom; den skal mindst have employee: {id: alice, name: ...}",
                "het plan is leeg; het heeft minstens employee: {id: alice, name: ...} nodig"));
    }

    static Stream<Arguments> casesPerLanguage() {
        List<Arguments> out = new ArrayList<>();
        cases().forEach(c -> {
            for (String lang : List.of("sv", "da", "nl")) {
                out.add(Arguments.of(c, lang));
            }
        });
        return out.stream();
    }

    private void write(Case c) throws IOException {
        Files.writeString(repo.resolve("devplan.yaml"), "organization: Acme\n");
        Files.createDirectories(repo.resolve("plans"));
        Files.write(repo.resolve("plans/alice.yaml"), c.plan());
    }

    /** The one line that says the problem: the English line with its message said in {@code lang}. */
    private static String line(CliRunner.Result english, Case c, String lang) {
        String line = english.err().lines().filter(l -> l.endsWith(": " + c.en())).findFirst()
                .orElseThrow(() -> new AssertionError("no English line for " + c + " in:\n" + english.err()));
        assertThat(line).startsWith("devplan: ").contains("plans/alice.yaml");
        return line.substring(0, line.length() - c.en().length()) + c.in(lang);
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("casesPerLanguage")
    void aBrokenPlanIsSaidInTheReadersLanguage(Case c, String lang) throws IOException {
        write(c);
        CliRunner.Result english = CliRunner.run("--dir", repo.toString(), "show", "alice");
        assertThat(english.exit()).isEqualTo(ExitCodes.UNREADABLE);
        CliRunner.Result said = CliRunner.run("--dir", repo.toString(), "--lang", lang, "show", "alice");
        assertThat(said.exit()).isEqualTo(english.exit());
        assertThat(said.out()).isEqualTo(english.out());
        assertThat(said.err().lines()).contains(line(english, c, lang));
        assertThat(said.err().lines().count()).isEqualTo(english.err().lines().count());
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("casesPerLanguage")
    void theLocaleVariablesChooseTheLanguageOfTheProblemsOfAList(Case c, String lang) throws IOException {
        write(c);
        CliRunner.Result english = CliRunner.runWith(Map.of("LANG", "en_US.UTF-8"), "--dir", repo.toString(), "list");
        assertThat(english.exit()).isEqualTo(ExitCodes.UNREADABLE);
        CliRunner.Result said = CliRunner.runWith(Map.of("LANG", lang + "_XX.UTF-8"), "--dir", repo.toString(), "list");
        assertThat(said.exit()).isEqualTo(english.exit());
        assertThat(said.err().lines()).contains(line(english, c, lang));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void englishIsWhatItWas(Case c) throws IOException {
        write(c);
        CliRunner.Result english = CliRunner.run("--dir", repo.toString(), "show", "alice");
        assertThat(english.err().lines().filter(l -> l.endsWith(": " + c.en()))).hasSize(1);
        // The machine format keeps the English whatever the language.
        CliRunner.Result json = CliRunner.run("--dir", repo.toString(), "validate", "--format", "json");
        CliRunner.Result danish = CliRunner.run("--dir", repo.toString(), "--lang", "da", "validate", "--format", "json");
        assertThat(danish.out()).isEqualTo(json.out()).contains(c.en().replace("\"", "\\\""));
        assertThat(danish.exit()).isEqualTo(json.exit());
        CliRunner.Result sarif = CliRunner.run("--dir", repo.toString(), "validate", "--format", "sarif");
        CliRunner.Result dutch = CliRunner.runWith(Map.of("LANG", "nl_NL.UTF-8"), "--dir", repo.toString(), "validate",
                "--format", "sarif");
        assertThat(dutch.out()).isEqualTo(sarif.out());
        assertThat(dutch.exit()).isEqualTo(sarif.exit());
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "en | devplan: not a plan repository: DIR has no devplan.yaml; run 'devplan init DIR' to create one",
        "sv | devplan: inte ett planarkiv: DIR har ingen devplan.yaml; kör 'devplan init DIR' för att skapa ett",
        "da | devplan: ikke et planarkiv: DIR har ingen devplan.yaml; kør 'devplan init DIR' for at oprette et",
        "nl | devplan: geen plannenrepository: DIR heeft geen devplan.yaml; voer 'devplan init DIR' uit om er een te maken",
    })
    void aMissingRepositoryIsSaidInTheReadersLanguage(String lang, String expected) {
        CliRunner.Result r = CliRunner.run("--dir", repo.toString(), "--lang", lang, "list");
        assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.err().lines()).containsExactly(expected.replace("DIR", repo.toString()));
    }

    @Test
    void theRepositorysLanguageSaysTheProblemsOfItsPlansWhenTheReaderNamesNone() throws IOException {
        Files.writeString(repo.resolve("devplan.yaml"), "organization: Acme\nlanguage: nl\n");
        Files.createDirectories(repo.resolve("plans"));
        Files.writeString(repo.resolve("plans/alice.yaml"), GOOD_EMPLOYEE + "goals:\n  - {id: g1}\n");
        CliRunner.Result r = CliRunner.runWith(Map.of(), "--dir", repo.toString(), "list");
        assertThat(r.err()).contains("alice.yaml:3:5: een doel heeft 'title' nodig");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "en | an editor's swap or backup file: a plan may be open in an editor, or an edit was not finished; finish or recover the edit, then remove this file",
        "sv | en växlings- eller säkerhetskopia från en redigerare: en plan kan vara öppen i en redigerare, eller så avslutades inte en redigering; avsluta eller återställ redigeringen och ta sedan bort den här filen",
        "da | en swap- eller backupfil fra en editor: en plan er måske åben i en editor, eller en redigering blev ikke afsluttet; afslut eller gendan redigeringen, og fjern så denne fil",
        "nl | een swap- of back-upbestand van een editor: misschien is een plan open in een editor, of is een bewerking niet afgemaakt; maak de bewerking af of herstel haar, en verwijder dan dit bestand",
    })
    void aListingNoticeIsSaidInTheReadersLanguageAndChangesNoStatus(String lang, String expected) throws IOException {
        Files.writeString(repo.resolve("devplan.yaml"), "organization: Acme\n");
        Files.createDirectories(repo.resolve("plans"));
        Files.writeString(repo.resolve("plans/alice.yaml"), GOOD_EMPLOYEE);
        Files.writeString(repo.resolve("plans/.alice.yaml.swp"), "x");
        CliRunner.Result r = CliRunner.run("--dir", repo.toString(), "--lang", lang, "list");
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.err().lines()).containsExactly("devplan: " + repo.resolve("plans/.alice.yaml.swp") + ": " + expected);
    }
}
