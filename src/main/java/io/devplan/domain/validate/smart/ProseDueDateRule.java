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

/** A date written only in the title's words is suggested as the due field. */
public final class ProseDueDateRule extends GoalRule implements WordRule {
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
    public Said summary() {
        return ValidateText.SUMMARY_PROSE_DUE_DATE.with();
    }

    @Override
    public String description() {
        return "The title names a date or period but the goal has no 'due'. The goal is time-bound, but "
                + "overdue lists, reminders and the calendar only see fields. The finding suggests the day "
                + "the words mean: a day without a year ('by 30 June'), a month ('by March'), a quarter "
                + "('by the end of Q3') or the year's end is the next one on or after the goal's start (without "
                + "a start, after the as-of date, which is today in the repository's time zone); 'within six "
                + "months' counts from the same day; of several dates, the last one written with its year. "
                + "Numeric dates (3/4/2026) are read day first in Swedish, Danish and Dutch repositories; in "
                + "English, where both orders are written, only an unambiguous one (3/15/2026) gives a day.";
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
        TimeFrame d = context.words(goal).deadline();
        if (goal.due() != null || d == null) {
            return;
        }
        Said said = d.date() != null
                ? ValidateText.PROSE_DUE_DATE.with("goal", goal.id(), "words", d.phrase(), "date", d.date())
                : d.note() != null
                ? ValidateText.PROSE_DUE_DATE_NOTE.with("goal", goal.id(), "words", d.phrase(), "note", d.note())
                : ValidateText.PROSE_DUE_DATE_NO_DAY.with("goal", goal.id(), "words", d.phrase());
        out.add(at(plan, path + "/title", goal.id(), said));
    }

    @Override
    public Said because(Goal goal, GoalWords words) {
        TimeFrame d = words.deadline();
        if (goal.due() != null) {
            return ValidateText.BECAUSE_HAS_DUE.with("due", goal.due());
        }
        if (d == null) {
            return ValidateText.BECAUSE_NO_DEADLINE.with();
        }
        String quote = WordRule.quote(d.phrase(), d.pattern());
        if (d.date() != null) {
            return d.note() != null ? ValidateText.BECAUSE_MEANS_DATE_NOTE.with("quote", quote, "date", d.date(), "note", d.note())
                    : ValidateText.BECAUSE_MEANS_DATE.with("quote", quote, "date", d.date());
        }
        return d.note() != null ? ValidateText.BECAUSE_MEANS_NO_DAY_NOTE.with("quote", quote, "note", d.note())
                : ValidateText.BECAUSE_MEANS_NO_DAY.with("quote", quote);
    }
}
