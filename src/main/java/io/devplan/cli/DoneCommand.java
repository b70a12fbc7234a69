package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.domain.RefusalText;

import io.devplan.domain.DueState;
import io.devplan.domain.EmployeeId;
import io.devplan.domain.GoalStatus;
import io.devplan.domain.ItemRef;
import io.devplan.domain.ItemView;
import io.devplan.domain.Plan;
import io.devplan.domain.PlanView;
import io.devplan.domain.RecordDates;
import io.devplan.store.PlanEdit;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "done", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Mark a goal, milestone or action done.",
        description = "GOAL/ITEM sets the milestone's or action's 'done' date; GOAL alone sets the goal's "
                + "status to done and its 'done' date, and names its milestones and actions still open. "
                + "Nothing else in the file changes. A date after today, or before the goal started (its "
                + "'start', else the plan's 'since'), is refused.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan done alice-andersen design-reviews/retro",
            "  devplan done alice-andersen design-reviews/guide --date 2026-11-20",
            "  devplan done alice-andersen design-reviews",
        })
final class DoneCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WriteOptions write;

    @Parameters(index = "0", paramLabel = "ID", description = "Employee id.")
    EmployeeId id;

    @Parameters(index = "1", paramLabel = "GOAL[/ITEM]", description = "The goal, or its milestone or action.")
    String item;

    @Option(names = "--date", paramLabel = "DATE", converter = DateConverter.class,
            description = "When it was done: not after today, not before the goal started (default: today).")
    LocalDate date;

    @Override
    public Integer call() {
        return PlanChange.apply(spec, id, write, (repo, today, before) -> {
            Plan plan = before.plan();
            ItemRef ref = ItemRefs.item(plan, item);
            LocalDate day = date != null ? date : today;
            RecordDates.doneRefusal(plan, ref, day, today).ifPresent(why -> {
                throw new UsageException(why);
            });
            PlanEdit edit = new PlanEdit(before.text());
            String open = null;
            if (ref.item() == null) {
                if (ItemRefs.goal(plan, ref.goal()).status() == GoalStatus.DONE) {
                    throw new UsageException(Said.of(CliText.GOAL_ALREADY_DONE, "goal", ref));
                }
                edit.markGoalDone(plan, ref.goal(), day);
                List<String> still = PlanView.of(plan, repo.config(), day, DueState.DEFAULT_SOON_DAYS)
                        .goal(ref.goal()).map(g -> g.openItems().stream().map(ItemView::id).toList())
                        .orElse(List.of());
                if (!still.isEmpty()) {
                    open = "Still open in goal '" + ref.goal() + "': " + String.join(", ", still)
                           ;
                }
            } else {
                ref.doneIn(plan).ifPresent(d -> {
                    throw new UsageException(Said.of(CliText.ALREADY_DONE, "ref", ref, "date", d));
                });
                edit.markDone(plan, ref.goal(), ref.item(), day);
            }
            return new PlanChange.Result(edit.text(), p -> CheckinEdit.doneIntent(p, List.of(ref), day),
                    Said.of(CliText.MARKED_DONE, "ref", ref, "date", day, "id", plan.id()),
                    "done " + plan.id() + " " + ref + " " + day, open);
        });
    }
}
