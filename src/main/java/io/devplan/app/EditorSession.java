package io.devplan.app;

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
    private final java.util.function.Function<io.devplan.domain.Said, String> say;

    /**
     * @param editor the editor command as $VISUAL or $EDITOR give it; run through sh, so
     *     {@code code --wait} works as it does for git
     */
    public EditorSession(Repository repo, String editor, PrintWriter err) {
        this(repo, editor, err, io.devplan.domain.Said::english);
    }

    /** @param say how the problems of an edited copy are said to the reader (their language) */
    public EditorSession(Repository repo, String editor, PrintWriter err,
                         java.util.function.Function<io.devplan.domain.Said, String> say) {
        this.repo = repo;
        this.editor = editor;
        this.err = err;
        this.say = say;
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
            throw new WriteRefusedException("cannot make a private copy of " + shown + " to edit: "
                    + (e instanceof IOException io ? IoReason.of(io) : e.getMessage()));
        }
        try {
            Result result = loop(before, shown, copy, ask);
            deleteQuietly(copy);
            deleteQuietly(dir);
            return result;
        } catch (Discard nothingToKeep) {
            deleteQuietly(copy);
            deleteQuietly(dir);
            throw new WriteRefusedException(nothingToKeep.getMessage());
        }
    }

    private Result loop(PlanWriter.Snapshot before, String shown, Path copy, Ask ask) {
        while (true) {
            int status = runEditor(copy);
            byte[] bytes = read(copy, shown);
            boolean changed = !Arrays.equals(bytes, before.bytes());
            if (status != 0) {
                String why = status == 130 ? "the editor was interrupted" : "the editor exited with status " + status;
                if (!changed) {
                    throw new Discard(why + "; " + shown + " is unchanged");
                }
                throw kept(why + "; " + shown + " is unchanged", copy);
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
                    throw kept(refused.getMessage(), copy);
                }
            }
            for (Problem p : problems) {
                err.println("devplan: " + p.format(say));
            }
            err.flush();
            if (!ask.editAgain()) {
                throw kept("not writing " + shown + ": the edited copy is not a valid plan (" + problems.size()
                        + (problems.size() == 1 ? " problem" : " problems") + " above)", copy);
            }
        }
    }

    private static WriteRefusedException kept(String why, Path copy) {
        return new WriteRefusedException(why + "; your edited copy is kept in " + copy);
    }

    /** A refusal after which the copy, identical to the plan, is removed. */
    private static final class Discard extends WriteRefusedException {
        Discard(String message) {
            super(message);
        }
    }

    private static byte[] read(Path copy, String shown) {
        try {
            return Files.readAllBytes(copy);
        } catch (IOException e) {
            throw new WriteRefusedException("cannot read the edited copy " + copy + ": " + IoReason.of(e) + "; "
                    + shown + " is unchanged");
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
            throw new WriteRefusedException("cannot run the editor (" + editor + "): " + IoReason.of(e));
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
