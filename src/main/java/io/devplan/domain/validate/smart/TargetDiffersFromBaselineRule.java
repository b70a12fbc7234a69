package io.devplan.domain.validate.smart;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import java.math.BigDecimal;
import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.GoalRule;
import io.devplan.domain.validate.Severity;
import java.util.List;

/** A target is a change: it differs from the baseline (0 when no baseline is written). */
public final class TargetDiffersFromBaselineRule extends GoalRule {
    @Override
    public String name() {
        return "target-differs-from-baseline";
    }

    @Override
    public Criterion criterion() {
        return Criterion.M;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public Said summary() {
        return ValidateText.SUMMARY_TARGET_DIFFERS_FROM_BASELINE.with();
    }

    @Override
    public String description() {
        return "Progress is (current - baseline) / (target - baseline): with the target equal to the "
                + "baseline there is nothing to reach and progress cannot be computed. Without 'baseline' the "
                + "baseline is 0, so 'target: 0' alone also fails; a goal to reduce something to zero needs "
                + "its baseline. Set the target to the value you want to reach, and the baseline to where "
                + "you start.";
    }

    @Override
    public Example example() {
        return new Example("""
                goals:
                  - id: flaky-tests
                    title: No flaky tests in the checkout suite
                    target: 0
                    unit: flaky tests
                """, """
                goals:
                  - id: flaky-tests
                    title: No flaky tests in the checkout suite
                    baseline: 14
                    target: 0
                    unit: flaky tests
                """);
    }

    @Override
    protected void check(Plan plan, String path, Goal goal, Context context, List<Finding> out) {
        if (goal.target() == null) {
            return;
        }
        BigDecimal baseline = goal.baseline() != null ? goal.baseline() : BigDecimal.ZERO;
        if (goal.target().compareTo(baseline) == 0) {
            Object n = ValidateText.number(goal.target());
            out.add(at(plan, path + "/target", goal.id(), (goal.baseline() != null
                    ? ValidateText.TARGET_EQUALS_BASELINE : ValidateText.TARGET_EQUALS_ZERO)
                    .with("goal", goal.id(), "target", n)));
        }
    }
}
