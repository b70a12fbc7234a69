package io.devplan.domain.validate.smart;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import io.devplan.domain.prose.GoalWords;
import io.devplan.domain.prose.TimeFrame;
import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.GoalRule;
import io.devplan.domain.validate.Severity;
import java.util.List;

/** A goal has a due date; a date in the title's words also counts (prose-due-date then suggests it). */
public final class GoalHasDueDateRule extends GoalRule implements WordRule {
    @Override
    public String name() {
        return "goal-has-due-date";
    }

    @Override
    public Criterion criterion() {
        return Criterion.T;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public Said summary() {
        return ValidateText.SUMMARY_GOAL_HAS_DUE_DATE.with();
    }

    @Override
    public String description() {
        return "A goal without a due date is never late, so it is never discussed: overdue lists, reminders "
                + "and reports skip it. Add 'due: YYYY-MM-DD', the day the result should be there. A title "
                + "that names a date or period ('by 30 June', 'in Q3', 'within six months', 'uiterlijk 30 juni'), "
                + "a rhythm ('every second Tuesday', 'twice a month') or a standard kept on each case ('within "
                + "14 days of receipt') is time-bound and not flagged; prose-due-date then suggests the field.";
    }

    @Override
    public Example example() {
        return new Example("""
                goals:
                  - id: all-hands-talk
                    title: Give a 10-minute talk at the engineering all-hands
                """, """
                goals:
                  - id: all-hands-talk
                    title: Give a 10-minute talk at the engineering all-hands
                    due: 2026-12-15
                """);
    }

    @Override
    protected void check(Plan plan, String path, Goal goal, Context context, List<Finding> out) {
        if (goal.due() == null && context.words(goal).time() == null) {
            out.add(at(plan, path, goal.id(), ValidateText.NO_DUE_DATE.with("goal", goal.id())));
        }
    }

    @Override
    public Said because(Goal goal, GoalWords words) {
        if (goal.due() != null) {
            return ValidateText.BECAUSE_HAS_DUE.with("due", goal.due());
        }
        TimeFrame t = words.time();
        return t != null ? ValidateText.BECAUSE_TIME_BOUND.with("quote", WordRule.quote(t.phrase(), t.pattern()))
                : ValidateText.BECAUSE_NO_TIME.with();
    }
}
