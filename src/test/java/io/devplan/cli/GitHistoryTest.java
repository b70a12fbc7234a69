package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.devplan.Golden;
import io.devplan.JsonTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * devplan log and report --since over a scripted history: three people commit to one plan over
 * half a year, with the dates GIT_AUTHOR_DATE gives them.
 */
class GitHistoryTest {
    static final String PLAN = "plans/ann.yaml";

    @TempDir
    Path tmp;

    GitRepository repo;

    @BeforeEach
    void history() throws Exception {
        assumeTrue(GitRepository.gitInstalled(), "git is not installed");
        repo = GitRepository.withAnnsPlan(tmp, "Ann's plan after the review", "Bob Berg", "2026-01-20");

        assertThat(repo.devplan("feedback", "add", "ann", "--date", "2026-02-10", "--from", "carla-holm",
                "--source", "360", "--kind", "strength", "--text", "Calm facilitation.").exit()).isZero();
        repo.edit(PLAN, "        status: requested", "        status: approved");
        repo.commitAll("HR: 360 feedback; workshop approved", "Carla Holm", "2026-02-11");

        assertThat(repo.devplan("checkin", "ann", "--date", "2026-05-20", "--note", "Two reviews held.",
                "--progress", "design-reviews=2", "--done", "design-reviews/template").exit()).isZero();
        repo.edit(PLAN, "      - {id: guide, title: Publish the design-review guide, due: 2026-07-01}",
                "      - {id: guide, title: Publish the design-review guide, due: 2026-08-15}");
        repo.commitAll("May check-in; the guide moves to August", "Bob Berg", "2026-05-20");

        repo.edit(PLAN, "    status: active", "    status: at-risk");
        repo.edit(PLAN, "    levels: {communication: 2}\n",
                "    levels: {communication: 2}\n  - {date: 2026-06-01, by: self, levels: {communication: 3}}\n");
        repo.commitAll("My self-assessment", "Ann Andersen", "2026-06-01");

        Files.createDirectories(repo.file("plans/platform"));
        repo.ok("mv", PLAN, "plans/platform/ann.yaml");
        repo.commitAll("Ann joins platform", "Carla Holm", "2026-06-15");
        repo.edit("plans/platform/ann.yaml", "    current: 2", "    current: 3");
        repo.commitAll("Third review", "Bob Berg", "2026-07-02");
    }

    @Test
    void textIsTheHistoryNewestFirstWithDateCommitAuthorAndChanges() {
        var r = repo.devplan("log", "ann");
        assertThat(r.exit()).as(r.err()).isZero();
        Golden.assertMatches("log/ann.txt", r.out().replaceAll("  [0-9a-f]{7,}  ", "  COMMIT  "));
        assertThat(r.out().indexOf("Third review")).isLessThan(r.out().indexOf("Ann's plan after the review"));
        assertThat(r.out()).doesNotContain("Ann joins platform"); // a move changes nothing in the plan
    }

