package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * man/ and completions/ are committed so they can be reviewed and installed from a checkout;
 * these tests fail when they drift from the command model. Regenerate with
 * {@code java -cp target/classes:$(deps) io.devplan.cli.GenerateDocs .} or
 * {@code mvn test -Dtest=GeneratedDocsTest -Ddocs.update=true}.
 */
class GeneratedDocsTest {
    @Test
    void committedManPagesAndCompletionsMatchTheCode() throws IOException {
        Map<String, String> generated = GenerateDocs.files(GenerateDocs.version());
        if (Boolean.getBoolean("docs.update")) {
            GenerateDocs.main(new String[] {"."});
        }
        for (Map.Entry<String, String> f : generated.entrySet()) {
            Path file = Path.of(f.getKey());
            assertThat(file).as("missing " + file + ": regenerate (see GeneratedDocsTest)").exists();
            assertThat(Files.readString(file)).as(file + " drifted from the code: regenerate (see GeneratedDocsTest)")
                    .isEqualTo(f.getValue());
        }
        Set<String> committed = new TreeSet<>();
        for (String dir : List.of("man", "completions")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.forEach(p -> committed.add(dir + "/" + p.getFileName()));
            }
        }
        assertThat(committed).as("files no command generates any more").isEqualTo(new TreeSet<>(generated.keySet().stream()
                .filter(f -> f.startsWith("man/") || f.startsWith("completions/")).toList()));
    }

    @Test
    void formatManualDocumentsExactlyTheKeysTheReaderAccepts() {
        for (FormatManual.Section s : FormatManual.sections()) {
            assertThat(s.fields().keySet()).as(s.title()).containsExactlyInAnyOrderElementsOf(s.readerKeys());
        }
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

    @Test
    void bashCompletesCommandsAndEmployeeIds(@TempDir Path bin) throws Exception {
        assumeTrue(executable("bash"), "bash is not installed");
        Path shim = bin.resolve("devplan");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(shim, "#!/bin/sh\nexec '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' io.devplan.Main \"$@\"\n");
        shim.toFile().setExecutable(true);
        assertThat(complete(bin, "devplan", "sh")).contains("show").doesNotContain("init");
        assertThat(complete(bin, "devplan", "che")).containsExactly("checkin");
        assertThat(complete(bin, "devplan", "--dir", "examples/acme", "done", "alice-andersen", "design-reviews/r"))
                .containsExactly("design-reviews/retro");
        assertThat(complete(bin, "devplan", "--dir", "examples/acme", "show", "sofia")).containsExactly("sofia-lindqvist");
        assertThat(complete(bin, "devplan", "show", "--as")).containsExactly("--as-of");
        assertThat(complete(bin, "devplan", "completion", "")).containsExactly("bash", "zsh", "fish");
    }

    private static List<String> complete(Path bin, String... words) throws Exception {
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append(" '").append(w).append("'");
        }
        String script = "source completions/devplan.bash; COMP_WORDS=(" + array + "); COMP_CWORD="
                + (words.length - 1) + "; _devplan; printf '%s\\n' \"${COMPREPLY[@]}\"";
        ProcessBuilder pb = new ProcessBuilder("bash", "--norc", "-c", script);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out.lines().filter(l -> !l.isEmpty()).toList();
    }

    private static boolean executable(String name) {
        for (String dir : System.getenv("PATH").split(":")) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return true;
            }
        }
        return false;
    }
}
