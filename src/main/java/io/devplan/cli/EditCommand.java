package io.devplan.cli;

import io.devplan.domain.EmployeeId;
import io.devplan.store.PlanWriter;
import io.devplan.store.Repository;
import io.devplan.store.WriteRefusedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "edit", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Edit a plan in your editor, validated before it is saved.",
        description = "Opens a copy of the plan in $VISUAL or $EDITOR (else vi), like crontab -e. On save the copy "
                + "is validated: when it reads cleanly it replaces the plan (atomically, under the plan's lock, "
                + "and only if nobody changed the plan meanwhile); otherwise the problems are shown and, on a "
                + "terminal, you are asked to edit again. Quitting without saving, or an editor that fails, "
                + "leaves the plan untouched.",
        footerHeading = "%nExamples:%n",
        footer = {"  devplan edit alice-andersen", "  EDITOR=nano devplan edit alice-andersen"})
final class EditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "Employee id.")
    EmployeeId id;

    @Override
    public Integer call() throws IOException {
        Session session = Session.of(spec);
        Repository repo = session.repository();
        PlanWriter.Snapshot before = PlanWriter.read(repo, PlanLookup.fileForWriting(repo, id));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // A private copy outside the repository: plans hold personal data, and git must not see it.
        Path copy = Files.createTempFile("devplan-" + id + "-", ".yaml",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        boolean keepCopy = false;
        try {
            Files.write(copy, before.bytes());
            while (true) {
                int status = runEditor(copy);
                if (status != 0) {
                    throw new WriteRefusedException("the editor exited with status " + status + "; "
                            + repo.shown(before.file()) + " is unchanged");
                }
                String text = new String(Files.readAllBytes(copy), StandardCharsets.UTF_8);
                if (text.equals(before.text())) {
                    out.println("No changes; " + repo.shown(before.file()) + " is unchanged");
                    return ExitCodes.OK;
                }
                try {
                    PlanWriter.check(repo, before, text, p -> null);
                    PlanWriter.standard().write(repo, before, text);
                    out.println("Saved " + repo.shown(before.file()));
                    return ExitCodes.OK;
                } catch (WriteRefusedException invalid) {
                    err.println("devplan: " + invalid.getMessage());
                    err.flush();
                    if (!invalid.getMessage().startsWith("not writing") || !Terminals.interactive()
                            || !askAgain()) {
                        keepCopy = true;
                        err.println("devplan: your edited copy is kept in " + copy);
                        return ExitCodes.WRITE_REFUSED;
                    }
                }
            }
        } finally {
            if (!keepCopy) {
                Files.deleteIfExists(copy);
            }
        }
    }

    private static boolean askAgain() {
        String answer = System.console().readLine("Edit again? [Y/n] ");
        return answer != null && !answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("n");
    }

    /** Runs the editor through the shell, so EDITOR='code --wait' works as it does for git. */
    private static int runEditor(Path file) throws IOException {
        String editor = System.getenv("VISUAL");
        if (editor == null || editor.isBlank()) {
            editor = System.getenv("EDITOR");
        }
        if (editor == null || editor.isBlank()) {
            editor = "vi";
        }
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", editor + " \"$1\"", "sh", file.toString()).inheritIO();
        try {
            return pb.start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

}
