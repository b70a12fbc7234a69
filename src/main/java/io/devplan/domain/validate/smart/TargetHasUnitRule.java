package io.devplan.domain.validate.smart;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.GoalRule;
import io.devplan.domain.validate.Severity;
import java.util.List;

/** A numeric target says what it counts. */
public final class TargetHasUnitRule extends GoalRule {
    @Override
    public String name() {
        return "target-has-unit";
    }

    @Override
    public Criterion criterion() {
        return Criterion.M;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Said summary() {
        return ValidateText.SUMMARY_TARGET_HAS_UNIT.with();
    }

    @Override
    public String description() {
        return "'target: 10' alone leaves open 10 of what: days, percent, reviews? People reading the plan "
                + "months later, and reports, need the unit to understand the number. Add 'unit' (for "
                + "example days, '%', reviews, pages per month).";
    }

    @Override
    public Example example() {
        return new Example("""
                goals:
                  - id: on-call
                    title: Reduce on-call pages
                    baseline: 30
                    target: 10
                """, """
                goals:
                  - id: on-call
                    title: Reduce on-call pages
                    baseline: 30
                    target: 10
                    unit: pages per month
                """);
    }

    @Override
    protected void check(Plan plan, String path, Goal goal, Context context, List<Finding> out) {
        // When the words name the unit, prose-measure suggests it instead (an info, not a warning).
        if (goal.target() != null && (goal.unit() == null || goal.unit().isBlank())
                && !wordsNameUnit(goal, context)) {
            out.add(at(plan, path + "/target", goal.id(), ValidateText.TARGET_WITHOUT_UNIT.with(
                    "goal", goal.id(), "target", ValidateText.number(goal.target()))));
        }
    }

    private static boolean wordsNameUnit(Goal goal, Context context) {
        io.devplan.domain.prose.Measure m = context.words(goal).measure();
        return m != null && m.unit() != null;
    }
}
