package io.devplan.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.devplan.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * man/ and completions/ are committed so they can be reviewed and read in a checkout
 * ({@code man -l man/devplan-checkin.1}); the build writes them ({@link Generate}), and these tests
 * fail when the committed ones are not what it writes.
 */
class GeneratedFilesTest {
    @Test
    void committedManPagesAndCompletionsAreWhatTheBuildWrites() throws IOException {
        Map<String, String> generated = Generate.docs();
        String hint = ": regenerate them with '" + Generate.REGENERATE + "' and commit them";
        for (Map.Entry<String, String> f : generated.entrySet()) {
            Path file = Path.of(f.getKey());
            assertThat(file).as("missing " + file + hint).exists();
            assertThat(Files.readString(file)).as(file + " is not what the build writes" + hint).isEqualTo(f.getValue());
        }
        Set<String> committed = new TreeSet<>();
        for (String dir : Generate.TREE_FOLDERS) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.forEach(p -> committed.add(dir + "/" + p.getFileName()));
            }
        }
        assertThat(committed).as("files the build no longer writes" + hint).isEqualTo(new TreeSet<>(generated.keySet()));
    }

    @Test
    void theBuildWroteWhatTheTestsCompare() throws IOException {
        // The build's own run (process-classes), which the bundle takes: the same as in this JVM.
        for (Map.Entry<String, String> f : Generate.docs().entrySet()) {
            assertThat(Files.readString(Path.of("target/generated-docs", f.getKey()))).as(f.getKey()).isEqualTo(f.getValue());
        }
    }

    @Test
    void completionOffersOnlyValuesTheCommandsAccept() {
        CommandLine root = Cli.create(Clock.systemUTC());
        int checked = 0;
        for (CommandLine cmd : Completions.paths(root).values()) {
            for (ArgSpec a : cmd.getCommandSpec().args()) {
                for (String value : Completions.candidates(a)) {
                    assertThatCode(() -> convert(a, value)).as(cmd.getCommandSpec().qualifiedName() + " "
                            + a.paramLabel() + " " + value).doesNotThrowAnyException();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(30);
        assertThat(Completions.candidates(option(root, "feedback add", "--source")))
                .containsExactly("review", "one-on-one", "peer", "self", "upward", "customer", "360");
        assertThat(Completions.candidates(option(root, "goal add", "--status")))
                .containsExactly("draft", "active", "at-risk", "paused", "done", "dropped");
    }

    /** The value as the command reads it: by the option's converter, or picocli's for an enum. */
    private static void convert(ArgSpec a, String value) throws Exception {
        if (a.converters().length > 0) {
            a.converters()[0].convert(value);
            return;
        }
        Class<?> type = a.auxiliaryTypes().length > 0 ? a.auxiliaryTypes()[0] : a.type();
        if (type.isEnum()) {
            enumValue(type, value);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void enumValue(Class<?> type, String value) {
        Enum.valueOf((Class) type, value);
    }

    private static ArgSpec option(CommandLine root, String path, String name) {
        return Completions.paths(root).get(path).getCommandSpec().findOption(name);
    }

    @Test
    void manPagesRenderWithoutWarnings() throws Exception {
        assumeTrue(executable("man"), "man is not installed");
        try (Stream<Path> pages = Files.list(Path.of("man"))) {
            for (Path page : pages.toList()) {
                Process p = new ProcessBuilder("man", "--warnings", "-l", page.toString())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectErrorStream(false)
                        .start();
                p.getOutputStream().close();
                String warnings = new String(p.getErrorStream().readAllBytes());
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(warnings).as(page.toString()).isEmpty();
            }
        }
    }

    private static boolean executable(String name) {
        return List.of(System.getenv("PATH").split(":")).stream().anyMatch(d -> Files.isExecutable(Path.of(d, name)));
    }
}
