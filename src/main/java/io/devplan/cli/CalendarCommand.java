package io.devplan.cli;

import io.devplan.domain.DueItem;
import io.devplan.domain.DueState;
import io.devplan.domain.Overdue;
import io.devplan.domain.Plan;
import io.devplan.domain.PlanView;
import io.devplan.render.CalendarIcs;
import io.devplan.store.OutputFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "calendar", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Print an iCalendar (RFC 5545) feed of due dates and next check-ins.",
        description = "One all-day event for every open milestone, action and goal with a due date and for each "
                + "plan's next check-in, past or future. Every event keeps its UID from run to run, so importing "
                + "the feed again updates events instead of duplicating them. --output writes the file atomically.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan calendar --output ~/public/devplan.ics",
            "  devplan calendar --manager bob-berg --all-levels --kind checkin > checkins.ics",
        })
final class CalendarCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AsOfOption asOf;

    @Mixin
    FilterOptions filter;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the feed to FILE instead of standard output, as report --output does.")
    Path output;

    @Override
    public Integer call() {
        Session session = Session.of(spec);
        Loaded loaded = session.load();
        List<Plan> plans = filter.filter(loaded.repo(), Loaded.employees(loaded.plans())).apply(loaded.plans());
        LocalDate date = session.asOf(asOf.asOf, loaded.repo());
        List<DueItem> items = Overdue.scheduled(plans.stream()
                .map(p -> PlanView.of(p, loaded.repo().config(), date, DueState.DEFAULT_SOON_DAYS)).toList(), filter.kinds());
        Map<String, String> names = loaded.plans().stream().collect(Collectors.toMap(Plan::id, p -> p.employee().name()));
        String organization = loaded.repo().config().organization();
        String ics = CalendarIcs.render(items, names, "devplan" + (organization != null ? ": " + organization : ""),
                session.root().clock().instant(), session.words(loaded.repo()));
        if (output == null) {
            spec.commandLine().getOut().print(ics);
            spec.commandLine().getOut().flush();
        } else {
            OutputFile.write(loaded.repo(), session.root().cwd(), session.root().resolve(output), ics);
        }
        return loaded.exit(ExitCodes.OK);
    }
}
