package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loop the README's tour shows, on a copy of examples/acme as of 2026-11-22: remind lists what
 * Bob Berg must do, one command per reminder clears it, and remind is quieter after each, until it
 * prints nothing at all. Every kind of reminder a manager gets is cleared by a command, none by
 * hand-written YAML.
 */
class LoopTourTest {
    @TempDir
    Path repo;

    /** Each command, and a word of the reminder line it clears. */
    private static final List<String[]> LOOP = List.of(
            new String[] {"support set alice-andersen all-hands-talk/speaking-coach approved", "speaking"},
            new String[] {"celebrate alice-andersen", "celebrate Alice"},
            new String[] {"celebrate priya-nair", "celebrate Priya"},
            new String[] {"status sofia-lindqvist runbooks active --reason Runbook|sprint|agreed", "back on track"},
            new String[] {"status sofia-lindqvist oncall-pages dropped --reason Replaced|by|the|runbooks|goal",
                "close, extend or drop"},
            new String[] {"checkin omar.haddad --note First|one-on-one --next 2026-12-20", "with Omar"},
            new String[] {"checkin sofia-lindqvist --note Runbooks|first --next 2026-12-20", "with Sofia"},
            new String[] {"checkin alice-andersen --note Talk|slot|found --next 2026-12-20", "with Alice"},
            new String[] {"checkin priya-nair --note Mentees|doing|well --next 2026-12-20", "with Priya"});

    @Test
    void everyReminderOfAManagerIsClearedByACommandUntilRemindIsSilent() throws IOException {
        copy(Path.of("examples/acme"), repo);
        String before = remind();
        assertThat(before).startsWith("Bob Berg (bob-berg): 9 things to do");
        long lines = before.lines().count();
        for (String[] step : LOOP) {
            assertThat(remind()).as("before: " + step[0]).contains(step[1]);
            CliRunner.Result r = run(step[0]);
            assertThat(r.exit()).as(step[0] + ": " + r.err()).isZero();
            String after = remind();
            assertThat(after).as("after: " + step[0]).doesNotContain(step[1]);
            assertThat(after.lines().count()).as("remind is quieter after " + step[0]).isLessThan(lines);
            lines = after.lines().count();
        }
        assertThat(remind()).isEmpty();
    }

    @Test
    void overdueStepsAreClearedByAgreeingANewDate() throws IOException {
        copy(Path.of("examples/acme"), repo);
        assertThat(run("remind --for alice-andersen").out()).contains("design-reviews/retro");
        CliRunner.Result r = run("reschedule alice-andersen design-reviews/retro 2026-12-10 --reason Waiting|for|the|RFC");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(run("remind --for alice-andersen").out()).doesNotContain("design-reviews/retro");
        assertThat(run("show alice-andersen").out()).contains("moved once, +23 days");
    }

    private String remind() {
        CliRunner.Result r = run("remind --for bob-berg");
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out();
    }

    private CliRunner.Result run(String args) {
        return CliRunner.run(Stream.concat(Stream.of("--dir", repo.toString()),
                Stream.of(args.split(" ")).map(a -> a.replace('|', ' '))).toArray(String[]::new));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
