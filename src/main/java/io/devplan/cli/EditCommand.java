package io.devplan.cli;

import io.devplan.domain.Said;

import io.devplan.app.EditorSession;
import io.devplan.domain.EmployeeId;
import io.devplan.store.Repository;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "edit", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Edit a plan in your editor, validated before it is saved.",
        description = "Opens a copy of the plan in $VISUAL or $EDITOR (else vi), like crontab -e, in a private "
                + "folder outside the repository. On save the copy is validated: when it reads cleanly it replaces "
                + "the plan (atomically, under the plan's lock, and only if nobody changed the plan meanwhile); "
                + "otherwise each problem is shown as COPY:LINE:COLUMN and, on a terminal, you are asked to edit "
                + "again. Ctrl-C while the editor is open belongs to the editor. A copy that cannot be applied "
                + "(problems, an editor that failed or was interrupted) is kept and named; the plan is untouched.",
        footerHeading = "%nExamples:%n",
        footer = {"  devplan edit alice-andersen", "  EDITOR=nano devplan edit alice-andersen"})
final class EditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "Employee id.")
    EmployeeId id;

    @Override
    public Integer call() {
        Repository repo = Session.of(spec).repository();
        Path file = PlanLookup.fileForWriting(repo, id);
        PrintWriter err = spec.commandLine().getErr();
        var result = new EditorSession(repo, editor(), err, Session.of(spec).words(repo)::text).edit(file, () -> Terminals.interactive() && askAgain());
        String shown = repo.shown(file);
        spec.commandLine().getOut().println(Session.of(spec).words(repo).text(Said.of(
                result == EditorSession.Result.SAVED ? CliText.SAVED : CliText.NO_CHANGES, "file", shown)));
        return ExitCodes.OK;
    }

    private static boolean askAgain() {
        String answer = System.console().readLine("Edit again? [Y/n] ");
        return answer != null && !answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("n");
    }

    /** $VISUAL, else $EDITOR, else vi: what git and crontab use. */
    private static String editor() {
        for (String name : new String[] {"VISUAL", "EDITOR"}) {
            String editor = System.getenv(name);
            if (editor != null && !editor.isBlank()) {
                return editor;
            }
        }
        return "vi";
    }
}
