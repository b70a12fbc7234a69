package io.devplan.cli;

import static io.devplan.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** goal add shows validate's SMART findings on the new goal before it writes. */
class GoalAddSmartChecksTest {
    @TempDir
    Path dir;

    @Test
    void aVagueGoalIsWrittenWithItsFindingsShown() throws Exception {
        assertThat(run("init", dir.toString()).exit()).isZero();
        assertThat(run("--dir", dir.toString(), "new", "ann", "--name", "Ann").exit()).isZero();
        var r = run("--dir", dir.toString(), "goal", "add", "ann", "--id", "comm", "--title", "Communicate better");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("[specific-title]").contains("[goal-has-due-date]")
                .contains("devplan: error: goal 'comm' has no due date");
        assertThat(Files.readString(dir.resolve("plans/ann.yaml"))).contains("title: Communicate better");
    }

    @Test
    void aSmartGoalGetsNoWarnings() throws Exception {
        Files.writeString(dir.resolve("devplan.yaml"), "priorities:\n  - {id: sleep, title: Rested on-call}\n");
        run("--dir", dir.toString(), "new", "ann", "--name", "Ann");
        var r = run("--dir", dir.toString(), "goal", "add", "ann", "--id", "pages",
                "--title", "Reduce on-call pages to 10 a month", "--baseline", "30", "--target", "10",
                "--unit", "pages", "--start", "2026-11-22", "--due", "2027-01-31", "--aligns", "sleep");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).doesNotContain("warning").doesNotContain("error");
    }
}
