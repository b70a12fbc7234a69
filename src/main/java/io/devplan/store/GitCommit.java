package io.devplan.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Commits one changed plan with git, run as a process (no git library to load or trust). Only
 * that file is committed, whatever else is staged; nothing is pushed.
 */
public final class GitCommit {
    private static final long TIMEOUT_SECONDS = 30;

    private GitCommit() {}

    /** What happened: committed, or why not. */
    public record Result(boolean committed, String message) {}

    public static Result commit(Path file, String message) {
        Path dir = file.toAbsolutePath().getParent();
        Run inside = run(dir, "git", "rev-parse", "--is-inside-work-tree");
        if (inside.status != 0 || !inside.output.strip().equals("true")) {
            return new Result(false, "not in a git work tree; nothing committed");
        }
        String name = file.getFileName().toString();
        Run add = run(dir, "git", "add", "--", name);
        if (add.status != 0) {
            return new Result(false, "git add failed: " + add.output.strip());
        }
        Run commit = run(dir, "git", "commit", "--quiet", "-m", message, "--", name);
        if (commit.status != 0) {
            return new Result(false, "git commit failed: " + commit.output.strip());
        }
        return new Result(true, "committed: " + message);
    }

    private record Run(int status, String output) {}

    private static Run run(Path dir, String... command) {
        List<String> cmd = new ArrayList<>(List.of(command));
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Run(-1, "git did not finish in " + TIMEOUT_SECONDS + " s");
            }
            return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Run(-1, "cannot run git: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Run(-1, "interrupted");
        }
    }
}
