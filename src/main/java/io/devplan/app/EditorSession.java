package io.devplan.app;

import io.devplan.domain.Said;

import io.devplan.store.IoReason;
import io.devplan.store.PlanWriter;
import io.devplan.store.Problem;
import io.devplan.store.Repository;
import io.devplan.store.WriteRefusedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The round trip of {@code devplan edit}, as {@code crontab -e} makes it: a private copy of the
 * plan, the user's editor on it, the copy read back and checked, and the plan replaced only by a
 * copy that reads as a valid plan. What the user typed is never lost: a copy that cannot be
 * applied (problems, an editor that failed or was interrupted, a plan changed meanwhile) is kept
 * and named, and every problem points into it as {@code FILE:LINE:COLUMN}.
 */
public final class EditorSession {
    /** Whether to open the editor again after problems; false when there is nobody to ask. */
    @FunctionalInterface
    public interface Ask {
        boolean editAgain();
    }

    /** How a session ended when nothing was refused. */
    public enum Result { SAVED, UNCHANGED }

    private final Repository repo;
    private final String editor;
    private final PrintWriter err;
    private final java.util.function.Function<Said, String> words;

    /**
     * @param editor the editor command as $VISUAL or $EDITOR give it; run through sh, so
     *     {@code code --wait} works as it does for git
     */
    public EditorSession(Repository repo, String editor, PrintWriter err) {
        this(repo, editor, err, Said::english);
    }

    /** @param words says a problem of an edited copy, printed on {@code err}, in the reader's language */
    public EditorSession(Repository repo, String editor, PrintWriter err,
                         java.util.function.Function<Said, String> words) {
        this.repo = repo;
        this.editor = editor;
        this.err = err;
        this.words = words;
    }

    /**
     * Edits the plan {@code file}.
     *
     * @throws WriteRefusedException (naming the kept copy where there is one) when the plan was not replaced
     */
    public Result edit(Path file, Ask ask) {
        PlanWriter.Snapshot before = PlanWriter.read(repo, file);
        String shown = repo.shown(before.file());
        Path dir;
        Path copy;
        try {
            // A private folder outside the repository: git must not see the copy, and no other
            // user may read it or learn whose plan is being edited.
            dir = Files.createTempDirectory("devplan-edit-", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
            copy = dir.resolve(before.file().getFileName());
            try (var out = Files.newByteChannel(copy, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
                java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(before.bytes());
                while (buf.hasRemaining()) {
                    out.write(buf);
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new WriteRefusedException(Said.of(ServiceText.PRIVATE_COPY_FAILED, "file", shown,
                    "reason", e instanceof IOException io ? IoReason.of(io) : String.valueOf(e.getMessage())));
        }
        try {
            Result result = loop(before, shown, copy, ask);
            deleteQuietly(copy);
            deleteQuietly(dir);
            return result;
        } catch (Discard nothingToKeep) {
            deleteQuietly(copy);
            deleteQuietly(dir);
            throw new WriteRefusedException(nothingToKeep.said());
        }
    }

    private Result loop(PlanWriter.Snapshot before, String shown, Path copy, Ask ask) {
        while (true) {
            int status = runEditor(copy);
            byte[] bytes = read(copy, shown);
            boolean changed = !Arrays.equals(bytes, before.bytes());
            if (status != 0) {
                if (!changed) {
                    throw new Discard(status == 130 ? Said.of(ServiceText.EDITOR_INTERRUPTED, "file", shown)
                            : Said.of(ServiceText.EDITOR_STATUS, "status", status, "file", shown));
                }
                throw new WriteRefusedException(status == 130
                        ? Said.of(ServiceText.EDITOR_INTERRUPTED_KEPT, "file", shown, "copy", copy)
                        : Said.of(ServiceText.EDITOR_STATUS_KEPT, "status", status, "file", shown, "copy", copy));
            }
            if (!changed) {
                return Result.UNCHANGED;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            List<Problem> problems = PlanWriter.problems(repo, before.file(), text, copy.toString());
            if (problems.isEmpty()) {
                try {
                    PlanWriter.check(repo, before, text, p -> null);
                    PlanWriter.standard().write(repo, before, text);
                    return Result.SAVED;
                } catch (WriteRefusedException refused) {
                    throw new WriteRefusedException(Said.of(ServiceText.REFUSED_KEPT, "refusal", refused.said(),
                            "copy", copy));
                }
            }
            for (Problem p : problems) {
                err.println("devplan: " + p.format(words));
            }
            err.flush();
            if (!ask.editAgain()) {
                throw new WriteRefusedException(Said.count(ServiceText.INVALID_COPY_KEPT, problems.size(),
                        "file", shown, "copy", copy));
            }
        }
    }

    /** A refusal after which the copy, identical to the plan, is removed. */
    private static final class Discard extends WriteRefusedException {
        Discard(Said said) {
            super(said);
        }
    }

    private static byte[] read(Path copy, String shown) {
        try {
            return Files.readAllBytes(copy);
        } catch (IOException e) {
            throw new WriteRefusedException(Said.of(ServiceText.CANNOT_READ_COPY, "copy", copy, "reason", IoReason.of(e),
                    "file", shown));
        }
    }

    /**
     * Runs the editor through sh, as git does; sh keeps waiting when Ctrl-C reaches it too (a
     * trap, unlike an ignored signal, is not inherited by the editor), and devplan ignores it.
     */
    private int runEditor(Path file) {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "trap : INT QUIT; " + editor + " \"$1\"", "sh",
                file.toString()).inheritIO();
        try (Interrupts ignored = Interrupts.ignored()) {
            return pb.start().waitFor();
        } catch (IOException e) {
            throw new WriteRefusedException(Said.of(ServiceText.CANNOT_RUN_EDITOR, "editor", editor, "reason",
                    IoReason.of(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A copy left in the private temporary folder: the system's tmp cleaning removes it.
        }
    }
}
