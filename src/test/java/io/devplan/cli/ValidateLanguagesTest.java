package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.app.ValidationRun;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.ValidateText;
import io.devplan.store.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * validate in the reader's language: the message and the summary line are the reader's, the
 * place, the severity and the [rule] stay as they are, and JSON and SARIF never change.
 */
class ValidateLanguagesTest {
    private static final String AS_OF = "2026-11-22";

    @TempDir
    static Path dir;

    @BeforeAll
    static void repository() throws IOException {
        Files.writeString(dir.resolve("devplan.yaml"), """
                rules:
                  disable: [specfic-title]
                """);
        Files.createDirectories(dir.resolve("plans"));
        Files.writeString(dir.resolve("plans/ann.yaml"), """
                employee: {id: ann, name: Ann Lind, since: 2026-01-01, manager: bob}
                goals:
                  - id: k8s
                    title: Kubernetes
                    start: 2026-02-01
                    due: 2026-03-01
                    target: 2.5
                    addresses: [fb-1]
                  - id: talks
                    title: Improve communication with the team
                    start: 2026-03-01
                    due: 2026-01-15
                    aligns: [growth]
                    milestones:
                      - {id: draft, title: Draft a plan, due: 2026-02-01, done: 2027-01-01}
                    actions:
                      - {id: ask, title: Ask the team, due: 2026-02-01, done: 2020-01-01}
                """);
        Files.writeString(dir.resolve("plans/cy.yaml"), """
                employee: {id: cy, name: Cy Berg, since: 2026-01-01, manager: cy}
                goals:
                  - id: ship
                    title: Ship the new billing service by the end of June
                    start: 2026-01-10
                    due: 2026-12-20
                    baseline: 3
                    target: 3
                    unit: releases
                    competencies: [go]
                    support:
                      - {id: course, kind: training, title: Go course, cost: 1200.50, currency: eur}
                    rescheduled:
                      - {date: 2026-06-01, from: 2026-06-30, reason: scope}
                      - {date: 2026-08-01, from: 2026-08-31, reason: scope}
                      - {date: 2026-10-01, from: 2026-10-31, reason: scope}
                checkins:
                  - {date: 2026-02-01, progress: {shipping: 1}}
                """);
    }

