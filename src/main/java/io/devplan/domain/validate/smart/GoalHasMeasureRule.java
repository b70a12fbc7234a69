package io.devplan.domain.validate.smart;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import io.devplan.domain.prose.GoalWords;
import io.devplan.domain.prose.Measure;
import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.GoalRule;
import io.devplan.domain.validate.Severity;
import java.util.List;

/** A goal has a numeric target or milestones; a measure in the title's words also counts. */
public final class GoalHasMeasureRule extends GoalRule implements WordRule {
    @Override
    public String name() {
        return "goal-has-measure";
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
        return ValidateText.SUMMARY_GOAL_HAS_MEASURE.with();
    }

    @Override
    public String description() {
        return "Without a number to reach or dated steps, progress is a matter of opinion and every "
                + "check-in starts from scratch. Add 'baseline', 'target' and 'unit' (where you are, where you "
                + "want to be, in what), or break the goal into 'milestones'. A title whose words carry a "
                + "measure is not flagged: a change between numbers ('from 3 days to 1'), a percentage, money "
                + "('$12,000', '1 000 kr'), a count ('four new clients', 'by three'), a score ('10 out of 10'), a "
                + "bound ('at least 40'), or a yes/no outcome (a promotion, a degree, a certification, a course "
                + "completed, a document published, an event held); prose-measure then suggests the fields.";
    }

    @Override
    public Example example() {
        return new Example("""
                goals:
                  - id: on-call
                    title: Reduce on-call noise
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
        if (goal.target() == null && goal.milestones().isEmpty() && context.words(goal).measure() == null) {
            out.add(at(plan, path, goal.id(), ValidateText.NO_MEASURE.with("goal", goal.id())));
        }
    }

    @Override
    public Said because(Goal goal, GoalWords words) {
        if (goal.target() != null) {
            // As the field is written in YAML: a dot, whatever the language.
            return ValidateText.BECAUSE_HAS_TARGET.with("target", goal.target().stripTrailingZeros().toPlainString());
        }
        if (!goal.milestones().isEmpty()) {
            return ValidateText.BECAUSE_HAS_MILESTONES.count(goal.milestones().size());
        }
        Measure m = words.measure();
        return m != null ? ValidateText.BECAUSE_IS_MEASURE.with("quote", WordRule.quote(m.phrase(), m.pattern()))
                : ValidateText.BECAUSE_NO_MEASURE.with();
    }
}
