package io.devplan.cli;

import static io.devplan.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.Golden;
import io.devplan.JsonTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    static final String REPO = "src/test/resources/validate/repo";

    @TempDir
    Path dir;

    @Test
    void textGroupsByFileWithASummary() {
        var r = run("--dir", REPO, "validate", "--as-of", "2026-11-22");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        Golden.assertMatches("validate/repo.txt", r.out());
    }

    @Test
    void jsonHasTheContractShape() {
        var r = run("--dir", REPO, "validate", "--as-of", "2026-11-22", "--format", "json");
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        Golden.assertMatches("validate/repo.json", r.out());
        for (Object o : JsonTree.array(JsonTree.parse(r.out()))) {
            assertThat(JsonTree.object(o)).containsOnlyKeys("file", "line", "column", "severity", "rule", "criterion",
                    "employee", "goal", "message");
        }
    }

    @Test
    void sarifGolden() {
        var r = run("--dir", REPO, "validate", "--as-of", "2026-11-22", "--format", "sarif");
        assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
        Golden.assertMatches("validate/repo.sarif", r.out());
    }

    @Test
    void examplesGiveAShortBelievableList() {
        var r = run("--dir", "examples/acme", "validate", "--as-of", "2026-11-22");
        assertThat(r.err()).isEmpty();
        Golden.assertMatches("validate/acme.txt", r.out());
        // The deliberately loose goals of the examples are flagged, the SMART ones are not.
        assertThat(r.out()).contains("goal 'estimates' is not specific", "goal 'communicate' is not specific",
                "goal 'proactive' is not specific", "goal 'kubernetes' is not specific")
                .doesNotContain("goal 'design-reviews'", "goal 'on-call");
        assertThat(r.out().lines().filter(l -> l.contains(": error: ") || l.contains(": warning: ")).count())
                .isLessThan(40);
    }

    @Test
    void namedFilesOnly() {
        // A path after --dir DIR is relative to DIR, as with git -C; messages name files from here.
        var r = run("--dir", REPO, "validate", "--as-of", "2026-11-22", "plans/ann.yaml");
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains(REPO + "/plans/ann.yaml:7:12: info: goal 'review-turnaround' says "
                + "'from 3 days to 1' in words; write it as fields so progress can be computed: baseline: 3, "
                + "target: 1, unit: days [prose-measure]\n").doesNotContain("ben.yaml");
        assertThat(r.out()).endsWith("\n0 errors, 2 warnings, 2 info in 1 file.\n");
    }

    @Test
    void aFolderMeansEveryPlanUnderIt() {
        var r = run("--dir", REPO, "validate", "--as-of", "2026-11-22", "--format", "json", "plans/team");
        assertThat(JsonTree.array(JsonTree.parse(r.out()))).extracting(o -> JsonTree.object(o).get("file"))
                .containsOnly("plans/team/ben.yaml", "devplan.yaml");
    }

    @Test
    void exitStatusFollowsTheWorstFinding() throws Exception {
        Files.writeString(dir.resolve("devplan.yaml"), "competencies: [{id: communication}]\n");
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Files.writeString(plans.resolve("a.yaml"), """
                employee: {id: a, name: A, since: 2026-01-01}
                goals:
                  - id: talk
                    title: Give a 10-minute talk at the engineering all-hands
                    due: 2026-12-15
                    competencies: [communication]
                    milestones:
                      - {id: outline, title: Outline, due: 2026-10-01}
                      - {id: dry-run, title: Dry run, due: 2026-11-20}
                """);
        assertThat(run("--dir", dir.toString(), "validate", "--as-of", "2026-09-01").exit()).isEqualTo(ExitCodes.OK);

        Files.writeString(plans.resolve("b.yaml"), "employee: {id: b, name: B, manager: nobody-here}\n");
        var warned = run("--dir", dir.toString(), "validate", "--as-of", "2026-09-01");
        assertThat(warned.exit()).isEqualTo(ExitCodes.OK);
        assertThat(warned.out()).contains("1 warning");
        assertThat(run("--dir", dir.toString(), "validate", "--strict", "--as-of", "2026-09-01").exit())
                .isEqualTo(ExitCodes.FINDINGS);

        Files.writeString(plans.resolve("c.yaml"), "employee: {id: c, name: C, colour: blue}\n");
        assertThat(run("--dir", dir.toString(), "validate").exit()).isEqualTo(ExitCodes.FINDINGS);

        Files.writeString(plans.resolve("d.yaml"), "employee: {id: d, name: D\n");
        var unreadable = run("--dir", dir.toString(), "validate", "--format", "json");
        assertThat(unreadable.exit()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(JsonTree.array(JsonTree.parse(unreadable.out()))).extracting(o -> JsonTree.object(o).get("rule"))
                .contains("unreadable", "schema");
    }

    @Test
    void aPathOutsidePlansIsAUsageError() {
        var r = run("--dir", REPO, "validate", "devplan.yaml");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("devplan: " + REPO + "/devplan.yaml is not under " + REPO + "/plans/; validate "
                + "checks the plan files and folders named under plans/ (and devplan.yaml on every run)\n"
                + "Try 'devplan validate --help' for more information.\n");
    }

    @Test
    void listRulesShowsTheRegistry() {
        var r = run("validate", "--list-rules");
        assertThat(r.exit()).isZero();
        Golden.assertMatches("validate/list-rules.txt", r.out());
    }

    @Test
    void sarifHasTheStructureOfSarif210() {
        var r = run("--dir", REPO, "validate", "--as-of", "2026-11-22", "--format", "sarif");
        Map<String, Object> log = JsonTree.object(JsonTree.parse(r.out()));
        assertThat(log).containsEntry("version", "2.1.0").containsKey("$schema");
        List<Object> runs = JsonTree.array(log.get("runs"));
        assertThat(runs).hasSize(1);
        Map<String, Object> run = JsonTree.object(runs.get(0));
        Map<String, Object> driver = JsonTree.object(JsonTree.object(run.get("tool")).get("driver"));
        assertThat(driver.get("name")).isEqualTo("devplan");
        assertThat((String) driver.get("informationUri")).startsWith("https://");
        List<Object> rules = JsonTree.array(driver.get("rules"));
        List<String> ids = rules.stream().map(o -> (String) JsonTree.object(o).get("id")).toList();
        for (Object o : rules) {
            Map<String, Object> rule = JsonTree.object(o);
            assertThat(text(rule.get("shortDescription"))).isNotBlank();
            assertThat(text(rule.get("fullDescription"))).isNotBlank();
            assertThat(text(rule.get("help"))).isNotBlank();
            assertThat(JsonTree.object(rule.get("defaultConfiguration")).get("level"))
                    .isIn("none", "note", "warning", "error");
        }
        List<Object> results = JsonTree.array(run.get("results"));
        assertThat(results).isNotEmpty();
        for (Object o : results) {
            Map<String, Object> result = JsonTree.object(o);
            assertThat(ids).contains((String) result.get("ruleId"));
            assertThat(ids.get(((Long) result.get("ruleIndex")).intValue())).isEqualTo(result.get("ruleId"));
            assertThat(result.get("level")).isIn("none", "note", "warning", "error");
            assertThat(text(result.get("message"))).isNotBlank();
            Map<String, Object> physical = JsonTree.object(JsonTree.object(JsonTree.array(result.get("locations")).get(0))
                    .get("physicalLocation"));
            Map<String, Object> artifact = JsonTree.object(physical.get("artifactLocation"));
            assertThat((String) artifact.get("uri")).doesNotContain(":").doesNotStartWith("/").endsWith(".yaml");
            assertThat(artifact.get("uriBaseId")).isEqualTo("%SRCROOT%");
            Map<String, Object> region = JsonTree.object(physical.get("region"));
            assertThat((Long) region.get("startLine")).isPositive();
            assertThat((Long) region.get("startColumn")).isPositive();
        }
    }

    private static String text(Object message) {
        return (String) JsonTree.object(message).get("text");
    }
}