    /** Language, the place and severity (never translated), the message, the rule. */
    static Stream<Arguments> findings() {
        return Stream.of(
                // English: the text validate always wrote.
                Arguments.of("en", "plans/ann.yaml:4:12: warning", "goal 'k8s' has a title of 1 word; write a short "
                        + "sentence that says what will be done and how you will know", "title-length"),
                Arguments.of("en", "plans/ann.yaml:7:13: warning", "goal 'k8s' has target 2.5 without a unit; add unit: "
                        + "(days, '%', reviews, ...) so the number means something to the reader", "target-has-unit"),
                Arguments.of("en", "devplan.yaml: warning", "rules.disable in devplan.yaml names 'specfic-title', which is "
                        + "no rule; did you mean 'specific-title'?; 'devplan validate --list-rules' lists them",
                        "unknown-rule"),
                Arguments.of("en", "plans/ann.yaml:17:63: warning", "action 'talks/ask' is marked done on 2020-01-01, "
                        + "6 years before its goal started (2026-03-01); check the year, or move the goal's start back "
                        + "if the work was really done then", "done-before-start"),
                Arguments.of("en", "plans/cy.yaml:18:35: error", "the check-in of 2026-02-01 records progress for "
                        + "'shipping', which is no goal in this plan; known goals: ship", "unknown-goal"),
                Arguments.of("en", "plans/ann.yaml:15:65: error", "milestone 'talks/draft' is marked done on 2027-01-01,"
                        + " after today (2026-11-22); write the day it was done, or remove 'done' until it is",
                        "done-in-future"),
                // Danish
                Arguments.of("da", "plans/ann.yaml:4:12: warning", "målet 'k8s' har en titel på 1 ord; skriv en kort "
                        + "sætning, der siger, hvad der skal gøres, og hvordan I ved, at det er nået", "title-length"),
                Arguments.of("da", "plans/ann.yaml:7:13: warning", "målet 'k8s' har målværdien 2,5 uden enhed; tilføj "
                        + "unit: (dage, '%', reviews, ...), så tallet siger læseren noget", "target-has-unit"),
                Arguments.of("da", "devplan.yaml: warning", "rules.disable i devplan.yaml nævner 'specfic-title', som "
                        + "ikke er en regel; mente du 'specific-title'? 'devplan validate --list-rules' viser reglerne",
                        "unknown-rule"),
                Arguments.of("da", "plans/ann.yaml:17:63: warning", "handlingen 'talks/ask' er markeret som færdig "
                        + "2020-01-01, 6 år før målet startede (2026-03-01); tjek årstallet, eller flyt målets start "
                        + "tilbage, hvis arbejdet virkelig blev gjort dengang", "done-before-start"),
                Arguments.of("da", "plans/cy.yaml:18:35: error", "opfølgningen 2026-02-01 registrerer fremdrift for "
                        + "'shipping', som ikke er et mål i denne plan; kendte mål: ship", "unknown-goal"),
                Arguments.of("da", "plans/cy.yaml:12:81: warning", "støtten 'ship/course' har valutaen 'eur'; skriv den "
                        + "med store bogstaver: EUR", "currency-code"),
                // Swedish: a milestone (delmål) is neuter, an action (åtgärd) is not.
                Arguments.of("sv", "plans/ann.yaml:4:12: warning", "målet 'k8s' har en titel på 1 ord; skriv en kort "
                        + "mening som säger vad som ska göras och hur ni vet att det är gjort", "title-length"),
                Arguments.of("sv", "plans/ann.yaml:7:13: warning", "målet 'k8s' har målvärdet 2,5 utan enhet; lägg till "
                        + "unit: (dagar, '%', granskningar, ...) så att talet betyder något för läsaren",
                        "target-has-unit"),
                Arguments.of("sv", "plans/ann.yaml:15:65: error", "delmålet 'talks/draft' är markerat som klart "
                        + "2027-01-01, efter i dag (2026-11-22); skriv dagen då det blev klart, eller ta bort 'done' "
                        + "tills det är klart", "done-in-future"),
                Arguments.of("sv", "plans/ann.yaml:17:63: warning", "åtgärden 'talks/ask' är markerad som klar "
                        + "2020-01-01, 6 år innan målet började (2026-03-01); kontrollera årtalet, eller flytta målets "
                        + "start bakåt om arbetet verkligen gjordes då", "done-before-start"),
                Arguments.of("sv", "plans/cy.yaml:1:63: error", "'cy' står som sin egen chef; skriv id:t (eller "
                        + "namnet) för den person som cy rapporterar till", "manages-self"),
                Arguments.of("sv", "plans/cy.yaml:14:7: warning", "målet 'ship' har flyttats 3 gånger; prata hellre om "
                        + "omfattningen eller stödet än att flytta det igen, eller sätt det till at-risk eller paused",
                        "moved-often"),
                // Dutch
                Arguments.of("nl", "plans/ann.yaml:4:12: warning", "doel 'k8s' heeft een titel van 1 woord; schrijf een "
                        + "korte zin die zegt wat er gedaan wordt en hoe je weet dat het gelukt is", "title-length"),
                Arguments.of("nl", "plans/ann.yaml:7:13: warning", "doel 'k8s' heeft streefwaarde 2,5 zonder eenheid; "
                        + "voeg unit: toe (dagen, '%', reviews, ...), zodat het getal de lezer iets zegt",
                        "target-has-unit"),
                Arguments.of("nl", "devplan.yaml: warning", "rules.disable in devplan.yaml noemt 'specfic-title', maar "
                        + "dat is geen regel; bedoelde je 'specific-title'? 'devplan validate --list-rules' toont de "
                        + "regels", "unknown-rule"),
                Arguments.of("nl", "plans/ann.yaml:8:17: error", "doel 'k8s' gaat in op 'fb-1', maar dat is geen "
                        + "feedback-id in dit plan; er zijn nog geen feedback-id's", "unknown-feedback"),
                Arguments.of("nl", "plans/cy.yaml:8:13: error", "doel 'ship' heeft streefwaarde 3, gelijk aan de "
                        + "beginwaarde 3: er valt niets te bereiken; zet target op de waarde die je wilt bereiken",
                        "target-differs-from-baseline"),
                Arguments.of("nl", "plans/ann.yaml:15:47: warning", "mijlpaal 'talks/draft' moet uiterlijk 2026-02-01 af"
                        + " zijn, na de einddatum van het doel (2026-01-15); verplaats de mijlpaal of de einddatum van "
                        + "het doel", "milestone-after-goal-due"));
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("findings")
    void aFindingSaysItsMessageInTheReadersLanguage(String lang, String place, String message, String rule) {
        CliRunner.Result r = validate(Map.of(), lang);
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out().lines()).contains(dir + "/" + place + ": " + message + " [" + rule + "]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "da", "sv", "nl"})
    void theSummaryLineCountsInTheReadersWords(String lang) {
        String last = validate(Map.of(), lang).out().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(last).isEqualTo(switch (lang) {
            case "da" -> "8 fejl, 9 advarsler, 0 info i 2 filer.";
            case "sv" -> "8 fel, 9 varningar, 0 info i 2 filer.";
            case "nl" -> "8 fouten, 9 waarschuwingen, 0 info in 2 bestanden.";
            default -> "8 errors, 9 warnings, 0 info in 2 files.";
        });
    }

    @Test
    void placesSeveritiesAndRulesAreTheSameInEveryLanguage() {
        List<String> english = prefixes(validate(Map.of(), "en").out());
        assertThat(english).hasSize(17);
        for (String lang : List.of("da", "sv", "nl")) {
            assertThat(prefixes(validate(Map.of(), lang).out())).as(lang).isEqualTo(english);
        }
    }

    /** Each finding's line without its message: FILE:LINE:COLUMN: severity: ... [rule]. */
    private static List<String> prefixes(String out) {
        List<String> found = new ArrayList<>();
        out.lines().filter(l -> l.endsWith("]") && l.contains(": ")).forEach(l -> {
            int severity = l.indexOf(": ", l.indexOf(".yaml")) + 2;
            int message = l.indexOf(": ", severity) + 2;
            found.add(l.substring(0, message) + "... " + l.substring(l.lastIndexOf(" [") + 1));
        });
        return found;
    }

    @Test
    void theLocaleVariablesAndTheRepositorysLanguageChooseTheWordsToo(@TempDir Path sv) throws IOException {
        assertThat(validate(Map.of("LANG", "da_DK.UTF-8"), null).out()).contains("kendte mål: ship [unknown-goal]");
        assertThat(validate(Map.of("LANGUAGE", "nl:da", "LANG", "sv_SE.UTF-8"), null).out())
                .contains("bekende doelen: ship [unknown-goal]");
        assertThat(validate(Map.of("LANG", "da_DK.UTF-8"), "sv").out()).contains("kända mål: ship [unknown-goal]");
        Files.createDirectories(sv.resolve("plans"));
        Files.writeString(sv.resolve("devplan.yaml"), "language: sv\n");
        Files.writeString(sv.resolve("plans/cy.yaml"), "employee: {id: cy, name: Cy Berg, since: 2026-01-01, manager: cy}\n");
        CliRunner.Result r = CliRunner.runWith(Map.of(), "--dir", sv.toString(), "validate", "--as-of", AS_OF);
        assertThat(r.out()).contains(": error: 'cy' står som sin egen chef;").endsWith("\n1 fel, 0 varningar, 0 info i 1 fil.\n");
    }

    @Test
    void jsonAndSarifAreByteIdenticalInEveryLanguageAndLocale() {
        Map<String, String> none = Map.of();
        for (String format : List.of("json", "sarif")) {
            CliRunner.Result english = validate(none, null, "--format", format);
            assertThat(english.out()).contains("goal 'k8s' has target 2.5 without a unit");
            for (String lang : List.of("sv", "da", "nl")) {
                assertThat(validate(none, lang, "--format", format)).as(format + " --lang " + lang).isEqualTo(english);
            }
            for (Map<String, String> env : List.of(Map.of("LANG", "sv_SE.UTF-8"), Map.of("LC_ALL", "da_DK.UTF-8"),
                    Map.of("LC_MESSAGES", "nl_NL.UTF-8"), Map.of("DEVPLAN_LANG", "da"), Map.of("LANGUAGE", "nl:sv"))) {
                assertThat(validate(env, null, "--format", format)).as(format + " " + env).isEqualTo(english);
            }
        }
    }

    @Test
    void listRulesSaysTheSummariesInTheReadersLanguageAndKeepsTheColumns() {
        String english = CliRunner.runWith(Map.of(), "validate", "--list-rules").out();
        String danish = CliRunner.runWith(Map.of(), "--lang", "da", "validate", "--list-rules").out();
        assertThat(english).contains("  A goal's title has at least 3 words.\n");
        assertThat(danish).contains("title-length                  S       warning  Et måls titel har mindst 3 ord.\n");
        assertThat(columns(danish)).isEqualTo(columns(english));
        assertThat(CliRunner.runWith(Map.of("LANG", "nl_NL.UTF-8"), "validate", "--list-rules").out())
                .contains("moved-often                   A       warning  De einddatum van een open doel, mijlpaal of "
                        + "actie is niet 3 keer of vaker verplaatst.\n");
    }

    /** The name, criterion and severity columns of --list-rules. */
    private static List<String> columns(String listing) {
        return listing.lines().map(l -> String.join(" ", List.of(l.split("\\s+", 4)).subList(0, 3))).toList();
    }

    @Test
    void goalAddShowsItsFindingsInTheReadersLanguage(@TempDir Path repo) {
        assertThat(CliRunner.run("init", repo.toString()).exit()).isZero();
        assertThat(CliRunner.run("--dir", repo.toString(), "new", "ann", "--name", "Ann").exit()).isZero();
        CliRunner.Result r = CliRunner.runWith(Map.of(), "--dir", repo.toString(), "--lang", "da", "goal", "add", "ann",
                "--id", "comm", "--title", "Communicate better", "--dry-run");
        assertThat(r.err()).contains("devplan: error: målet 'comm' har ingen frist; tilføj due: YYYY-MM-DD, den dag "
                + "resultatet skal være der [goal-has-due-date]");
    }

    /** Every finding of the rules is a sentence of validate's own: none is left for English only. */
    @Test
    void everyFindingOfARuleIsAPhraseOfValidate() throws IOException {
        Repository repo = Repository.open(dir, dir);
        ValidationRun run = ValidationRun.check(repo, List.of(), new Context(repo.config(), ValidationRun.planIds(repo),
                LocalDate.parse(AS_OF)), "devplan.yaml");
        assertThat(run.findings()).hasSize(17);
        for (Finding f : run.findings()) {
            assertThat(f.said().phrase()).as(f.rule()).isInstanceOf(ValidateText.class);
        }
    }

    /** The sources of the rules use no Untranslated text. */
    @Test
    void noUntranslatedIsLeftInTheRules() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/devplan/domain/validate"))) {
            List<String> left = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return Files.readString(p).contains("Untranslated");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
            assertThat(left).isEmpty();
        }
    }

    private static CliRunner.Result validate(Map<String, String> env, String lang, String... more) {
        List<String> args = new ArrayList<>(List.of("--dir", dir.toString()));
        if (lang != null) {
            args.addAll(List.of("--lang", lang));
        }
        args.addAll(List.of("validate", "--as-of", AS_OF));
        args.addAll(List.of(more));
        return CliRunner.runWith(env, args.toArray(String[]::new));
    }
}
