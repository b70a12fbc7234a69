package io.devplan.cli;

import io.devplan.domain.Action;
import io.devplan.domain.Said;
import io.devplan.domain.EmployeeId;
import io.devplan.domain.Goal;
import io.devplan.domain.ItemRef;
import io.devplan.domain.Milestone;
import io.devplan.domain.Moves;
import io.devplan.domain.Plan;
import io.devplan.domain.Position;
import io.devplan.domain.Rescheduling;
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

@Command(name = "reschedule", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Move a goal's, milestone's or action's due date.",
        description = "Sets the new 'due' and keeps the previous one in the item's 'rescheduled' list (the day it "
                + "was moved, the date it moved from, the reason), so show and report say how often and how far "
                + "it moved, and validate warns about an item moved again and again.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan reschedule alice-andersen design-reviews/guide 2026-12-15 --reason 'Waiting for the RFC'",
            "  devplan reschedule alice-andersen all-hands-talk 2027-02-15 --reason 'No slot before February'",
        })
final class RescheduleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WriteOptions write;

    @Parameters(index = "0", paramLabel = "ID", description = "Employee id.")
    EmployeeId id;

    @Parameters(index = "1", paramLabel = "GOAL[/ITEM]", description = "The goal, or its milestone or action.")
    String item;

    @Parameters(index = "2", paramLabel = "DATE", converter = DateConverter.class, description = "The new due date.")
    LocalDate to;

    @Option(names = "--reason", paramLabel = "TEXT",
            description = "Why it moves: kept in the plan. Asked for on a terminal when not given.")
    String reason;

    @Override
    public Integer call() {
        return PlanChange.apply(spec, id, write, (repo, today, before) -> {
            Plan plan = before.plan();
            ItemRef ref = ItemRefs.item(plan, item);
            Goal g = ItemRefs.goal(plan, ref.goal());
            LocalDate due;
            LocalDate done;
            List<Rescheduling> moves;
            io.devplan.domain.DueKind kind;
            String named;
            if (ref.item() == null) {
                due = g.due();
                done = g.status().isClosed() ? (g.done() != null ? g.done() : today) : null;
                moves = g.rescheduled();
                kind = io.devplan.domain.DueKind.GOAL;
                named = g.id();
            } else {
                Milestone m = g.milestones().stream().filter(x -> x.id().equals(ref.item())).findFirst().orElse(null);
                Action a = m != null ? null : g.actions().stream().filter(x -> x.id().equals(ref.item())).findFirst()
                        .orElseThrow();
                due = m != null ? m.due() : a.due();
                done = m != null ? m.done() : a.done();
                moves = m != null ? m.rescheduled() : a.rescheduled();
                kind = m != null ? io.devplan.domain.DueKind.MILESTONE : io.devplan.domain.DueKind.ACTION;
                named = ref.toString();
            }
            boolean closed = ref.item() != null && g.status().isClosed();
            Moves.refusal(kind, named, due, done, closed, to, today).ifPresent(msg -> {
                throw new UsageException(msg);
            });
            String why = ReasonPrompt.reason(reason, io.devplan.domain.Said.of(io.devplan.render.Msg.ASK_WHY_MOVE, "item",
                    ref.toString(), "from", String.valueOf(due), "to", to.toString()),
                    io.devplan.domain.Said.of(io.devplan.render.Msg.WHY_MOVE), Session.of(spec).words(repo));
            Rescheduling move = new Rescheduling(today, due, why, Position.NONE);
            int count = moves.size();
            String text = new PlanEdit(before.text()).reschedule(plan, g.id(), ref.item(), to, move).text();
            return new PlanChange.Result(text, p -> moved(p, ref, to, count + 1) ? null
                    : "the due date reads back differently",
                    Said.of(CliText.MOVED_DUE, "ref", ref, "from", due, "to", to, "n", count + 1, "id", plan.id()),
                    "reschedule " + plan.id() + " " + ref + " " + due + " -> " + to);
        });
    }

    /** Whether {@code p} has the item due {@code to}, with {@code moves} moves kept. */
    private static boolean moved(Plan p, ItemRef ref, LocalDate to, int moves) {
        Goal g = p.goal(ref.goal()).orElse(null);
        if (g == null) {
            return false;
        }
        if (ref.item() == null) {
            return to.equals(g.due()) && g.rescheduled().size() == moves;
        }
        for (Milestone m : g.milestones()) {
            if (m.id().equals(ref.item())) {
                return to.equals(m.due()) && m.rescheduled().size() == moves;
            }
        }
        for (Action a : g.actions()) {
            if (a.id().equals(ref.item())) {
                return to.equals(a.due()) && a.rescheduled().size() == moves;
            }
        }
        return false;
    }
}
