package io.devplan.domain.validate.smart;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Severity;
import io.devplan.domain.validate.Step;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * A milestone or action is not done long before its goal started (every goal, closed ones too:
 * dates are history). A few weeks early is work that began before the goal was written down;
 * months or years early is a mistyped year, and progress would count it.
 */
public final class DoneBeforeStartRule implements Rule {
    /** Done more than this many days before the goal started is no head start but a typo. */
    static final int MAX_DAYS_EARLY = 90;

    @Override
    public String name() {
        return "done-before-start";
    }

    @Override
    public Criterion criterion() {
        return Criterion.T;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Said summary() {
        return ValidateText.SUMMARY_DONE_BEFORE_START.with();
    }

    @Override
    public String description() {
        return "A milestone or action marked done more than " + MAX_DAYS_EARLY + " days before its goal "
                + "started (its 'start', else the plan's 'employee.since') is almost always a mistyped year "
                + "('done: 2020-01-01' on a goal that starts in 2026). Progress and reports count it as done, "
                + "so the goal looks further along than it is. Correct the year, or, when the work really was "
                + "done then, move the goal's 'start' back or drop the step from the goal.";
    }

    @Override
    public Example example() {
        return new Example("""
                goals:
                  - id: design-reviews
                    title: Hold a design review before every payments change
                    start: 2026-03-15
                    milestones:
                      - {id: template, title: Draft a template, due: 2026-04-15, done: 2020-04-12}
                """, """
                goals:
                  - id: design-reviews
                    title: Hold a design review before every payments change
                    start: 2026-03-15
                    milestones:
                      - {id: template, title: Draft a template, due: 2026-04-15, done: 2026-04-12}
                """);
    }

    @Override
    public List<Finding> check(Plan plan, Context context) {
        List<Finding> out = new ArrayList<>();
        for (Step step : Step.of(plan)) {
            Goal g = step.goal();
            LocalDate start = g.start() != null ? g.start() : plan.employee().since();
            LocalDate done = step.done();
            if (start == null || done == null || !done.plusDays(MAX_DAYS_EARLY).isBefore(start)) {
                continue;
            }
            Said said = g.start() != null
                    ? step.said(ValidateText.MILESTONE_DONE_BEFORE_GOAL_START, ValidateText.ACTION_DONE_BEFORE_GOAL_START,
                            "done", done, "early", early(done, start), "start", start)
                    : step.said(ValidateText.MILESTONE_DONE_BEFORE_SINCE, ValidateText.ACTION_DONE_BEFORE_SINCE,
                            "done", done, "early", early(done, start), "start", start);
            out.add(at(plan, step.path() + "/done", g.id(), said));
        }
        return out;
    }

    /** "6 years", "5 months": how long before, in the largest whole unit. */
    static Said early(LocalDate done, LocalDate start) {
        Period p = Period.between(done, start);
        if (p.getYears() > 0) {
            return ValidateText.YEARS.count(p.getYears());
        }
        return ValidateText.MONTHS.count(p.getMonths());
    }
}
