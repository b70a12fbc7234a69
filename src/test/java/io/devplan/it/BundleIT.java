package io.devplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release bundle that {@code mvn package} makes unpacks into a prefix and runs. */
class BundleIT {
    @Test
    void unpacksAndRunsVersion(@TempDir Path prefix) throws Exception {
        String version = System.getProperty("devplan.version");
        Path tarball = Path.of("target", "devplan-" + version + ".tar.gz").toAbsolutePath();
        assertThat(tarball).exists();
        run(prefix, "tar", "-xzf", tarball.toString(), "--strip-components=1");
        assertThat(prefix.resolve("share/man/man1/devplan.1")).exists();
        assertThat(prefix.resolve("share/man/man5/devplan-format.5")).exists();
        assertThat(prefix.resolve("share/bash-completion/completions/devplan")).exists();
        assertThat(Files.isExecutable(prefix.resolve("bin/devplan"))).isTrue();
        // From another folder, as a user would run it from their PATH.
        String out = run(prefix.resolve("share"), prefix.resolve("bin/devplan").toString(), "--version");
        assertThat(out).isEqualTo("devplan " + version + "\n");
    }

    private static String run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }
}
