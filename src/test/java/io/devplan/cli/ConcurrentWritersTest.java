package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.domain.Feedback;
import io.devplan.domain.Plan;
import io.devplan.store.ReadResult;
import io.devplan.store.Repository;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers in separate processes, as a person and a cron job would be: every accepted write is in
 * the file, the file stays valid, the losers exit 4; a writer killed mid-way leaves the old file
 * or the new one, never a mix.
 */
class ConcurrentWritersTest {
    private static final String PLAN = "# shared plan\nemployee:\n  id: a\n  name: A\n\nfeedback:\n  - id: first\n    text: x1\n";
    private static final int WRITERS = 6;

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

    private Process start(Map<String, String> env, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                "io.devplan.Main", "--dir", root.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(root.resolve("err-" + System.nanoTime() + ".txt").toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    private Plan read() {
        ReadResult<Plan> r = Repository.open(root, root).read(file);
        assertThat(r.problems()).isEmpty();
        return r.value();
    }

    @Test
    void everyAcceptedWriteIsInTheFileAndTheLosersExit4() throws Exception {
        List<Process> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            writers.add(start(Map.of(), "feedback", "add", "a", "--id", "w" + i, "--text", "writer " + i));
        }
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            Process p = writers.get(i);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isIn(0, 4);
            if (p.exitValue() == 0) {
                accepted.add("w" + i);
            }
        }
        List<String> ids = read().feedback().stream().map(Feedback::id).toList();
        assertThat(accepted).isNotEmpty();
        assertThat(ids).containsAll(accepted).hasSize(1 + accepted.size());
        assertThat(root.resolve("plans").toFile().list()).containsExactly("a.yaml");
    }

    @Test
    void aWriterKilledAtAnyPointLeavesTheOldFileOrTheNewOne() throws Exception {
        Random random = new Random(7);
        String old = PLAN;
        for (int round = 0; round < 4; round++) {
            boolean paused = round % 2 == 0;
            Process p = start(paused ? Map.of("DEVPLAN_TEST_PAUSE_BEFORE_RENAME", "60000") : Map.of(),
                    "feedback", "add", "a", "--id", "k" + round, "--text", "killed " + round);
            if (paused) {
                waitForTempFile();
            } else {
                Thread.sleep(random.nextInt(600));
            }
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            String now = Files.readString(file);
            List<String> ids = read().feedback().stream().map(Feedback::id).toList();
            if (now.equals(old)) {
                assertThat(ids).doesNotContain("k" + round);
            } else {
                assertThat(ids).endsWith("k" + round);
                assertThat(now).startsWith(old);
            }
            old = now;
            // A killed writer leaves its lock (and maybe its temporary file): the next writer must say so.
            Path lock = root.resolve("plans/a.yaml.lock");
            if (Files.exists(lock)) {
                Process again = start(Map.of(), "feedback", "add", "a", "--text", "after the kill");
                assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(again.exitValue()).isEqualTo(ExitCodes.WRITE_REFUSED);
                Files.delete(lock);
            }
            // What a killed writer left: its temporary copy, in a private folder of its own.
            for (File f : root.resolve("plans").toFile().listFiles((d, n) -> n.endsWith(".tmp"))) {
                for (File inside : f.listFiles() == null ? new File[0] : f.listFiles()) {
                    Files.delete(inside.toPath());
                }
                Files.delete(f.toPath());
            }
        }
    }

    private void waitForTempFile() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            String[] tmp = root.resolve("plans").toFile().list((d, n) -> n.endsWith(".tmp"));
            if (tmp != null && tmp.length > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the writer never wrote its temporary file");
    }
}
