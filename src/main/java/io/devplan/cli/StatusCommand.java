package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.domain.RefusalText;

import io.devplan.domain.EmployeeId;
import io.devplan.domain.Goal;
import io.devplan.domain.GoalStatus;
import io.devplan.domain.Plan;
import io.devplan.domain.StatusChange;
import io.devplan.store.PlanEdit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "status", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Set a goal's status, with the reason.",
        description = "Sets the goal's 'status' to draft, active, at-risk, paused or dropped and keeps the reason in "
                + "its 'status-reason'. A goal is marked done with devplan done, which records the date.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan status alice-andersen all-hands-talk at-risk --reason 'No all-hands slot before March'",
            "  devplan status alice-andersen ownership paused --reason 'Parental leave until May'",
            "  devplan status alice-andersen ownership active --reason 'Back from leave'",
        })
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WriteOptions write;

    @Parameters(index = "0", paramLabel = "ID", description = "Employee id.")
    EmployeeId id;

    @Parameters(index = "1", paramLabel = "GOAL", description = "The goal.")
    String goal;

    @Parameters(index = "2", paramLabel = "STATUS", converter = YamlNameConverter.Status.class,
            completionCandidates = Settable.class,
            description = "draft, active, at-risk, paused or dropped.")
    GoalStatus status;

    @Option(names = "--reason", paramLabel = "TEXT",
            description = "Why: kept in the plan as the goal's status-reason. Asked for on a terminal when not given.")
    String reason;

    /** The statuses this command sets, for completion and the manual. */
    static final class Settable implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return new ArrayList<>(StatusChange.SETTABLE.stream().map(GoalStatus::yamlName).toList()).iterator();
        }
    }

    @Override
    public Integer call() {
        return PlanChange.apply(spec, id, write, (repo, today, before) -> {
            Plan plan = before.plan();
            Goal g = ItemRefs.goal(plan, goal);
            StatusChange.refusal(plan.id(), g, status).ifPresent(m -> {
                throw new UsageException(m);
            });
            String why = ReasonPrompt.reason(reason, io.devplan.domain.Said.of(io.devplan.render.Msg.ASK_WHY_STATUS, "goal",
                    g.id(), "status", status), io.devplan.domain.Said.of(io.devplan.render.Msg.WHY_STATUS, "status", status),
                    Session.of(spec).words(repo));
            return new PlanChange.Result(new PlanEdit(before.text()).setStatus(plan, g.id(), status, why).text(),
                    p -> p.goal(g.id()).map(x -> x.status() == status
                            && CheckinEdit.sameText(x.statusReason(), why)).orElse(false)
                            ? null : "the goal's status reads back differently",
                    Said.of(CliText.GOAL_STATUS_SET, "goal", g.id(), "status", status, "was",
                            g.status(), "id", plan.id()),
                    "status " + plan.id() + " " + g.id() + " " + status.yamlName());
        });
    }
}
