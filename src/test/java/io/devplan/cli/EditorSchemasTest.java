package io.devplan.cli;

import static io.devplan.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorSchemasTest {
    @TempDir
    Path dir;

    @Test
    void initCopiesTheSchemasAndNewFilesPointAtThemRelatively() throws Exception {
        assertThat(run("init", dir.toString()).exit()).isZero();
        assertThat(dir.resolve(".devplan/plan.schema.json")).exists();
        assertThat(dir.resolve(".devplan/devplan.schema.json")).exists();
        assertThat(Files.readString(dir.resolve("devplan.yaml")))
                .startsWith("# yaml-language-server: $schema=.devplan/devplan.schema.json\n");
        run("--dir", dir.toString(), "new", "alice", "--name", "Alice", "--folder", "platform");
        run("--dir", dir.toString(), "new", "bob", "--name", "Bob");
        assertThat(Files.readString(dir.resolve("plans/platform/alice.yaml")))
                .startsWith("# yaml-language-server: $schema=../../.devplan/plan.schema.json\n");
        assertThat(Files.readString(dir.resolve("plans/bob.yaml")))
                .startsWith("# yaml-language-server: $schema=../.devplan/plan.schema.json\n");
        var validate = run("--dir", dir.toString(), "validate");
        assertThat(validate.exit()).isZero();
        assertThat(validate.out()).isEqualTo("No problems in 2 files.\n");
    }

    @Test
    void withoutTheSchemaCopyNewPlansHaveNoModeline() throws Exception {
        Files.writeString(dir.resolve("devplan.yaml"), "");
        run("--dir", dir.toString(), "new", "carl", "--name", "Carl");
        assertThat(Files.readString(dir.resolve("plans/carl.yaml"))).doesNotContain("yaml-language-server");
    }
}
