package io.devplan.cli;

import io.devplan.domain.Plan;
import io.devplan.domain.Said;
import io.devplan.render.UnifiedDiff;
import io.devplan.store.GitCommit;
import io.devplan.store.PlanWriter;
import io.devplan.store.Repository;
import io.devplan.store.WriteRefusedException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The one way commands change a plan: read it, make the edit, check that the result reads as a
 * valid plan that means what was intended, then print the diff (--dry-run) or write it under
 * the plan's lock, and commit it when asked.
 */
final class PlanChange {
    /**
     * An edit's result.
     *
     * @param text the new text of the plan
     * @param intent what the new plan must show (null when it does, else what is wrong)
     * @param done what was done, for the user ("Recorded check-in 2026-11-22")
     * @param commitMessage the git commit message
     * @param remark a line printed after {@code done} when the change is written, or null
     */
    record Result(String text, Function<Plan, String> intent, Said done, String commitMessage, String remark) {
        Result(String text, Function<Plan, String> intent, Said done, String commitMessage) {
            this(text, intent, done, commitMessage, null);
        }
    }

    private PlanChange() {}

    /** An edit of one plan; it gets the open repository and today's date so it never reopens them. */
    @FunctionalInterface
    interface Edit {
        Result apply(Repository repo, LocalDate today, PlanWriter.Snapshot before);
    }

    static int apply(CommandSpec spec, io.devplan.domain.EmployeeId id, WriteOptions options, Edit edit) {
        Session session = Session.of(spec);
        Repository repo = session.repository();
        PlanWriter.Snapshot before = PlanWriter.read(repo, PlanLookup.fileForWriting(repo, id));
        Result result;
        try {
            result = edit.apply(repo, session.asOf(null, repo), before);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // The editor could not place the change in this file's layout (a multi-line item in a
            // one-line list, say): a write refused with its reason, not an internal error.
            throw new WriteRefusedException(Said.of(CliText.CANNOT_CHANGE, "file", repo.shown(before.file()),
                    "reason", e instanceof io.devplan.store.UnplaceableEdit u ? u.said() : String.valueOf(e.getMessage())));
        }
        PlanWriter.check(repo, before, result.text(), result.intent());
        PrintWriter out = spec.commandLine().getOut();
        if (options.dryRun) {
            String name = repo.relative(before.file());
            out.print(UnifiedDiff.of(before.text(), result.text(), "a/" + name, "b/" + name));
            out.flush();
            return ExitCodes.OK;
        }
        PlanWriter.standard().write(repo, before, result.text());
        io.devplan.render.Words words = session.words(repo);
        out.println(words.text(Said.of(CliText.DONE_IN_FILE, "done", result.done(), "file", repo.shown(before.file()))));
        if (result.remark() != null) {
            out.println(result.remark());
        }
        if (options.commit || repo.config().gitCommit()) {
            GitCommit.Result git = GitCommit.commit(before.target(), result.commitMessage());
            if (!git.committed()) {
                // The plan is written and stays so; what failed is the commit, a write of its own.
                String shown = repo.shown(before.file());
                spec.commandLine().getErr().println("devplan: " + words.text(Said.of(git.inWorkTree()
                        ? CliText.WRITTEN_NOT_COMMITTED_IN_TREE : CliText.WRITTEN_NOT_COMMITTED, "file", shown,
                        "reason", git.said())));
                return ExitCodes.WRITE_REFUSED;
            }
            out.println(words.text(git.said()));
        }
        return ExitCodes.OK;
    }
}
