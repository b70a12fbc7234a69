package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.JsonTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What outputs say to the people who read them: who may see what, what is missing, what matched nothing. */
class OutputsForPeopleTest {
    private static final String ACME = "examples/acme";

    @TempDir
    Path tmp;

    private static CliRunner.Result acme(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--dir";
        all[1] = ACME;
        System.arraycopy(args, 0, all, 2, args.length);
        all[args.length + 2] = "--as-of";
        all[args.length + 3] = "2026-11-22";
        return CliRunner.run(all);
    }

    @Test
    void theAgendaIsSafeOnASharedScreenUnlessTheManagerAsksForThePreparation() {
        CliRunner.Result shared = acme("agenda", "alice-andersen");
        assertThat(shared.out()).startsWith("Check-in with Alice Andersen").contains("Agreed at the last check-in (2026-10-21)")
                .doesNotContain("For the manager only", "wellbeing", "Mentioned workload");
        CliRunner.Result manager = acme("agenda", "alice-andersen", "--audience", "manager");
        assertThat(manager.out()).contains("For the manager only", "wellbeing ▆▆▅");
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) JsonTree.parse(acme("agenda", "alice-andersen", "--format", "json").out());
        assertThat(json).doesNotContainKey("wellbeing");
        @SuppressWarnings("unchecked")
        Map<String, Object> last = (Map<String, Object>) json.get("lastCheckIn");
        assertThat(last).containsEntry("date", "2026-10-21").doesNotContainKey("private");
    }

    @Test
    void aFilterThatMatchesNoPlanSaysSoInsteadOfNothingOverdue() {
        CliRunner.Result r = acme("overdue", "--team", "payments", "--manager", "bob-berg");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("No plan matches team payments and the reports of bob-berg.\n");
        assertThat(acme("report", "--team", "payments", "--manager", "bob-berg").out())
                .contains("No plan matches team payments and the reports of bob-berg.");
    }

    @Test
    void csvForSpreadsheetsThatNeedAByteOrderMark() {
        assertThat(acme("report", "--format", "csv", "--bom").out()).startsWith("\ufeffasOf,employee,");
        assertThat(acme("report", "--format", "csv").out()).startsWith("asOf,employee,");
        CliRunner.Result wrong = acme("report", "--bom");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).startsWith("devplan: --bom is for --format csv");
    }

    @Test
    void detailGivesEveryPersonsPageAfterTheSummary() {
        String out = acme("report", "--team", "platform", "--detail").out();
        assertThat(out.indexOf("\nEmployees")).isPositive().isLessThan(out.indexOf("\nTotals"));
        assertThat(out.indexOf("\nTotals")).isLessThan(out.indexOf("\nAlice Andersen (alice-andersen)"));
        assertThat(out).contains("\nSofia Lindqvist (sofia-lindqvist)", "\nOmar Haddad (omar.haddad)");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            report,  text,     plans/broken.yaml); 
            report,  markdown, > **1 plan could not be read (
            report,  html,     <div class="banner" role="alert">1 plan could not be read (
            report,  json,     plans/broken.yaml"
            overdue, text,     plans/broken.yaml); 
            remind,  text,     plans/broken.yaml); 
            """)
    void anOutputThatCouldNotReadEveryPlanSaysSoItself(String command, String format, String says) throws IOException {
        Files.createDirectories(tmp.resolve("plans"));
        Files.writeString(tmp.resolve("devplan.yaml"), "");
        Files.writeString(tmp.resolve("plans/ann.yaml"), "employee: {id: ann, name: Ann, since: 2026-01-01}\n");
        Files.writeString(tmp.resolve("plans/broken.yaml"), "employee: {id: broken, name: [\n");
        CliRunner.Result r = CliRunner.run("--dir", tmp.toString(), command, "--format", format, "--as-of", "2026-11-22");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains(says).contains("plans/broken.yaml");
        assertThat(r.err()).contains("plans/broken.yaml:");
        if (format.equals("json")) {
            List<?> problems = (List<?>) ((Map<?, ?>) JsonTree.parse(r.out())).get("problems");
            assertThat(problems).singleElement().satisfies(p -> assertThat(((Map<?, ?>) p).get("file")).asString().endsWith("plans/broken.yaml"));
        }
    }
}
