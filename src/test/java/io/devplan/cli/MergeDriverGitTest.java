package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.devplan.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two branches of a plan repository merged by real git through devplan's merge driver: a
 * manager's branch and HR's, each with check-ins, feedback, done milestones, assessments and a
 * support decision.
 */
class MergeDriverGitTest {
    static final String PLAN = "plans/ann.yaml";

    @TempDir
    Path tmp;

    GitRepository repo;

    @BeforeEach
    void repository() throws Exception {
        assumeTrue(GitRepository.gitInstalled(), "git is not installed");
        repo = GitRepository.withAnnsPlan(tmp, "Ann's plan", "Bob Berg", "2026-04-21");
    }

    /** HR's branch: feedback from the 360, the support decision, a self-assessment and HR's check-in. */
    private void hrBranch() throws Exception {
        repo.ok("checkout", "-q", "-b", "hr");
        assertThat(repo.devplan("feedback", "add", "ann", "--date", "2026-05-02", "--from", "carla-holm",
                "--source", "360", "--kind", "strength", "--text", "Calm, clear facilitation of the design reviews.")
                .exit()).isZero();
        repo.edit(PLAN, "  - id: fb-2026-05-02", "  # From the spring 360.\n  - id: fb-2026-05-02");
        repo.edit(PLAN, "        status: requested", "        status: approved    # budget 2026, Carla");
        repo.edit(PLAN, "    levels: {communication: 2}\n",
                "    levels: {communication: 2}\n  - date: 2026-06-01   # Ann's own view\n    by: self\n"
                        + "    levels: {communication: 3}\n");
        assertThat(repo.devplan("checkin", "ann", "--date", "2026-06-03", "--with", "carla-holm",
                "--note", "Mid-year talk: three reviews so far.", "--progress", "design-reviews=3").exit()).isZero();
        repo.commitAll("HR: 360 feedback, workshop approved, mid-year talk", "Carla Holm", "2026-06-03");
        repo.ok("checkout", "-q", "main");
    }

    /** The manager's branch: the May check-in with the template done, and the workshop booked. */
    private void managerBranch() throws Exception {
        assertThat(repo.devplan("checkin", "ann", "--date", "2026-05-20", "--note",
                "Two reviews held.\nThe template works for every team.", "--progress", "design-reviews=2",
                "--done", "design-reviews/template").exit()).isZero();
        repo.edit(PLAN, "  - date: 2026-05-20", "  # May: in the new meeting room\n  - date: 2026-05-20");
        assertThat(repo.devplan("done", "ann", "design-reviews/book-course", "--date", "2026-05-02").exit()).isZero();
        repo.commitAll("May check-in", "Bob Berg", "2026-05-20");
    }

    @Test
    void twoBranchesMergeWithoutConflictIntoTheExpectedPlan() throws Exception {
        hrBranch();
        managerBranch();
        String ours = repo.read(PLAN);
        GitRepository.Result merge = repo.git("merge", "--no-edit", "hr");
        assertThat(merge.exit()).as(merge.out()).isZero();
        assertThat(repo.ok("status", "--porcelain")).isEmpty();
        String merged = repo.read(PLAN);
        Golden.assertMatches("merge/ann-merged.yaml", merged);
        // Both sides' comments and styles, byte for byte.
        assertThat(merged).contains("  # From the spring 360.\n  - id: fb-2026-05-02\n",
                "        status: approved    # budget 2026, Carla\n",
                "  - date: 2026-06-01   # Ann's own view\n    by: self\n    levels: {communication: 3}\n",
                "  # May: in the new meeting room\n  - date: 2026-05-20\n",
                "      - {id: guide, title: Publish the design-review guide, due: 2026-07-01}\n",
                "    text: >\n      Design documents arrive after\n      implementation has started.\n");
        assertThat(merged.indexOf("date: 2026-05-20")).isLessThan(merged.indexOf("date: 2026-06-03"));
        // OURS' text is all there but for the value THEIRS changed.
        List<String> kept = ours.lines().filter(l -> !l.startsWith("    current:") && !l.contains("status: requested"))
                .toList();
        assertThat(merged.lines().toList()).containsSubsequence(kept);
        var show = repo.devplan("show", "ann", "--as-of", "2026-06-10");
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(repo.devplan("validate").err()).isEmpty();
    }

