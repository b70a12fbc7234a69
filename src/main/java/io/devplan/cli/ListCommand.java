package io.devplan.cli;

import io.devplan.domain.Employee;
import io.devplan.domain.PersonLine;
import io.devplan.domain.PlanFilter;
import io.devplan.domain.PlanView;
import io.devplan.render.ListDocument;
import io.devplan.render.ListJson;
import io.devplan.store.Repository;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", aliases = "ls", sortOptions = false, mixinStandardHelpOptions = true,
        header = "List the people with a plan, one line each.",
        description = "Name, id, team, manager, how many goals are active, the last check-in held and the next "
                + "one due, as of today or --as-of.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan list",
            "  devplan ls --team payments",
            "  devplan list --manager bob-berg --format json | jq -r '.[] | select(.checkInOverdue) | .employee'",
        })
final class ListCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--team", paramLabel = "TEAM", description = "Only the people of this team.")
    String team;

    @Option(names = "--manager", paramLabel = "M", description = "Only the direct reports of manager M.")
    String manager;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: text).")
    Format format = Format.text;

    @Override
    public Integer call() {
        Session session = Session.of(spec);
        Repository repo = session.repository();
        LocalDate date = session.asOf(asOf.asOf, repo);
        Repository.Scanned<Person> scanned = repo.scan(p -> new Person(p.employee(),
                PersonLine.of(PlanView.of(p, repo.config(), date, -1))));
        Loaded.print(scanned.problems(), spec.commandLine().getErr(), session.words(repo));
        List<Employee> employees = scanned.results().stream().map(Person::employee).toList();
        FilterOptions.requireKnown(employees, team, manager);
        PlanFilter chosen = new PlanFilter(List.of(), team, manager, false);
        Set<String> selected = chosen.select(employees);
        List<PersonLine> people = scanned.results().stream().map(Person::line)
                .filter(l -> selected.contains(l.id()))
                .sorted(Comparator.comparing(PersonLine::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(PersonLine::id))
                .toList();
        var out = spec.commandLine().getOut();
        if (format == Format.json) {
            ListJson.print(people, out);
            out.println();
        } else {
            session.text(out).write(ListDocument.of(people, date, Session.unreadable(scanned.problems()),
                    selected.isEmpty() && !chosen.isAll() ? chosen : null, session.words(repo)));
        }
        return Loaded.exit(ExitCodes.OK, scanned.problems());
    }

    private record Person(Employee employee, PersonLine line) {}
}
