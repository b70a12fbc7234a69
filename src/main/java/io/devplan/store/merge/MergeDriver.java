package io.devplan.store.merge;

import io.devplan.domain.Said;
import io.devplan.store.WriteText;

import io.devplan.store.AtomicFiles;
import io.devplan.store.Git;
import io.devplan.store.Problem;
import io.devplan.store.YNode;
import io.devplan.store.YamlTree;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * git's merge driver for plan files: merges BASE, OURS and THEIRS and leaves the result in OURS,
 * as gitattributes(5) asks of a driver. The plan is merged as data ({@link PlanMerge}); when it
 * cannot be (a side that does not parse, a layout the merge does not handle, a result that would
 * not be valid), git's own line merge ({@code git merge-file}) is used, with a message saying
 * why. When the line merge is clean and means the same as the data merge, its text is kept:
 * it has every comment of both sides, also those the data merge has no place for.
 */
public final class MergeDriver {
    /** A plan is a few KiB; the reader refuses files above this, and so does the merge. */
    private static final long MAX_BYTES = 1 << 20;

    private MergeDriver() {}

    /**
     * What happened: how many conflicts are left in OURS, and what to tell the person (one line
     * each, without the {@code devplan:} prefix).
     *
     * @param status 0 merged cleanly, 1 conflicts left, 3 nothing could be merged (OURS unchanged)
     */
    public record Outcome(int status, List<Said> messages) {}

    /** @param path the file's path in the repository ({@code %P}), for messages; null when not known */
    public static Outcome run(Path base, Path ours, Path theirs, String path, PlanMerge.Labels labels) {
        String shown = path != null ? path : ours.toString();
        List<Said> messages = new ArrayList<>();
        String b;
        String o;
        String t;
        try {
            b = read(base);
            o = read(ours);
            t = read(theirs);
        } catch (IOException e) {
            messages.add(Said.of(WriteText.MERGE_UNREADABLE, "file", shown, "reason", String.valueOf(e.getMessage())));
            return lineMerge(base, ours, theirs, labels, shown, messages);
        }
        try {
            PlanMerge.Result r = PlanMerge.merge(b, o, t, labels, path);
            String text = r.conflicts().isEmpty() ? preferLineMerge(base, ours, theirs, labels, r.text()) : r.text();
            AtomicFiles.replaceScratch(ours, text);
            for (PlanMerge.Conflict c : r.conflicts()) {
                messages.add(Said.of(WriteText.MERGE_CONFLICT, "file", shown, "line", c.line(), "path", c.path(),
                        "ours", c.ours(), "oursLabel", labels.ours(), "theirs", c.theirs(), "theirsLabel", labels.theirs()));
            }
            return new Outcome(r.conflicts().isEmpty() ? 0 : 1, messages);
        } catch (PlanMerge.Failure e) {
            messages.add(Said.of(WriteText.MERGE_UNREADABLE, "file", shown, "reason", String.valueOf(e.getMessage())));
        } catch (IOException e) {
            messages.add(Said.of(WriteText.MERGE_CANNOT_WRITE, "file", shown, "reason", String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            messages.add(Said.of(WriteText.MERGE_BUG, "file", shown, "error", String.valueOf(e)));
        }
        return lineMerge(base, ours, theirs, labels, shown, messages);
    }

    /** git's line merge into OURS, as git would have made it without the driver. */
    private static Outcome lineMerge(Path base, Path ours, Path theirs, PlanMerge.Labels labels, String shown,
                                     List<Said> messages) {
        // In place, as git does it, so the bytes are git's whatever their encoding.
        Git.Run run = mergeFile(base, ours, theirs, labels, false);
        if (run.status() < 0 || run.status() > 127) {
            messages.add(Said.of(WriteText.MERGE_LINE_FAILED, "file", shown, "reason", run.reason(), "label",
                    labels.ours()));
            return new Outcome(3, messages);
        }
        return new Outcome(run.status() == 0 ? 0 : 1, messages);
    }

    /** git's clean line merge when it means the same as {@code dataMerge}; else the data merge. */
    private static String preferLineMerge(Path base, Path ours, Path theirs, PlanMerge.Labels labels, String dataMerge) {
        Git.Run run = mergeFile(base, ours, theirs, labels, true);
        if (run.status() != 0) {
            return dataMerge;
        }
        String lines = run.text();
        return Objects.equals(data(lines), data(dataMerge)) && data(lines) != null ? lines : dataMerge;
    }

    private static Object data(String text) {
        List<Problem> problems = new ArrayList<>();
        YNode root = YamlTree.parse("plan", text, problems);
        return root == null || !problems.isEmpty() ? null : new Source(text, null).data(root);
    }

    /**
     * {@code git merge-file}: the number of conflicts as the status; the merged text on stdout
     * ({@code toStdout}) or in OURS.
     */
    private static Git.Run mergeFile(Path base, Path ours, Path theirs, PlanMerge.Labels labels, boolean toStdout) {
        List<String> args = new ArrayList<>(List.of("merge-file"));
        if (toStdout) {
            args.add("-p");
        }
        args.addAll(List.of("--marker-size=" + labels.markerSize(), "-L", labels.ours(), "-L", "base",
                "-L", labels.theirs(), ours.toAbsolutePath().toString(), base.toAbsolutePath().toString(),
                theirs.toAbsolutePath().toString()));
        return Git.run(ours.toAbsolutePath().getParent(), args.toArray(String[]::new));
    }

    private static String read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file.getFileName() + " is larger than " + MAX_BYTES / 1024 + " KiB");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text");
        }
    }
}
