package io.devplan.store;

import io.devplan.domain.Plan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan file's history, as git keeps it: each commit that changed the file (following renames,
 * leaving out merge commits, whose changes their branches' commits already show), newest first,
 * with the plan as it was after the commit and before it. git does the work: {@code git log}
 * finds the commits and {@code git cat-file --batch} gives every version in one process.
 */
public final class PlanHistory {
    /** NUL bytes: the one character a commit message or an author name cannot hold, so neither can fake a field. */
    private static final String RECORD = "%x00%x00";
    private static final String FIELD = "%x00";

    private PlanHistory() {}

    /**
     * One commit of the file.
     *
     * @param date the author's date (as the author's clock had it)
     * @param file the file at that commit, relative to the plan repository's root
     * @param after the plan after the commit (null when it was removed or does not read)
     * @param before the plan before it (null when the commit created it or it does not read)
     * @param unreadable what kept the version after the commit from reading as a plan, or null
     * @param created whether the commit created the file (there is no version before it)
     */
    public record Version(String commit, String shortCommit, String author, String email, LocalDate date,
                          String subject, String file, Plan after, Plan before, String unreadable, boolean created) {}

    /**
     * The commits of {@code file} since {@code since} (null: all), newest first.
     *
     * @throws InputException when the file is not in a git work tree or git fails
     */
    public static List<Version> of(Repository repo, Path file, LocalDate since) {
        Path dir = file.toAbsolutePath().getParent();
        Git.Run top = Git.run(dir, "rev-parse", "--show-toplevel");
        if (!top.ok()) {
            throw new InputException(repo.shown(file) + " is not in a git work tree; devplan log reads the plan's "
                    + "history from git (" + top.reason() + ")");
        }
        Path root = Path.of(top.text().strip());
        List<String> args = new ArrayList<>(List.of("-c", "core.quotePath=false", "log", "--follow", "--no-merges",
                "-M", "--name-status", "--date=short", "--format=" + RECORD + "%H" + FIELD + "%h" + FIELD + "%an" + FIELD
                        + "%ae" + FIELD + "%ad" + FIELD + "%s"));
        if (since != null) {
            args.add("--since=" + since + " 00:00");
        }
        args.addAll(List.of("--", file.getFileName().toString()));
        Git.Run log = Git.run(dir, args.toArray(String[]::new));
        if (!log.ok()) {
            throw new InputException(ReadingText.GIT_LOG_FAILED.with("file", repo.shown(file), "reason", log.reason()));
        }
        List<Entry> entries = parse(log.text());
        List<String> blobs = blobs(root, entries);
        List<Version> out = new ArrayList<>();
        int b = 0;
        String id = stem(file);
        for (Entry e : entries) {
            String afterText = e.newPath == null ? null : blobs.get(b++);
            String beforeText = e.oldPath == null ? null : blobs.get(b++);
            String shown = e.newPath != null ? e.newPath : e.oldPath;
            String relative = repo.relative(root.resolve(shown));
            List<Problem> problems = new ArrayList<>();
            Plan after = afterText == null ? null
                    : PlanReader.read(relative, relative, id, afterText, problems).value();
            Plan before = beforeText == null ? null
                    : PlanReader.read(relative, relative, id, beforeText, new ArrayList<>()).value();
            String unreadable = afterText != null && after == null && !problems.isEmpty()
                    ? problems.get(0).line() + ": " + problems.get(0).message() : null;
            out.add(new Version(e.commit, e.shortCommit, e.author, e.email, e.date, e.subject, relative, after, before,
                    unreadable, beforeText == null));
        }
        return out;
    }

    /**
     * The plan as the last commit before {@code date} left it; null when the file is not in git,
     * had no commit before the date, or did not read then.
     */
    public static Plan before(Repository repo, Path file, LocalDate date) {
        if (!GitSetup.inWorkTree(file.toAbsolutePath().getParent())) {
            return null;
        }
        try {
            for (Version v : of(repo, file, null)) {
                if (v.date().isBefore(date)) {
                    return v.after();
                }
            }
        } catch (InputException e) {
            return null; // not in a git work tree after all: there is no history to compare with
        }
        return null;
    }

    /** A commit as git log printed it: who, when, and the file's path after and before it (null: none). */
    private record Entry(String commit, String shortCommit, String author, String email, LocalDate date,
                         String subject, String newPath, String oldPath) {}

    private static List<Entry> parse(String text) {
        List<Entry> out = new ArrayList<>();
        for (String record : text.split("\0\0")) {
            if (record.isBlank()) {
                continue;
            }
            String[] lines = record.split("\n");
            String[] f = lines[0].split("\0", -1);
            if (f.length < 6) {
                continue;
            }
            String newPath = null;
            String oldPath = null;
            for (int i = lines.length - 1; i > 0; i--) {
                String[] status = lines[i].split("\t");
                if (status.length < 2) {
                    continue;
                }
                char kind = status[0].charAt(0);
                if (kind == 'R' || kind == 'C') {
                    oldPath = status[1];
                    newPath = status.length > 2 ? status[2] : status[1];
                } else if (kind == 'A') {
                    newPath = status[1];
                } else if (kind == 'D') {
                    oldPath = status[1];
                } else {
                    newPath = status[1];
                    oldPath = status[1];
                }
                break;
            }
            if (newPath == null && oldPath == null) {
                continue;
            }
            out.add(new Entry(f[0], f[1], f[2], f[3], LocalDate.parse(f[4]), f[5], newPath, oldPath));
        }
        return out;
    }

    /** Every version the entries need, in order (after, then before), from one {@code git cat-file --batch}. */
    private static List<String> blobs(Path root, List<Entry> entries) {
        StringBuilder requests = new StringBuilder();
        int count = 0;
        for (Entry e : entries) {
            if (e.newPath != null) {
                requests.append(e.commit).append(':').append(e.newPath).append('\n');
                count++;
            }
            if (e.oldPath != null) {
                requests.append(e.commit).append("^:").append(e.oldPath).append('\n');
                count++;
            }
        }
        List<String> out = new ArrayList<>();
        if (count == 0) {
            return out;
        }
        Git.Run run = Git.run(root, requests.toString().getBytes(StandardCharsets.UTF_8), "cat-file", "--batch");
        if (!run.ok()) {
            throw new InputException(ReadingText.GIT_CAT_FILE_FAILED.with("reason", run.reason()));
        }
        byte[] bytes = run.out();
        int at = 0;
        for (int i = 0; i < count; i++) {
            int eol = indexOf(bytes, (byte) '\n', at);
            String header = new String(bytes, at, eol - at, StandardCharsets.UTF_8);
            at = eol + 1;
            String[] parts = header.split(" ");
            if (parts.length == 3 && parts[1].equals("blob")) {
                int size = Integer.parseInt(parts[2]);
                out.add(new String(bytes, at, size, StandardCharsets.UTF_8));
                at += size + 1;
            } else {
                out.add(null); // missing: the path did not exist there
            }
        }
        return out;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return bytes.length;
    }

    private static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }
}
