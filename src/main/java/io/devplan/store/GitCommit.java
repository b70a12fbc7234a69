package io.devplan.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Commits one changed plan with git, run as a process (no git library to load or trust). Only
 * that file is committed, whatever else is staged; nothing is pushed. Git gets 30 seconds a
 * command: a hook that hangs is stopped with every process it started.
 */
public final class GitCommit {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Test hook: a shorter limit in seconds, so a test of the limit does not take half a minute. */
    static final String TIMEOUT_PROPERTY = "devplan.test.gitTimeoutSeconds";

    private GitCommit() {}

    /**
     * What happened: committed, or why not.
     *
     * @param inWorkTree whether the file is in a git work tree, so the user can commit it by hand
     */
    public record Result(boolean committed, String message, boolean inWorkTree) {}

    public static Result commit(Path file, String message) {
        long seconds = Long.getLong(TIMEOUT_PROPERTY, TIMEOUT.toSeconds());
        return commit(file, message, Duration.ofSeconds(Math.max(1, seconds)));
    }

    static Result commit(Path file, String message, Duration timeout) {
        Path dir = file.toAbsolutePath().getParent();
        Run inside = run(dir, timeout, "git", "rev-parse", "--is-inside-work-tree");
        if (inside.status != 0 || !inside.output.strip().equals("true")) {
            return new Result(false, inside.timedOut ? inside.output : "it is not in a git work tree", false);
        }
        String name = file.getFileName().toString();
        Run add = run(dir, timeout, "git", "add", "--", name);
        if (add.status != 0) {
            return new Result(false, add.timedOut ? add.output : "git add failed: " + oneLine(add.output), true);
        }
        Run commit = run(dir, timeout, "git", "commit", "--quiet", "-m", message, "--", name);
        if (commit.status != 0) {
            return new Result(false, commit.timedOut ? commit.output + leftLock(dir, timeout)
                    : "git commit failed: " + oneLine(commit.output), true);
        }
        return new Result(true, "committed: " + message, true);
    }

    /** Git's and its hooks' output as part of a one-line message, without control characters. */
    private static String oneLine(String output) {
        return Sanitize.controlChars(output.strip().replaceAll("\\s*\\R\\s*", "; "));
    }

    private record Run(int status, String output, boolean timedOut) {}

    private static Run run(Path dir, Duration timeout, String... command) {
        List<String> cmd = new ArrayList<>(List.of(command));
        Process p;
        try {
            p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        } catch (IOException e) {
            return new Run(-1, "cannot run git: " + IoReason.of(e), false);
        }
        // Read on another thread: a hook that keeps git's output open must not hold up the time limit.
        Output out = new Output(p.getInputStream());
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stopTree(p.toHandle());
                return new Run(-1, "'" + String.join(" ", command.length > 1 ? List.of(command[0], command[1]) : cmd)
                        + "' did not finish within " + timeout.toSeconds() + " s (a hook that waits?); devplan "
                        + "stopped it and every process it started", true);
            }
            return new Run(p.exitValue(), out.text(), false);
        } catch (InterruptedException e) {
            stopTree(p.toHandle());
            Thread.currentThread().interrupt();
            return new Run(-1, "interrupted", true);
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

    /** A killed git leaves its index lock: the user must know, or the next git command fails. */
    private static String leftLock(Path dir, Duration timeout) {
        Run gitDir = run(dir, timeout, "git", "rev-parse", "--absolute-git-dir");
        if (gitDir.status != 0) {
            return "";
        }
        Path lock = Path.of(gitDir.output.strip()).resolve("index.lock");
        return Files.exists(lock) ? "; git left its lock " + lock + ": remove it when no git command is running ("
                + "rm " + lock + ")" : "";
    }

    /** A process's whole output, read as it comes. */
    private static final class Output {
        private final Thread thread;
        private volatile byte[] bytes = new byte[0];

        Output(InputStream in) {
            thread = new Thread(() -> {
                try (in) {
                    bytes = in.readAllBytes();
                } catch (IOException e) {
                    // the process was stopped: what was read so far is lost, which is fine for messages
                }
            }, "git-output");
            thread.setDaemon(true);
            thread.start();
        }

        String text() throws InterruptedException {
            thread.join(5_000);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
