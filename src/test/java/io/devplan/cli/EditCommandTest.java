package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `edit` runs a real editor process, so it is tested as a process with EDITOR set to a script. */
class EditCommandTest {
    private static final String PLAN = "employee:\n  id: a\n  name: A  # keep\n";

    @TempDir
    Path root;
    Path file;

    @BeforeEach
    void setUp() throws IOException {
        Files.writeString(root.resolve("devplan.yaml"), "");
        Files.createDirectories(root.resolve("plans"));
        file = root.resolve("plans/a.yaml");
        Files.writeString(file, PLAN);
    }

    private int edit(String editor) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.devplan.Main", "--dir", root.toString(), "edit", "a"))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(root.resolve("err.txt").toFile());
        pb.environment().put("EDITOR", editor);
        pb.environment().remove("VISUAL");
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        // An invalid edit is kept for the user, in a private folder of its own; the test removes both.
        for (String line : Files.readAllLines(root.resolve("err.txt"))) {
            int at = line.indexOf("your edited copy is kept in ");
            if (at >= 0) {
                Path copy = Path.of(line.substring(at + "your edited copy is kept in ".length()));
                Files.delete(copy);
                Files.delete(copy.getParent());
            }
        }
        Files.delete(root.resolve("err.txt"));
        return p.exitValue();
    }

    @Test
    void savesAValidEdit() throws Exception {
        assertThat(edit("sed -i 's/name: A/name: Ann/'")).isZero();
        assertThat(Files.readString(file)).isEqualTo("employee:\n  id: a\n  name: Ann  # keep\n");
    }

    @Test
    void leavesThePlanUntouchedWhenTheEditIsInvalidOrTheEditorFails() throws Exception {
        assertThat(edit("sed -i 's/name: A/nmae: A/'")).isEqualTo(ExitCodes.WRITE_REFUSED);
        assertThat(edit("false")).isEqualTo(ExitCodes.WRITE_REFUSED);
        assertThat(Files.readString(file)).isEqualTo(PLAN);
        assertThat(root.resolve("plans").toFile().list()).containsExactly("a.yaml");
    }
}
