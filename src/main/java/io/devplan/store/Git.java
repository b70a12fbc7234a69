package io.devplan.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs git as a process: devplan reads and writes history through git itself, never through a
 * git library of its own (nothing to load, nothing to trust, and the user's git configuration
 * applies). Output is bytes, as git gives them; stdin, stdout and stderr are served at once, so
 * a large history cannot block on a full pipe (each stream has its own thread).
 */
public final class Git {
    private static final long TIMEOUT_SECONDS = 60;

    private Git() {}

    /**
     * What git did: its exit status ({@code -1} when it could not run or did not finish, with the
     * reason in {@code error}), what it printed on stdout and on stderr.
     */
    public record Run(int status, byte[] out, String error) {
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
        return run(dir, null, args);
    }

    /** Runs {@code git args...} in {@code dir}, feeding it {@code input} (null: nothing). */
    public static Run run(Path dir, byte[] input, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        // Messages in English and no pager or prompt, whatever the user's setup: devplan reads them.
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("GIT_PAGER", "cat");
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        try {
            Process p = pb.start();
            CompletableFuture<byte[]> err = new CompletableFuture<>();
            Thread errors = new Thread(() -> err.complete(readAll(p.getErrorStream())), "git-stderr");
            errors.setDaemon(true);
            errors.start();
            Thread feeder = new Thread(() -> feed(p.getOutputStream(), input), "git-stdin");
            feeder.setDaemon(true);
            feeder.start();
            byte[] out = readAll(p.getInputStream());
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Run(-1, new byte[0], "git did not finish in " + TIMEOUT_SECONDS + " s");
            }
            return new Run(p.exitValue(), out, new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Run(-1, new byte[0], "cannot run git: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Run(-1, new byte[0], "interrupted");
        }
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
