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
        // The completion the tool prints is the script the bundle installs (and completions/ holds).
        assertThat(run(prefix, prefix.resolve("bin/devplan").toString(), "completion", "bash"))
                .isEqualTo(Files.readString(prefix.resolve("share/bash-completion/completions/devplan")))
                .isEqualTo(Files.readString(Path.of("completions/devplan.bash")));
        assertThat(run(prefix, prefix.resolve("bin/devplan").toString(), "completion", "zsh"))
                .isEqualTo(Files.readString(prefix.resolve("share/zsh/site-functions/_devplan")));
        assertThat(run(prefix, prefix.resolve("bin/devplan").toString(), "completion", "fish"))
                .isEqualTo(Files.readString(prefix.resolve("share/fish/vendor_completions.d/devplan.fish")));
        // The build's generators are not in the jar; the command models they wrote are.
        try (var jar = new java.util.zip.ZipFile(prefix.resolve("lib/devplan/devplan.jar").toFile())) {
            assertThat(jar.stream().map(java.util.zip.ZipEntry::getName).filter(n -> n.startsWith("io/devplan/build/")))
                    .isEmpty();
            assertThat(jar.getEntry("io/devplan/cli/FastCommands.class")).isNotNull();
            // picocli compiled from its sources at release 17 (class file 61), not its jar's Java 5 classes.
            byte[] picocli = jar.getInputStream(jar.getEntry("picocli/CommandLine.class")).readAllBytes();
            assertThat(((picocli[6] & 0xff) << 8) | (picocli[7] & 0xff)).isEqualTo(61);
        }

        // The first run trains a start-up archive beside the jar in the background; later runs use it.
        Path lib = prefix.resolve("lib/devplan");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && (archives(lib, ".lock") > 0 || archives(lib, "") == 0)) {
            Thread.sleep(100);
        }
        assertThat(archives(lib, ".lock")).as("training finished").isZero();
        assertThat(archives(lib, "")).as("start-up archive in " + lib).isEqualTo(1);
        assertThat(run(prefix, prefix.resolve("bin/devplan").toString(), "--version")).isEqualTo("devplan " + version + "\n");
    }

    /** Start-up archives in {@code lib} (suffix "") or their training locks (".lock"). */
    private static long archives(Path lib, String suffix) throws java.io.IOException {
        try (var files = Files.list(lib)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("devplan-jdk") && (n.endsWith(".jsa" + suffix) || n.endsWith(".aot" + suffix)))
                    .count();
        }
    }

    private static String run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }
}
