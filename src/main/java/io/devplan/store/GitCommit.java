package io.devplan.store;

import io.devplan.domain.Said;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Commits one changed plan with git ({@link Git}). Only that file is committed, whatever else is
 * staged; nothing is pushed. Git gets 30 seconds a command: a hook that hangs is stopped with
 * every process it started.
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
    public record Result(boolean committed, Said said, boolean inWorkTree) {
        /** What happened, in English. */
        public String message() {
            return said.english();
        }
    }

    public static Result commit(Path file, String message) {
        long seconds = Long.getLong(TIMEOUT_PROPERTY, TIMEOUT.toSeconds());
        return commit(file, message, Duration.ofSeconds(Math.max(1, seconds)));
    }

    static Result commit(Path file, String message, Duration timeout) {
        Path dir = file.toAbsolutePath().getParent();
        Git.Run inside = Git.run(dir, null, timeout, "rev-parse", "--is-inside-work-tree");
        if (inside.status() != 0 || !inside.text().strip().equals("true")) {
            return new Result(false, inside.timedOut() ? io.devplan.domain.Untranslated.said(inside.error())
                    : Said.of(WriteText.NOT_IN_WORK_TREE), false);
        }
        String name = file.getFileName().toString();
        Git.Run add = Git.run(dir, null, timeout, "add", "--", name);
        if (add.status() != 0) {
            return new Result(false, add.timedOut() ? io.devplan.domain.Untranslated.said(add.error())
                    : Said.of(WriteText.GIT_ADD_FAILED, "output", said(add)), true);
        }
        Git.Run commit = Git.run(dir, null, timeout, "commit", "--quiet", "-m", message, "--", name);
        if (commit.status() != 0) {
            return new Result(false, commit.timedOut() ? io.devplan.domain.Untranslated.said(commit.error()
                    + leftLock(dir, timeout)) : Said.of(WriteText.GIT_COMMIT_FAILED, "output", said(commit)), true);
        }
        return new Result(true, Said.of(WriteText.COMMITTED, "message", message), true);
    }

    /** Git's and its hooks' output, as one line of a message. */
    private static String said(Git.Run run) {
        return (run.error() + run.text()).strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    /** A killed git leaves its index lock: the user must know, or the next git command fails. */
    private static String leftLock(Path dir, Duration timeout) {
        Git.Run gitDir = Git.run(dir, null, timeout, "rev-parse", "--absolute-git-dir");
        if (gitDir.status() != 0) {
            return "";
        }
        Path lock = Path.of(gitDir.text().strip()).resolve("index.lock");
        return Files.exists(lock) ? "; git left its lock " + lock + ": remove it when no git command is running ("
                + "rm " + lock + ")" : "";
    }
}
