package io.devplan.domain.validate.smart;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.GoalRule;
import io.devplan.domain.validate.Severity;
import java.util.List;

/**
 * A goal that runs for months is broken into dated steps. A numeric target shows progress along
 * the way too (check-ins record {@code current}), so only goals with neither are flagged.
 */
public final class LongGoalHasMilestonesRule extends GoalRule {
    /** Longer than a quarter without a checkpoint is too long to notice a goal going wrong. */
    static final int MAX_MONTHS = 3;

    @Override
    public String name() {
        return "long-goal-has-milestones";
    }

    @Override
    public Criterion criterion() {
        return Criterion.A;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Said summary() {
        return ValidateText.SUMMARY_LONG_GOAL_HAS_MILESTONES.with("months", MAX_MONTHS);
    }

    @Override
    public String description() {
        return "A goal that runs for more than " + MAX_MONTHS + " months (from its start, or from the as-of "
                + "date when it has none, to its due date) with neither milestones nor a numeric target shows "
                + "no progress until it is almost due, when it is too late to help. Break it into dated "
                + "milestones, about one every month or two, or give it a target whose current value "
                + "check-ins record.";
    }

    @Override
    public Example example() {
        return new Example("""
                goals:
                  - id: psp-migration
                    title: Move all card payments to the new payment provider
                    start: 2026-01-15
                    due: 2026-12-15
                """, """
                goals:
                  - id: psp-migration
                    title: Move all card payments to the new payment provider
                    start: 2026-01-15
                    due: 2026-12-15
                    milestones:
                      - {id: sandbox, title: Test payments pass in the sandbox, due: 2026-04-30}
                      - {id: ten-percent, title: 10% of live traffic on the new provider, due: 2026-08-31}
                """);
    }

    @Override
    protected void check(Plan plan, String path, Goal goal, Context context, List<Finding> out) {
        LocalDate from = reference(goal, context);
        if (goal.due() == null || !goal.milestones().isEmpty() || goal.target() != null
                || !from.plusMonths(MAX_MONTHS).isBefore(goal.due())) {
            return;
        }
        long months = ChronoUnit.MONTHS.between(from, goal.due());
        out.add(at(plan, path, goal.id(), ValidateText.LONG_GOAL_WITHOUT_MILESTONES.with("goal", goal.id(),
                "months", months, "from", from, "due", goal.due())));
    }
}
