package io.devplan.domain.validate.smart;

import io.devplan.domain.prose.Deadline;
import io.devplan.domain.prose.GoalWords;
import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.GoalRule;
import io.devplan.domain.validate.Severity;
import java.util.List;

/** A date written only in the title's words is suggested as the due field. */
public final class ProseDueDateRule extends GoalRule {
    @Override
    public String name() {
        return "prose-due-date";
    }

    @Override
    public Criterion criterion() {
        return Criterion.T;
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return "A date written in the title is also written as the due field.";
    }

    @Override
    public String description() {
        return "The title names a date or period but the goal has no 'due'. The goal is time-bound, but "
                + "overdue lists, reminders and the calendar only see fields. The finding suggests the day "
                + "the words mean: a day without a year ('by 30 June'), a month ('by March'), a quarter "
                + "('in Q3') or the year's end is the next one on or after the goal's start (without a start, "
                + "after the as-of date); 'within six months' counts from the same day.";
    }

    @Override
    public Example example() {
        return new Example("""
                goals:
                  - id: hiring
                    title: Hire two platform engineers by 31 December
                    start: 2026-06-01
                """, """
                goals:
                  - id: hiring
                    title: Hire two platform engineers by 31 December
                    start: 2026-06-01
                    due: 2026-12-31
                """);
    }

    @Override
    protected void check(Plan plan, String path, Goal goal, Context context, List<Finding> out) {
        Deadline d = GoalWords.read(goal.title(), reference(goal, context)).deadline();
        if (goal.due() == null && d != null) {
            out.add(at(plan, path + "/title", goal.id(), "goal '" + goal.id() + "' says '" + d.phrase()
                    + "' in words; write it as a field so overdue lists and reminders see it: due: " + d.date()));
        }
    }
}
