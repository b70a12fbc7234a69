package io.devplan.domain.validate.refs;

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
import java.util.ArrayList;
import java.util.List;

/** A {@code done} date is not after today (the as-of date): it records what happened. */
public final class DoneInFutureRule implements Rule {
    @Override
    public String name() {
        return "done-in-future";
    }

    @Override
    public Criterion criterion() {
        return Criterion.SCHEMA;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A milestone or action is not marked done on a day still to come.";
    }

    @Override
    public String description() {
        return "'done' records the day a milestone or action was completed. A day still to come is a typo "
                + "or a plan written as done ahead of time; either way progress would count work not yet "
                + "done. Write the day it was done, or remove 'done' until it is.";
    }

    @Override
    public Example example() {
        return new Example("""
                goals:
                  - id: design-reviews
                    title: Hold a design review before every payments change
                    milestones:
                      - {id: template, title: Draft a template, due: 2026-04-15, done: 2027-04-12}
                """, """
                goals:
                  - id: design-reviews
                    title: Hold a design review before every payments change
                    milestones:
                      - {id: template, title: Draft a template, due: 2026-04-15, done: 2026-04-12}
                """);
    }

    @Override
    public List<Finding> check(Plan plan, Context context) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < plan.goals().size(); i++) {
            Goal g = plan.goals().get(i);
            for (int j = 0; j < g.milestones().size(); j++) {
                Milestone m = g.milestones().get(j);
                add(plan, context, out, g, GoalRule.path(i) + "/milestones/" + j, "milestone", m.id(), m.done());
            }
            for (int j = 0; j < g.actions().size(); j++) {
                Action a = g.actions().get(j);
                add(plan, context, out, g, GoalRule.path(i) + "/actions/" + j, "action", a.id(), a.done());
            }
        }
        return out;
    }

    private void add(Plan plan, Context context, List<Finding> out, Goal g, String path, String what, String id,
                     LocalDate done) {
        if (done != null && done.isAfter(context.asOf())) {
            out.add(at(plan, path + "/done", g.id(), what + " '" + g.id() + "/" + id + "' is marked done on " + done
                    + ", after today (" + context.asOf() + "); write the day it was done, or remove 'done' until it is"));
        }
    }
}
