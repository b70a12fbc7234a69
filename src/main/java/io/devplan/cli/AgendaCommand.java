package io.devplan.cli;

import io.devplan.domain.EmployeeId;
import io.devplan.domain.Agenda;
import io.devplan.render.AgendaMarkdown;
import io.devplan.render.AgendaText;
import io.devplan.render.Ansi;
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
        description = "In the order a good one-on-one runs: achievements to celebrate, progress per goal in progress "
                + "since the last check-in (and goals with none), overdue and due-soon items, open actions carried "
                + "over, improvement feedback no goal addresses yet, support requested but not decided, and the "
                + "blockers named at the last check-in. Private feedback and private notes are left out: the agenda "
                + "is meant to be shared with the employee.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan agenda alice-andersen",
            "  devplan agenda alice-andersen --format markdown > notes/2026-11-25-alice.md",
        })
final class AgendaCommand implements Callable<Integer> {
    enum Format { text, markdown }

    @Spec
    CommandSpec spec;

    @Mixin
    AsOfOption asOf;

    @Parameters(index = "0", paramLabel = "ID", description = "Employee id.")
    EmployeeId id;

    @Option(names = "--within", paramLabel = "DAYS", converter = DaysConverter.class,
            description = "What counts as due soon (default: ${DEFAULT-VALUE} days).")
    int within = 7;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: text).")
    Format format = Format.text;

    @Override
    public Integer call() {
        Session session = Session.of(spec);
        Repository repo = session.repository();
        PlanLookup.Found found = PlanLookup.read(repo, id, spec.commandLine().getErr());
        Agenda agenda = Agenda.of(found.plan(), session.asOf(asOf.asOf, repo), repo.config().cadence(), within);
        if (format == Format.markdown) {
            AgendaMarkdown.print(agenda, spec.commandLine().getOut());
        } else {
            new AgendaText(new Ansi(session.color()), Terminals.width()).print(agenda, spec.commandLine().getOut());
        }
        return found.exit(ExitCodes.OK);
    }
}
