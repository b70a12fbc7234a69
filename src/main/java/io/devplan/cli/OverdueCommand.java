package io.devplan.cli;

import io.devplan.domain.DueItem;
import io.devplan.domain.Employee;
import io.devplan.domain.Overdue;
import io.devplan.domain.PlanFilter;
import io.devplan.domain.PlanView;
import io.devplan.render.DueItemJson;
import io.devplan.render.OverdueDocument;
import io.devplan.store.Repository;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "overdue", sortOptions = false, mixinStandardHelpOptions = true,
        header = "List overdue milestones, actions, goals and check-ins, most overdue first.",
        description = "A milestone or action is overdue when its due date has passed, it is not done and its goal "
                + "is neither done nor dropped; a goal when its due date has passed and it is neither done nor "
                + "dropped; a check-in when the next check-in date has passed. --within adds what is due soon. "
                + "With --exit-code the status is 1 when anything is overdue, like git diff --exit-code.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan overdue",
            "  devplan overdue --manager bob-berg --all-levels --within 14",
            "  devplan overdue --team payments --kind milestone --kind action",
            "  devplan overdue --format json | jq -r '.[] | \"\\(.employee) \\(.kind) \\(.daysOverdue)\"'",
            "  devplan overdue --exit-code > /dev/null || echo 'something is late'",
        })
final class OverdueCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    AsOfOption asOf;

    @Mixin
    FilterOptions filter;

    @Option(names = "--within", paramLabel = "DAYS", converter = DaysConverter.class,
            description = "Also list what is due within DAYS days.")
    Integer within;

    @Option(names = "--exit-code", description = "Exit with status 1 when anything is overdue.")
    boolean exitCode;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: text).")
    Format format = Format.text;

    @Override
    public Integer call() {
        Session session = Session.of(spec);
        Repository repo = session.repository();
        LocalDate date = session.asOf(asOf.asOf, repo);
        int soonDays = within != null ? within : -1;
        // Each plan is reduced to its employee and its due items as it is read, so memory follows
        // the answer, not the size of the repository.
        Repository.Scanned<PlanItems> scanned = repo.scan(p -> new PlanItems(p.employee(),
                PlanView.of(p, repo.config(), date, soonDays).due()));
        Loaded.print(scanned.problems(), spec.commandLine().getErr(), session.words(repo));
        List<Employee> employees = scanned.results().stream().map(PlanItems::employee).toList();
        PlanFilter chosen = filter.filter(repo, employees);
        Set<String> selected = chosen.select(employees);
        List<DueItem> items = Overdue.select(scanned.results().stream()
                .filter(p -> selected.contains(p.employee().id()))
                .flatMap(p -> p.items().stream()), filter.kinds());
        var out = spec.commandLine().getOut();
        if (format == Format.json) {
            DueItemJson.print(items, out);
            out.println();
        } else {
            session.text(out).write(OverdueDocument.of(items, date, soonDays, Session.unreadable(scanned.problems()),
                    selected.isEmpty() && !chosen.isAll() ? chosen : null, session.words(repo)));
        }
        boolean late = items.stream().anyMatch(DueItem::isOverdue);
        return Loaded.exit(exitCode && late ? ExitCodes.FINDINGS : ExitCodes.OK, scanned.problems());
    }

    private record PlanItems(Employee employee, List<DueItem> items) {}
}
