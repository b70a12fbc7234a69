package io.devplan.cli;

import io.devplan.domain.EmployeeId;
import io.devplan.domain.Agenda;
import io.devplan.domain.Audience;
import io.devplan.domain.Plan;
import io.devplan.domain.PlanView;
import io.devplan.render.AgendaDocument;
import io.devplan.render.AgendaJson;
import io.devplan.render.MarkdownDoc;
import io.devplan.store.Repository;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "agenda", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Print what the next check-in with an employee should cover.",
        description = "In the order a good one-on-one runs: what was agreed at the last check-in (its notes, "
                + "blockers and the date agreed), achievements to celebrate, progress per goal in progress since the "
                + "last check-in (and goals with none), overdue and due-soon items, open actions carried over, "
                + "improvement feedback no goal addresses yet, and support requested but not decided. Private "
                + "feedback, private notes and wellbeing are left out unless --audience manager: by default the "
                + "agenda is meant to be shared with the employee.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan agenda alice-andersen",
            "  devplan agenda alice-andersen --format markdown > notes/2026-11-25-alice.md",
            "  devplan agenda alice-andersen --format json | jq '.due[].title'",
            "  devplan agenda alice-andersen --audience manager     to prepare, not to share",
        })
final class AgendaCommand implements Callable<Integer> {
    enum Format { text, markdown, json }

    @Spec
    CommandSpec spec;

    @Mixin
    AsOfOption asOf;

    @Parameters(index = "0", paramLabel = "ID", description = "Employee id.")
    EmployeeId id;

    @Option(names = "--within", paramLabel = "DAYS", converter = DaysConverter.class,
            description = "What counts as due soon (default: ${DEFAULT-VALUE} days).")
    int within = 7;

    @Option(names = "--audience", paramLabel = "WHO", defaultValue = "employee",
            description = "Who sees it: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, safe on a shared screen); "
                    + "manager adds the private preparation: the last private note, the wellbeing trend and private "
                    + "feedback not yet addressed.")
    Reader audience;

    enum Reader { employee, manager }

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: text).")
    Format format = Format.text;

    @Override
    public Integer call() {
        Session session = Session.of(spec);
        Repository repo = session.repository();
        PlanLookup.Found found = PlanLookup.read(repo, id, spec.commandLine().getErr(), session.words(repo));
        // By default the agenda is safe to show on a shared screen: the employee's view of the plan.
        Plan plan = (audience == Reader.manager ? Audience.MANAGER : Audience.EMPLOYEE).view(found.plan());
        Agenda agenda = Agenda.of(PlanView.of(plan, repo.config(), session.asOf(asOf.asOf, repo), within));
        var out = spec.commandLine().getOut();
        switch (format) {
            case markdown -> new MarkdownDoc(out).write(AgendaDocument.of(agenda, session.words(repo)));
            case json -> {
                AgendaJson.write(agenda, out);
                out.println();
            }
            default -> session.text(out).write(AgendaDocument.of(agenda, session.words(repo)));
        }
        out.flush();
        return found.exit(ExitCodes.OK);
    }
}
