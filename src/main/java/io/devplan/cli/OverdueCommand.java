package io.devplan.cli;

import io.devplan.domain.DueItem;
import io.devplan.domain.Overdue;
import io.devplan.render.Ansi;
import io.devplan.render.DueItemJson;
import io.devplan.render.OverdueText;
import java.time.LocalDate;
import java.util.List;
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

    @Option(names = "--within", paramLabel = "DAYS", description = "Also list what is due within DAYS days.")
    Integer within;

    @Option(names = "--exit-code", description = "Exit with status 1 when anything is overdue.")
    boolean exitCode;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: text).")
    Format format = Format.text;

    @Override
    public Integer call() {
        if (within != null && within < 0) {
            throw new UsageException("--within must be 0 or more days, not " + within);
        }
        Session session = Session.of(spec);
        Loaded loaded = session.load();
        LocalDate date = session.asOf(asOf.asOf, loaded.repo());
        int soonDays = within != null ? within : -1;
        List<DueItem> items = Overdue.items(filter.filter(loaded.repo(), loaded.plans()).apply(loaded.plans()),
                date, loaded.repo().config().cadence(), soonDays, filter.kinds());
        if (format == Format.json) {
            DueItemJson.print(items, spec.commandLine().getOut());
            spec.commandLine().getOut().println();
        } else {
            new OverdueText(new Ansi(session.color()), Terminals.width()).print(items, date, soonDays,
                    spec.commandLine().getOut());
        }
        boolean late = items.stream().anyMatch(DueItem::isOverdue);
        return loaded.exit(exitCode && late ? ExitCodes.FINDINGS : ExitCodes.OK);
    }
}
