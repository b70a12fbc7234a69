package io.devplan.domain.validate.smart;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import io.devplan.domain.Action;
import io.devplan.domain.Goal;
import io.devplan.domain.Milestone;
import io.devplan.domain.Moves;
import io.devplan.domain.Plan;
import io.devplan.domain.Rescheduling;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.GoalRule;
import io.devplan.domain.validate.Severity;
import java.util.List;

/** A goal, milestone or action still open has not had its due date moved again and again. */
public final class MovedOftenRule extends GoalRule {
    @Override
    public String name() {
        return "moved-often";
    }

    @Override
    public Criterion criterion() {
        return Criterion.A;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Said summary() {
        return ValidateText.SUMMARY_MOVED_OFTEN.with("times", Moves.OFTEN);
    }

    @Override
    public String description() {
        return "Each devplan reschedule keeps the earlier due date in 'rescheduled'. A date moved "
                + Moves.OFTEN + " times or more says the goal is not achievable as it stands: talk about its scope, "
                + "its support or its status (devplan status ... at-risk or paused) instead of moving it again.";
    }

    @Override
    public Example example() {
        return new Example("""
                goals:
                  - id: all-hands-talk
                    title: Give a 10-minute talk at the engineering all-hands
                    due: 2027-03-15
                    rescheduled:
                      - {date: 2026-09-01, from: 2026-10-15, reason: No slot}
                      - {date: 2026-10-10, from: 2026-12-15, reason: Slot cancelled}
                      - {date: 2026-12-01, from: 2027-01-31, reason: Holidays}
                """, """
                goals:
                  - id: all-hands-talk
                    title: Give a 10-minute talk at the engineering all-hands
                    status: paused
                    status-reason: No all-hands slot until the spring; talk at the team demo first
                    due: 2027-03-15
                """);
    }

    @Override
    protected void check(Plan plan, String path, Goal goal, Context context, List<Finding> out) {
        flag(plan, path, ValidateText.GOAL_MOVED_OFTEN, goal.id(), null, goal.rescheduled(), out);
        for (int j = 0; j < goal.milestones().size(); j++) {
            Milestone m = goal.milestones().get(j);
            if (m.done() == null) {
                flag(plan, path + "/milestones/" + j, ValidateText.MILESTONE_MOVED_OFTEN, goal.id(), m.id(),
                        m.rescheduled(), out);
            }
        }
        for (int j = 0; j < goal.actions().size(); j++) {
            Action a = goal.actions().get(j);
            if (a.done() == null) {
                flag(plan, path + "/actions/" + j, ValidateText.ACTION_MOVED_OFTEN, goal.id(), a.id(),
                        a.rescheduled(), out);
            }
        }
    }

    /** @param item the milestone's or action's id, or null for the goal itself */
    private void flag(Plan plan, String path, ValidateText phrase, String goal, String item, List<Rescheduling> moves,
                      List<Finding> out) {
        if (Moves.often(moves)) {
            out.add(at(plan, path + "/rescheduled", goal, item == null
                    ? phrase.with("goal", goal, "times", moves.size())
                    : phrase.with("goal", goal, "item", item, "times", moves.size())));
        }
    }
}
