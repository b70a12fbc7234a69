package io.devplan.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs git as a process: devplan reads and writes history through git itself, never through a
 * git library of its own (nothing to load, nothing to trust, and the user's git configuration
 * applies). Output is bytes, as git gives them; stdin, stdout and stderr each have their own
 * thread, so neither a large history (a full pipe) nor a hook that keeps git's output open can
 * hold up the time limit, after which git is stopped with every process it started.
 */
public final class Git {
    /** Reading history: a large repository may take a while, but not forever. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private Git() {}

    /**
     * What git did: its exit status ({@code -1} when it could not run or did not finish, with the
     * reason in {@code error}), what it printed on stdout and on stderr.
     *
     * @param timedOut whether git was stopped at the time limit
     */
    public record Run(int status, byte[] out, String error, boolean timedOut) {
        public String text() {
            return new String(out, StandardCharsets.UTF_8);
        }

        public boolean ok() {
            return status == 0;
        }

        /** The first line git wrote on stderr: its reason, for a message. */
        public String reason() {
            String s = error.strip();
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl);
        }
    }

    public static Run run(Path dir, String... args) {
        return run(dir, null, DEFAULT_TIMEOUT, args);
    }

    public static Run run(Path dir, byte[] input, String... args) {
        return run(dir, input, DEFAULT_TIMEOUT, args);
    }

    /** Runs {@code git args...} in {@code dir}, feeding it {@code input} (null: nothing), for at most {@code timeout}. */
    public static Run run(Path dir, byte[] input, Duration timeout, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        // Messages in English and no pager or prompt, whatever the user's setup: devplan reads them.
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("GIT_PAGER", "cat");
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return new Run(-1, new byte[0], "cannot run git: " + IoReason.of(e), false);
        }
        CompletableFuture<byte[]> out = drain(p.getInputStream(), "git-stdout");
        CompletableFuture<byte[]> err = drain(p.getErrorStream(), "git-stderr");
        Thread feeder = new Thread(() -> feed(p.getOutputStream(), input), "git-stdin");
        feeder.setDaemon(true);
        feeder.start();
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stopTree(p.toHandle());
                return new Run(-1, new byte[0], "'git " + args[0] + "' did not finish within " + timeout.toSeconds()
                        + " s (a hook that waits?); devplan stopped it and every process it started", true);
            }
            return new Run(p.exitValue(), out.get(5, TimeUnit.SECONDS),
                    new String(err.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8), false);
        } catch (InterruptedException e) {
            stopTree(p.toHandle());
            Thread.currentThread().interrupt();
            return new Run(-1, new byte[0], "interrupted", true);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // git ended but a child it started still holds its output open: what git said is enough.
            return new Run(p.exitValue(), out.getNow(new byte[0]), new String(err.getNow(new byte[0]),
                    StandardCharsets.UTF_8), false);
        }
    }

    /**
     * Kills {@code root} and everything below it. Children first, in passes, so none is left to
     * start more; a process whose parent died is no longer among the descendants, so they are
     * collected before anything is killed.
     */
    static void stopTree(ProcessHandle root) {
        for (int pass = 0; pass < 3; pass++) {
            List<ProcessHandle> below = root.descendants().toList();
            if (below.isEmpty()) {
                break;
            }
            below.forEach(ProcessHandle::destroyForcibly);
        }
        root.destroyForcibly();
        try {
            root.onExit().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Killed with SIGKILL: it goes; waiting only keeps git's index lock question honest.
        }
    }

    private static CompletableFuture<byte[]> drain(InputStream in, String name) {
        CompletableFuture<byte[]> bytes = new CompletableFuture<>();
        Thread t = new Thread(() -> bytes.complete(readAll(in)), name);
        t.setDaemon(true);
        t.start();
        return bytes;
    }

    private static void feed(OutputStream in, byte[] input) {
        try (in) {
            if (input != null) {
                in.write(input);
            }
        } catch (IOException e) {
            // git stopped reading (it failed): its status and stderr say why.
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0]; // the stream broke: git's status says whether it worked
        }
    }
}
