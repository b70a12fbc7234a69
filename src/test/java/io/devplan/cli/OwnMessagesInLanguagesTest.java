package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
 * devplan's own messages (usage errors, picocli's parse errors, refused writes, warnings and the
 * one-line status of a write) in the reader's language, by --lang and by the locale variables;
 * the English is what it was before, and the exit status never changes with the language.
 */
class OwnMessagesInLanguagesTest {
    @TempDir
    Path dir;

    /** A small repository: one plan with a goal, a milestone due, and no check-in yet. */
    private Path repo() throws IOException {
        Files.writeString(dir.resolve("devplan.yaml"), "organization: Test\ncadence: monthly\n");
        Files.createDirectories(dir.resolve("plans"));
        Files.writeString(dir.resolve("plans/ann.yaml"), """
                employee:
                  id: ann
                  name: Ann Åberg
                  manager: ben
                  since: 2026-01-01
                goals:
                  - id: talks
                    title: Give two internal talks
                    status: active
                    due: 2027-03-31
                    milestones:
                      - id: outline
                        title: Outline the first talk
                        due: 2026-12-01
                """);
        return dir;
    }

    /**
     * One row: the language setting ("--lang da", "LANG=sv_SE.UTF-8" or "en"), the command, the
     * exit status, and the whole of standard error ({DIR} is the repository).
     */
    static Stream<Arguments> usageErrors() {
        return Stream.of(
                // picocli's unknown words, with the one did-you-mean
                Arguments.of("en", "shwo", 2, """
                        devplan: unknown command 'shwo'; did you mean 'show'?
                        Try 'devplan --help' for more information.
                        """),
                Arguments.of("--lang da", "shwo", 2, """
                        devplan: ukendt kommando 'shwo'; mente du 'show'?
                        Prøv 'devplan --help' for at få mere information.
                        """),
                Arguments.of("--lang sv", "overdue --withn 3", 2, """
                        devplan: okänd flagga '--withn'; menade du '--within'?
                        Prova 'devplan overdue --help' för mer information.
                        """),
                Arguments.of("LC_ALL=nl_NL.UTF-8", "overdue --frobnicate", 2, """
                        devplan: onbekende optie '--frobnicate'
                        Typ 'devplan overdue --help' voor meer informatie.
                        """),
                // --lang after the word picocli stopped at: devplan looks it up in the arguments itself
                Arguments.of("en", "overdue --withn 3 --lang da", 2, """
                        devplan: ukendt tilvalg '--withn'; mente du '--within'?
                        Prøv 'devplan overdue --help' for at få mere information.
                        """),
                // picocli's own sentences, and the converters' reasons inside them
                Arguments.of("en", "overdue --within -1", 2, """
                        devplan: Invalid value for option '--within': '-1' is not a number of days; use 0 or more, such as 7
                        Try 'devplan overdue --help' for more information.
                        """),
                Arguments.of("--lang nl", "overdue --within -1", 2, """
                        devplan: Ongeldige waarde voor optie '--within': '-1' is geen aantal dagen; gebruik 0 of meer, zoals 7
                        Typ 'devplan overdue --help' voor meer informatie.
                        """),
                Arguments.of("--lang sv", "overdue --as-of 2026-02-30", 2, """
                        devplan: Ogiltigt värde för flaggan '--as-of': '2026-02-30' är inget datum: februari 2026 har 28 dagar
                        Prova 'devplan overdue --help' för mer information.
                        """),
                Arguments.of("--lang da", "overdue --as-of 22-11-2026", 2, """
                        devplan: Ugyldig værdi for tilvalget '--as-of': '22-11-2026' er ikke en dato; skriv den som ÅÅÅÅ-MM-DD
                        Prøv 'devplan overdue --help' for at få mere information.
                        """),
                Arguments.of("LANG=da_DK.UTF-8", "new bo", 2, """
                        devplan: Påkrævet tilvalg mangler: '--name=NAME'
                        Prøv 'devplan new --help' for at få mere information.
                        """),
                Arguments.of("--lang nl", "show", 2, """
                        devplan: Verplichte parameter ontbreekt: 'ID'
                        Typ 'devplan show --help' voor meer informatie.
                        """),
                Arguments.of("--lang sv", "overdue --as-of", 2, """
                        devplan: Värde saknas för flaggan '--as-of' (DATE)
                        Prova 'devplan overdue --help' för mer information.
                        """),
                Arguments.of("--lang da", "show Ann!", 2, """
                        devplan: 'Ann!' er ikke et gyldigt medarbejder-id: et id er 1 til 64 små bogstaver, cifre, '.', '_' og '-', \
                        begynder med et bogstav eller ciffer, indeholder ikke '..' og er ikke et navn, Windows reserverer til en \
                        enhed, som 'con' eller 'nul'; mente du 'ann'?
                        Prøv 'devplan show --help' for at få mere information.
                        """),
                // devplan's usage errors after parsing
                Arguments.of("en", "show anne", 2, """
                        devplan: no plan for 'anne' in plans/; did you mean 'ann'?
                        Try 'devplan show --help' for more information.
                        """),
                Arguments.of("--lang sv", "show anne", 2, """
                        devplan: det finns ingen plan för 'anne' i plans/; menade du 'ann'?
                        Prova 'devplan show --help' för mer information.
                        """),
                Arguments.of("DEVPLAN_LANG=nl", "overdue --team platfrom", 2, """
                        devplan: geen plan heeft team 'platfrom'
                        Typ 'devplan overdue --help' voor meer informatie.
                        """),
                Arguments.of("--lang da", "report --bom", 2, """
                        devplan: --bom gælder --format csv; andre formater læses allerede som UTF-8
                        Prøv 'devplan report --help' for at få mere information.
                        """),
                Arguments.of("--lang nl", "validate --explain ann nope", 2, """
                        devplan: plan 'ann' heeft geen doel 'nope'
                        Typ 'devplan validate --help' voor meer informatie.
                        """),
                Arguments.of("--lang xx", "overdue", 2, """
                        devplan: Invalid value for option '--lang': unknown language 'xx': use one of en, sv, da, nl
                        Try 'devplan --help' for more information.
                        """),
                // refusals of the domain, said by the command that writes
                Arguments.of("--lang sv", "done ann talks/outline --date 2027-01-01", 2, """
                        devplan: 'talks/outline' kan inte bli klart den 2027-01-01, efter i dag (2026-11-22); markera det som \
                        klart den dag det blir klart
                        Prova 'devplan done --help' för mer information.
                        """),
                Arguments.of("--lang nl", "reschedule ann talks/outline 2026-12-01 --reason x", 2, """
                        devplan: mijlpaal 'talks/outline' staat al op uiterlijk 2026-12-01
                        Typ 'devplan reschedule --help' voor meer informatie.
                        """),
                Arguments.of("LANG=sv_SE.UTF-8", "status ann talks done", 2, """
                        devplan: ett mål markeras som klart med sitt datum genom: devplan done ann talks
                        Prova 'devplan status --help' för mer information.
                        """),
                Arguments.of("--lang da", "checkin ann --note Hej --date 2025-06-01", 2, """
                        devplan: mødedatoen 2025-06-01 er før planens start (since: 2026-01-01); tjek datoen, eller flyt \
                        'employee.since' tilbage med devplan edit
                        Prøv 'devplan checkin --help' for at få mere information.
                        """),
                Arguments.of("--lang nl", "support add ann talks --title Boek --currency EUX", 2, """
                        devplan: --currency: 'EUX' is geen ISO 4217-valutacode zoals EUR, DKK of SEK; bedoelde je 'EUR'?
                        Typ 'devplan support add --help' voor meer informatie.
                        """));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("usageErrors")
    void usageErrorsAreSaidInTheReadersLanguage(String language, String command, int exit, String err)
            throws IOException {
        CliRunner.Result r = run(language, command);
        assertThat(r.err()).isEqualTo(err.replace("{DIR}", dir.toString()));
        assertThat(r.exit()).isEqualTo(exit);
        assertThat(r.out()).isEmpty();
    }

    /** The exit status is the language's business nowhere: every row, in English and without a setting. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("usageErrors")
    void theExitStatusIsTheSameInEnglish(String language, String command, int exit, String err) throws IOException {
        // An unknown --lang is itself the usage error; every other row fails the same way in English.
        String english = language.equals("--lang xx") ? language : "en";
        assertThat(run(english, command.replace(" --lang da", "")).exit()).isEqualTo(exit);
    }

    @Test
    void aWriteSaysWhatItDidInTheReadersLanguage() throws IOException {
        repo();
        CliRunner.Result sv = run("--lang sv", "checkin ann --note Bra --date 2026-11-20");
        assertThat(sv.exit()).isZero();
        assertThat(sv.out()).isEqualTo("Registrerade avstämningen 2026-11-20 för ann i plans/ann.yaml\n");
        CliRunner.Result da = run("LANG=da_DK.UTF-8", "done ann talks/outline --date 2026-11-21");
        assertThat(da.out()).isEqualTo("Markerede talks/outline som færdig den 2026-11-21 for ann i plans/ann.yaml\n");
        CliRunner.Result nl = run("--lang nl", "checkin ann --note Goed --date 2026-11-20");
        assertThat(nl.exit()).isEqualTo(2);
        assertThat(nl.err()).startsWith("devplan: plan 'ann' heeft al een check-in op 2026-11-20; geef --amend om die te "
                + "wijzigen, of --date voor een gesprek op een andere dag\n");
        CliRunner.Result paused = run("--lang da", "status ann talks paused --reason Barsel");
        assertThat(paused.out()).isEqualTo("Målet talks er nu sat på pause (var aktivt) for ann i plans/ann.yaml\n");
        CliRunner.Result again = run("--lang nl", "status ann talks paused --reason Verlof");
        assertThat(again.err()).startsWith("devplan: doel 'talks' is al gepauzeerd\n");
        CliRunner.Result en = run("en", "reschedule ann talks 2027-04-30 --reason later");
        assertThat(en.out()).isEqualTo("Moved talks from 2027-03-31 to 2027-04-30 (moved 1 times) for ann in plans/ann.yaml\n");
    }

    @Test
    void aRefusedWriteIsSaidInTheReadersLanguageWithExit4() throws IOException {
        repo();
        Files.writeString(dir.resolve("plans/ann.yaml.lock"), "1 elsewhere.example 2026-11-22T10:00:00Z\n");
        CliRunner.Result nl = run("--lang nl", "checkin ann --note Goed --date 2026-11-20");
        assertThat(nl.exit()).isEqualTo(4);
        assertThat(nl.err()).startsWith("devplan: plans/ann.yaml is vergrendeld door een andere devplan: "
                + "plans/ann.yaml.lock bestaat (pid 1 op elsewhere.example, ").contains(" geleden aangemaakt); er is niets "
                + "geschreven. Probeer het opnieuw; als er geen devplan draait").endsWith(": rm plans/ann.yaml.lock\n");
        CliRunner.Result en = run("en", "checkin ann --note Good --date 2026-11-20");
        assertThat(en.exit()).isEqualTo(4);
        assertThat(en.err()).startsWith("devplan: plans/ann.yaml is locked by another devplan: plans/ann.yaml.lock exists "
                + "(pid 1 on elsewhere.example, created ");
    }

    @Test
    void newAndInitSayWhatTheyCreatedAndWarnInTheReadersLanguage() throws IOException {
        Path fresh = dir.resolve("fresh");
        CliRunner.Result init = CliRunner.runWith(Map.of("LANGUAGE", "nl"), "init", fresh.toString());
        assertThat(init.exit()).isZero();
        assertThat(init.out()).startsWith("Planrepository aangemaakt in " + fresh + ": devplan.yaml, plans/")
                .endsWith("\nVolgende stap: devplan new ID --name 'Volledige Naam' --manager LEIDINGGEVENDE\n");
        CliRunner.Result again = CliRunner.runWith(Map.of("LANGUAGE", "nl"), "init", fresh.toString());
        assertThat(again.exit()).isEqualTo(4);
        assertThat(again.err()).isEqualTo("devplan: " + fresh.resolve("devplan.yaml")
                + " bestaat al; devplan init overschrijft nooit een repository\n");
        CliRunner.Result created = CliRunner.runWith(Map.of(), fresh, dir.resolve(".cache"), CliRunner.EXAMPLE_DAY,
                "--lang", "sv", "new", "bo", "--name", "Bo Ek", "--manager", "cara");
        assertThat(created.out()).isEqualTo("Skapade plans/bo.yaml\n");
        assertThat(created.err()).isEqualTo("devplan: varning: chefen 'cara' har ingen plan i det här arkivet; skapa den "
                + "med devplan new cara --name NAMN, eller skriv chefens fullständiga namn\n");
    }

    /** Runs {@code command} in the repository (examples/acme for read-only commands that need no plan of ann). */
    private CliRunner.Result run(String language, String command) throws IOException {
        if (!Files.exists(dir.resolve("devplan.yaml"))) {
            repo();
        }
        List<String> args = new ArrayList<>();
        Map<String, String> env = Map.of();
        if (language.startsWith("--lang ")) {
            args.add("--lang");
            args.add(language.substring(7));
        } else if (language.contains("=")) {
            env = Map.of(language.substring(0, language.indexOf('=')), language.substring(language.indexOf('=') + 1));
        }
        args.addAll(List.of(command.split(" ")));
        // Run in the repository, as people do: paths in messages are as they typed them.
        return CliRunner.runWith(env, dir, dir.resolve(".cache"), CliRunner.EXAMPLE_DAY, args.toArray(String[]::new));
    }
}
