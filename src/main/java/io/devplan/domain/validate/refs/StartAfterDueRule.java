package io.devplan.domain.validate.refs;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.GoalRule;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Severity;
import java.util.ArrayList;
import java.util.List;

/** A goal starts on or before its due date (every goal, closed ones too: dates are history). */
public final class StartAfterDueRule implements Rule {
    @Override
    public String name() {
        return "start-after-due";
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
        return ValidateText.SUMMARY_START_AFTER_DUE.with();
    }

    @Override
    public String description() {
        return "A goal that starts after it is due has no time at all; progress and 'behind' cannot be "
                + "computed. The dates are usually swapped or mistyped: correct 'start' or 'due'.";
    }

    @Override
    public Example example() {
        return new Example("""
                goals:
                  - id: on-call
                    title: Reduce on-call pages from 30 to 10 a month
                    start: 2026-10-01
                    due: 2026-03-31
                """, """
                goals:
                  - id: on-call
                    title: Reduce on-call pages from 30 to 10 a month
                    start: 2026-03-01
                    due: 2026-10-31
                """);
    }

    @Override
    public List<Finding> check(Plan plan, Context context) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < plan.goals().size(); i++) {
            Goal g = plan.goals().get(i);
            if (g.start() != null && g.due() != null && g.start().isAfter(g.due())) {
                out.add(at(plan, GoalRule.path(i) + "/start", g.id(), ValidateText.START_AFTER_DUE.with(
                        "goal", g.id(), "start", g.start(), "due", g.due())));
            }
        }
        return out;
    }
}