    @Test
    void theSameValueChangedTwoWaysIsExactlyOneConflictThere() throws Exception {
        hrBranch();
        repo.ok("checkout", "-q", "hr");
        repo.edit(PLAN, "    due: 2026-09-30", "    due: 2026-12-31");
        repo.commitAll("HR: the year end", "Carla Holm", "2026-06-04");
        repo.ok("checkout", "-q", "main");
        managerBranch();
        repo.edit(PLAN, "    due: 2026-09-30", "    due: 2026-10-31");
        repo.commitAll("October", "Bob Berg", "2026-05-21");

        GitRepository.Result merge = repo.git("merge", "--no-edit", "hr");
        assertThat(merge.exit()).isEqualTo(1);
        assertThat(merge.out()).contains("devplan: plans/ann.yaml:31: conflict: goals/design-reviews/due changed two "
                + "ways ('2026-10-31' on HEAD, '2026-12-31' on hr); keep one and remove the marker lines, then run "
                + "devplan validate", "CONFLICT (content): Merge conflict in plans/ann.yaml");
        assertThat(repo.ok("diff", "--name-only", "--diff-filter=U")).isEqualTo(PLAN + "\n");
        String merged = repo.read(PLAN);
        assertThat(merged.split("<<<<<<<", -1)).hasSize(2);
        assertThat(merged).contains("""
                    start: 2026-02-01
                <<<<<<< HEAD
                    due: 2026-10-31
                =======
                    due: 2026-12-31
                >>>>>>> hr
                    measure: design reviews held before implementation starts
                """);
        // The rest is merged: HR's feedback and decision are in, with the manager's check-in.
        assertThat(merged).contains("id: fb-2026-05-02", "status: approved", "date: 2026-05-20", "date: 2026-06-03");
        var validate = repo.devplan("validate");
        assertThat(validate.exit()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(validate.out()).contains("unresolved merge conflict at line 31 in goals/design-reviews/due: "
                + "'2026-10-31' on HEAD, '2026-12-31' on hr");
    }

    @Test
    void aSideThatDoesNotParseLeavesGitsOwnLineMerge() throws Exception {
        repo.ok("checkout", "-q", "-b", "hr");
        repo.edit(PLAN, "    cost: 450\n", "\tcost: 450\n");
        repo.commitAll("HR: a tab slipped in", "Carla Holm", "2026-06-03");
        repo.ok("checkout", "-q", "main");
        managerBranch();

        GitRepository.Result merge = repo.git("merge", "--no-edit", "hr");
        assertThat(merge.out()).contains("devplan: plans/ann.yaml: cannot merge as data: the other side's version "
                + "does not read as YAML (line 45: syntax error: a tab character here; YAML indents with spaces, "
                + "not tabs); git's line merge was used instead");
        // What git merge-file makes of the same three versions, as git would have merged without the driver.
        String base = repo.ok("show", repo.ok("merge-base", "HEAD^1", "hr").strip() + ":" + PLAN);
        repo.write("o.yaml", repo.ok("show", "HEAD^1:" + PLAN));
        repo.write("b.yaml", base);
        repo.write("t.yaml", repo.ok("show", "hr:" + PLAN));
        String lineMerge = repo.git("merge-file", "-p", "-L", "HEAD", "-L", "base", "-L", "hr",
                "o.yaml", "b.yaml", "t.yaml").out();
        assertThat(repo.read(PLAN)).isEqualTo(lineMerge).contains("\tcost: 450\n", "date: 2026-05-20");
    }

    @Test
    void initSetsTheDriverUpOnceAndEveryCloneWithInitGit() throws Exception {
        assertThat(repo.read(".gitattributes")).isEqualTo("# devplan merges plans as data (set up a clone with: "
                + "devplan init --git)\nplans/** merge=devplan\n");
        assertThat(repo.ok("config", "--get", "merge.devplan.driver"))
                .isEqualTo("devplan merge-driver --marker-size %L --ours-label %X --theirs-label %Y %O %A %B %P\n");
        assertThat(repo.ok("check-attr", "merge", "--", PLAN)).isEqualTo(PLAN + ": merge: devplan\n");
        var again = repo.devplan("init", "--git");
        assertThat(again.out()).isEqualTo("git is already set up for plans in " + repo.dir + "; nothing changed\n");

        GitRepository clone = new GitRepository(tmp.resolve("clone"), tmp.resolve("bin"));
        repo.git("clone", "-q", repo.dir.toString(), clone.dir.toString());
        var before = clone.devplan("validate");
        assertThat(before.err()).isEqualTo("devplan: note: this clone has no merge driver for plans: .gitattributes "
                + "sends plans/ to 'devplan', but merge.devplan.driver is not in this clone's git config (git does not "
                + "clone its config), so git merges plans line by line and conflicts where devplan would not; run "
                + "'devplan init --git' once in this clone\n");
        var setUp = clone.devplan("init", "--git");
        assertThat(setUp.exit()).isZero();
        assertThat(setUp.out()).isEqualTo("Set up git for plans in " + clone.dir
                + ": merge.devplan.driver in this clone's git config\n");
        assertThat(clone.devplan("init", "--git").out()).endsWith("nothing changed\n");
        assertThat(clone.devplan("validate").err()).isEmpty();
        assertThat(clone.read(".gitattributes")).isEqualTo(repo.read(".gitattributes"));
    }

    @Test
    void aRepositoryMadeBeforeTheDriverIsToldHowToSetItUp() throws Exception {
        repo.ok("rm", "-q", ".gitattributes");
        repo.commitAll("No attributes", "Bob Berg", "2026-04-22");
        repo.ok("config", "--unset", "merge.devplan.driver");
        var validate = repo.devplan("validate", "--format", "json");
        assertThat(validate.err()).isEqualTo("devplan: note: git merges plans line by line here, so two branches "
                + "that both add a check-in conflict; run 'devplan init --git' once, and commit the .gitattributes "
                + "it writes\n");
        assertThat(validate.out()).startsWith("[");
        var setUp = repo.devplan("init", "--git");
        assertThat(setUp.out()).isEqualTo("Set up git for plans in " + repo.dir + ": .gitattributes (plans/** "
                + "merge=devplan), merge.devplan.driver in this clone's git config\nCommit .gitattributes and "
                + ".gitignore, so every clone merges plans as data.\n");
    }

    @Test
    void initGitOutsideAGitWorkTreeIsAUsageError() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        var r = CliRunner.run("init", "--git", plain.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("devplan: " + plain + " is not in a git work tree; clone the plan repository "
                + "or run 'git init' first\n");
        assertThat(plain.resolve("devplan.yaml")).doesNotExist();
    }
}
