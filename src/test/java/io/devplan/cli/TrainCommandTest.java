package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The launcher's training run: every step must succeed (a step that fails would train the
 * archive on an error path), it prints nothing, and it leaves nothing behind.
 */
class TrainCommandTest {
    @Test
    void everyStepSucceedsQuietlyAndTheScratchRepositoryIsGone() throws IOException {
        List<Path> before = scratch();
        CliRunner.Result r = CliRunner.run("__train");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(scratch()).isEqualTo(before);
    }

    @Test
    void itIsHidden() {
        assertThat(CliRunner.run("--help").out()).doesNotContain("__train");
    }

    @Test
    void itCoversTheCommandsPeopleRunMost() {
        for (String command : List.of("overdue", "show", "validate", "report", "agenda", "remind", "calendar", "checkin")) {
            assertThat(TrainCommand.RUNS).as(command).anyMatch(run -> run.startsWith(command + " ") || run.equals(command));
        }
    }

    private static List<Path> scratch() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("devplan-train")).sorted().toList();
        }
    }
}
