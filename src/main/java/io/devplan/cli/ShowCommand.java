package io.devplan.cli;

import io.devplan.domain.DueState;
import io.devplan.domain.PlanView;
import io.devplan.render.PlanDocument;
import io.devplan.domain.EmployeeId;
import io.devplan.render.PlanJson;
import io.devplan.store.Repository;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Show one plan: goals with progress, open and overdue items, check-ins, support.",
        description = "Prints the plan of employee ID as of today (or --as-of): each goal with its progress bar, "
                + "status and due date, its milestones and actions (done, open, overdue), the last and next "
                + "check-in, the support allocated and the achievements.",
        footerHeading = "%nExamples:%n",
        footer = {"  devplan show alice-andersen", "  devplan show alice-andersen --as-of 2026-06-30",
            "  devplan show alice-andersen --format json | jq '.goals[] | {id, progress}'"})
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AsOfOption asOf;

    @Parameters(index = "0", paramLabel = "ID", description = "Employee id.")
    EmployeeId id;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    enum Format { text, json }

    @Override
    public Integer call() {
        Session session = Session.of(spec);
        Repository repo = session.repository();
        PlanLookup.Found found = PlanLookup.read(repo, id, spec.commandLine().getErr(), session.words(repo));
        PlanView view = PlanView.of(found.plan(), repo.config(), session.asOf(asOf.asOf, repo),
                DueState.DEFAULT_SOON_DAYS);
        var out = spec.commandLine().getOut();
        if (format == Format.json) {
            PlanJson.write(view, out);
            out.println();
        } else {
            session.text(out).write(PlanDocument.of(view, session.words(repo)));
        }
        out.flush();
        return found.exit(ExitCodes.OK);
    }
}
