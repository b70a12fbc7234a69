package io.devplan.cli;

import static io.devplan.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --commit and git.commit: true commit the changed plan, and only it, with real git. */
class GitCommitTest {
    @TempDir
    Path dir;

    @BeforeEach
    void repository() throws Exception {
        assumeTrue(git("--version").startsWith("git version"), "git is not installed");
        git("init", "-q", "-b", "main");
        git("config", "user.email", "hr@example.com");
        git("config", "user.name", "HR");
        assertThat(run("init", dir.toString()).exit()).isZero();
        assertThat(run("--dir", dir.toString(), "new", "ann", "--name", "Ann", "--since", "2026-01-01").exit()).isZero();
        git("add", "-A");
        git("commit", "-q", "-m", "start");
    }

    @Test
    void commitOptionCommitsThePlanWithAMessageThatSaysWhat() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "not devplan's business\n");
        var r = run("--dir", dir.toString(), "achieve", "ann", "--title", "Shipped the importer", "--commit");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(git("log", "-1", "--format=%s")).isEqualTo("achieve ann 2026-11-22\n");
        assertThat(git("show", "--name-only", "--format=", "HEAD")).isEqualTo("plans/ann.yaml\n");
        assertThat(git("status", "--porcelain")).isEqualTo("?? notes.txt\n");
    }

    @Test
    void withoutCommitNothingIsCommitted() throws Exception {
        assertThat(run("--dir", dir.toString(), "achieve", "ann", "--title", "Shipped").exit()).isZero();
        assertThat(git("log", "--format=%s")).isEqualTo("start\n");
        assertThat(git("status", "--porcelain")).isEqualTo(" M plans/ann.yaml\n");
    }

    @Test
    void repositorySettingCommitsEveryWrite() throws Exception {
        Files.writeString(dir.resolve("devplan.yaml"), Files.readString(dir.resolve("devplan.yaml")) + "git:\n  commit: true\n");
        git("commit", "-q", "-am", "commit writes");
        assertThat(run("--dir", dir.toString(), "checkin", "ann", "--note", "Fine", "--date", "2026-11-20").exit()).isZero();
        assertThat(git("log", "-1", "--format=%s")).startsWith("checkin ann 2026-11-20");
        assertThat(git("status", "--porcelain")).isEmpty();
    }

    private String git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