    /** Each change said in the reader's language: a golden per language a native reader can review. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"sv", "da", "nl"})
    void theHistoryIsSaidInTheReadersLanguageAndItsJsonIsNot(String lang) {
        var r = repo.devplan("--lang", lang, "log", "ann");
        assertThat(r.exit()).as(r.err()).isZero();
        Golden.assertMatches("log/ann-" + lang + ".txt", r.out().replaceAll("  [0-9a-f]{7,}  ", "  COMMIT  "));
        assertThat(r.out()).doesNotContain("added", " due ", "current", "plan created");
        assertThat(repo.devplan("--lang", lang, "log", "ann", "--format", "json").out())
                .isEqualTo(repo.devplan("log", "ann", "--format", "json").out());
    }

    @Test
    void jsonHasOneElementPerChangeWithItsCommit() throws Exception {
        var r = repo.devplan("log", "ann", "--format", "json");
        assertThat(r.exit()).isZero();
        List<Object> changes = JsonTree.array(JsonTree.parse(r.out()));
        Map<String, Object> first = JsonTree.object(changes.get(0));
        assertThat(first).containsOnlyKeys("employee", "file", "commit", "date", "author", "subject", "kind", "goal",
                "item", "from", "to", "summary");
        assertThat(first).containsEntry("employee", "ann").containsEntry("file", "plans/platform/ann.yaml")
                .containsEntry("date", "2026-07-02").containsEntry("author", "Bob Berg").containsEntry("kind", "progress")
                .containsEntry("goal", "design-reviews").containsEntry("from", "2").containsEntry("to", "3");
        assertThat(first.get("commit")).isEqualTo(repo.ok("rev-parse", "HEAD").strip());
        assertThat(changes).extracting(o -> JsonTree.object(o).get("kind") + " " + JsonTree.object(o).get("author"))
                .contains("support Carla Holm", "feedback Carla Holm", "checkin Bob Berg", "due Bob Berg",
                        "done Bob Berg", "status Ann Andersen", "assessment Ann Andersen", "plan Bob Berg");
        assertThat(changes).filteredOn(o -> "due".equals(JsonTree.object(o).get("kind")))
                .extracting(o -> JsonTree.object(o).get("summary"))
                .containsExactly("design-reviews/guide: due 2026-07-01 → 2026-08-15 (later)");
    }

    @Test
    void aGoalAndSinceNarrowIt() {
        var r = repo.devplan("log", "ann", "design-reviews", "--since", "2026-05-01");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("design-reviews: current 2 → 3 reviews", "design-reviews: status active → at-risk",
                "check-in 2026-05-20 with bob-berg: design-reviews 2", "design-reviews/template: done 2026-05-20")
                .doesNotContain("assessment 2026", "feedback", "2026-02-11", "approved");
    }

    @Test
    void anUnknownGoalIsAUsageErrorWithAHint() {
        var r = repo.devplan("log", "ann", "design-review");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("devplan: no goal 'design-review' in the plan of ann or its history; "
                + "did you mean 'design-reviews'?\n");
    }

    @Test
    void nothingSinceSaysSo() {
        var r = repo.devplan("log", "ann", "--since", "2026-08-01");
        // Off a terminal long lines wrap; the sentence is whole.
        assertThat(r.out().replaceAll("\\s+", " ").strip()).isEqualTo("No changes to " + repo.file("plans/platform/ann.yaml")
                + " in git's history since 2026-08-01.");
        assertThat(repo.devplan("log", "ann", "--since", "2026-08-01", "--format", "json").out()).isEqualTo("[ ]\n");
    }

    @Test
    void outsideGitItIsUnreadableInput() throws Exception {
        Path plain = tmp.resolve("plain");
        Files.createDirectories(plain.resolve("plans"));
        Files.writeString(plain.resolve("devplan.yaml"), "");
        Files.writeString(plain.resolve("plans/ann.yaml"), "employee: {id: ann, name: Ann}\n");
        var r = CliRunner.run("--dir", plain.toString(), "log", "ann");
        assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.err()).startsWith("devplan: " + plain.resolve("plans/ann.yaml")
                + " is not in a git work tree; devplan log reads the plan's history from git");
    }

    @Test
    void reportSinceSaysWhatChangedInThePeriodAgainstTheCommittedStart() throws Exception {
        var r = repo.devplan("report", "ann", "--since", "2026-05-01", "--as-of", "2026-07-02");
        assertThat(r.exit()).as(r.err()).isZero();
        Golden.assertMatches("log/ann-since-2026-05-01.txt", r.out());
        var json = repo.devplan("report", "ann", "--since", "2026-05-01", "--as-of", "2026-07-02", "--format", "json");
        Map<String, Object> top = JsonTree.object(JsonTree.parse(json.out()));
        assertThat(top).containsEntry("since", "2026-05-01").containsEntry("asOf", "2026-07-02");
        Map<String, Object> ann = JsonTree.object(JsonTree.array(top.get("employees")).get(0));
        assertThat(ann).containsEntry("fromHistory", true);
        assertThat(JsonTree.array(ann.get("progress"))).extracting(o -> JsonTree.object(o).get("goal") + " "
                + JsonTree.object(o).get("percentFrom") + "->" + JsonTree.object(o).get("percentTo"))
                .containsExactly("design-reviews 25->75");
        assertThat(JsonTree.array(ann.get("slipped"))).extracting(o -> JsonTree.object(o).get("item") + " "
                + JsonTree.object(o).get("to")).containsExactly("book-course null", "guide 2026-08-15");
        var markdown = repo.devplan("report", "ann", "--since", "2026-05-01", "--as-of", "2026-07-02", "--format",
                "markdown");
        assertThat(markdown.out()).startsWith("# What changed from 2026-05-01 to 2026-07-02\n\n## Ann Andersen (`ann`)\n")
                .contains("### Slipped\n\n- `design-reviews/book-course`  Book the facilitation workshop  was due "
                        + "2026-05-01, not done\n");
        var html = repo.devplan("report", "ann", "--since", "2026-05-01", "--format", "html");
        assertThat(html.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(html.err()).startsWith("devplan: --since prints text, markdown or json, not html\n");
    }

    @Test
    void reportSinceWithoutHistoryReadsTheStartFromTheCheckIns() throws Exception {
        Path plain = tmp.resolve("plain");
        Files.createDirectories(plain.resolve("plans"));
        Files.writeString(plain.resolve("devplan.yaml"), "");
        Files.writeString(plain.resolve("plans/ann.yaml"), repo.read("plans/platform/ann.yaml"));
        var r = CliRunner.run("--dir", plain.toString(), "report", "ann", "--since", "2026-05-01", "--as-of",
                "2026-07-02");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("No committed version before 2026-05-01: start values come from the plan's own dates.",
                "design-reviews  1 → 3 reviews  25% → 75% (+50)", "2026-05-20  design-reviews/template")
                .contains("Feedback received  none").doesNotContain("→ 2026-08-15");
    }
}
