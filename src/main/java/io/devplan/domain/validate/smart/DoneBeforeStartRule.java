package io.devplan.domain.validate.smart;

import io.devplan.domain.Action;
import io.devplan.domain.Goal;
import io.devplan.domain.Milestone;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.GoalRule;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Severity;
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
    public String summary() {
        return "A milestone or action is not done long before its goal started.";
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
        for (int i = 0; i < plan.goals().size(); i++) {
            Goal g = plan.goals().get(i);
            boolean ownStart = g.start() != null;
            LocalDate start = ownStart ? g.start() : plan.employee().since();
            if (start == null) {
                continue;
            }
            String began = ownStart ? "its goal started (" + start + ")" : "the plan began (since: " + start + ")";
            for (int j = 0; j < g.milestones().size(); j++) {
                Milestone m = g.milestones().get(j);
                add(plan, out, g, GoalRule.path(i) + "/milestones/" + j, "milestone", m.id(), m.done(), start, began);
            }
            for (int j = 0; j < g.actions().size(); j++) {
                Action a = g.actions().get(j);
                add(plan, out, g, GoalRule.path(i) + "/actions/" + j, "action", a.id(), a.done(), start, began);
            }
        }
        return out;
    }

    private void add(Plan plan, List<Finding> out, Goal g, String path, String what, String id, LocalDate done,
                     LocalDate start, String began) {
        if (done == null || !done.plusDays(MAX_DAYS_EARLY).isBefore(start)) {
            return;
        }
        out.add(at(plan, path + "/done", g.id(), what + " '" + g.id() + "/" + id + "' is marked done on " + done
                + ", " + early(done, start) + " before " + began + "; check the year, or move the goal's start "
                + "back if the work was really done then"));
    }

    /** "6 years", "5 months": how long before, in the largest whole unit. */
    static String early(LocalDate done, LocalDate start) {
        Period p = Period.between(done, start);
        if (p.getYears() > 0) {
            return p.getYears() + (p.getYears() == 1 ? " year" : " years");
        }
        return p.getMonths() + (p.getMonths() == 1 ? " month" : " months");
    }
}
