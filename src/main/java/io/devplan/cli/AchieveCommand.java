package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.domain.RefusalText;

import io.devplan.domain.EmployeeId;
import io.devplan.domain.Achievement;
import io.devplan.domain.Plan;
import io.devplan.domain.Position;
import io.devplan.store.PlanEdit;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "achieve", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Record an achievement to recognise.",
        description = "Appends an entry to 'achievements'. Without --celebrated it shows up on the next agenda "
                + "as not yet celebrated.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan achieve alice-andersen --title 'Design-review template adopted by two teams' --goal design-reviews",
            "  devplan achieve alice-andersen --title 'Calm incident lead' --celebrated 2026-11-22",
        })
final class AchieveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WriteOptions write;

    @Parameters(index = "0", paramLabel = "ID", description = "Employee id.")
    EmployeeId id;

    @Option(names = "--title", required = true, paramLabel = "TEXT", description = "What was achieved.")
    String title;

    @Option(names = "--goal", paramLabel = "GOAL", description = "The goal it belongs to.")
    String goal;

    @Option(names = "--date", paramLabel = "DATE", converter = DateConverter.class, description = "Default: today.")
    LocalDate date;

    @Option(names = "--celebrated", paramLabel = "DATE", converter = DateConverter.class,
            description = "When it was recognised.")
    LocalDate celebrated;

    @Override
    public Integer call() {
        return PlanChange.apply(spec, id, write, (repo, today, before) -> {
            Plan plan = before.plan();
            if (goal != null) {
                ItemRefs.goal(plan, goal);
            }
            LocalDate day = date != null ? date : today;
            Achievement a = new Achievement(day, title, goal, celebrated, Position.NONE);
            int count = plan.achievements().size();
            return new PlanChange.Result(new PlanEdit(before.text()).add(a).text(),
                    p -> p.achievements().size() == count + 1
                            && CheckinEdit.sameText(p.achievements().get(count).title(), title)
                            && Objects.equals(p.achievements().get(count).celebrated(), celebrated)
                            ? null : "the achievement reads back differently",
                    Said.of(CliText.RECORDED_ACHIEVEMENT, "id", plan.id()), "achieve " + plan.id() + " " + day);
        });
    }
}
