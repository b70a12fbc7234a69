package io.devplan.store;

import java.nio.file.Path;

/**
 * Commits one changed plan with git, run as a process (no git library to load or trust). Only
 * that file is committed, whatever else is staged; nothing is pushed.
 */
public final class GitCommit {
    private GitCommit() {}

    /** What happened: committed, or why not. */
    public record Result(boolean committed, String message) {}

    public static Result commit(Path file, String message) {
        Path dir = file.toAbsolutePath().getParent();
        Git.Run inside = Git.run(dir, "rev-parse", "--is-inside-work-tree");
        if (inside.status() != 0 || !inside.text().strip().equals("true")) {
            return new Result(false, "not in a git work tree; nothing committed");
        }
        String name = file.getFileName().toString();
        Git.Run add = Git.run(dir, "add", "--", name);
        if (add.status() != 0) {
            return new Result(false, "git add failed: " + said(add));
        }
        Git.Run commit = Git.run(dir, "commit", "--quiet", "-m", message, "--", name);
        if (commit.status() != 0) {
            return new Result(false, "git commit failed: " + said(commit));
        }
        return new Result(true, "committed: " + message);
    }

    private static String said(Git.Run run) {
        return (run.error() + run.text()).strip();
    }
}
