package io.devplan.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.cli.Cli;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * What the writer of the fast command models leaves to the annotated model: anything it cannot
 * write. (FastCommandsTest checks that what it writes parses as the annotated model does.)
 */
class FastCommandsSourceTest {
    @Test
    void everyCommandOfTodayIsWritten() {
        CommandLine root = Cli.create(Clock.systemUTC());
        String source = FastCommandsSource.of(root);
        for (var e : root.getSubcommands().entrySet()) {
            assertThat(source.contains("case \"" + e.getKey() + "\" ->")).as(e.getKey()).isEqualTo(!e.getKey().equals("help"));
        }
    }

    @Test
    void aCommandWithWhatTheWriterCannotExpressKeepsTheAnnotatedModel() {
        for (Object command : List.of(new WithParent(), new WithNegatable(), new WithFallback(), new WithUnmatched())) {
            CommandLine cmd = new CommandLine(command);
            assertThat(FastCommandsSource.supported(cmd.getCommandSpec())).as(command.getClass().getSimpleName()).isFalse();
        }
        assertThat(FastCommandsSource.supported(new CommandLine(new Plain()).getCommandSpec())).isTrue();
    }

    @Command(name = "plain")
    static final class Plain {
        @Option(names = "--x")
        String x;
    }

    @Command(name = "parent")
    static final class WithParent {
        @ParentCommand
        Object parent;
    }

    @Command(name = "negatable")
    static final class WithNegatable {
        @Option(names = "--color", negatable = true)
        boolean color;
    }

    @Command(name = "fallback")
    static final class WithFallback {
        @Option(names = "--level", arity = "0..1", fallbackValue = "1")
        String level;
    }

    @Command(name = "unmatched")
    static final class WithUnmatched {
        @CommandLine.Unmatched
        List<String> rest;
    }
}
