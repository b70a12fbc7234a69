package io.devplan.domain.validate.refs;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Severity;
import io.devplan.domain.validate.Step;
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
    public Said summary() {
        return ValidateText.SUMMARY_DONE_IN_FUTURE.with();
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
        for (Step step : Step.of(plan)) {
            if (step.done() != null && step.done().isAfter(context.asOf())) {
                out.add(at(plan, step.path() + "/done", step.goal().id(), step.said(
                        ValidateText.MILESTONE_DONE_IN_FUTURE, ValidateText.ACTION_DONE_IN_FUTURE,
                        "done", step.done(), "today", context.asOf())));
            }
        }
        return out;
    }
}
