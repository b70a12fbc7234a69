package io.devplan.domain.validate.smart;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import io.devplan.domain.Feedback;
import io.devplan.domain.FeedbackKind;
import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.GoalRule;
import io.devplan.domain.validate.Severity;
import java.util.List;

/** A goal that answers improvement feedback has help or concrete steps: asking for change is not enough. */
public final class ImprovementHasSupportRule extends GoalRule {
    @Override
    public String name() {
        return "improvement-has-support";
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
        return ValidateText.SUMMARY_IMPROVEMENT_HAS_SUPPORT.with();
    }

    @Override
    public String description() {
        return "Improvement feedback turned into a goal with neither support (training, coaching, mentoring, "
                + "time, budget) nor actions (who does what by when) leaves the person alone with the problem, "
                + "and the goal is rarely achieved. Add at least one action with an owner and a due date, or "
                + "the support agreed.";
    }

    @Override
    public Example example() {
        return new Example("""
                feedback:
                  - {id: fb-estimates, date: 2026-03-04, kind: improvement, text: Estimates are often off by half.}
                goals:
                  - id: estimates
                    title: Estimate 8 of 10 stories within 20% of the actual time
                    addresses: [fb-estimates]
                """, """
                feedback:
                  - {id: fb-estimates, date: 2026-03-04, kind: improvement, text: Estimates are often off by half.}
                goals:
                  - id: estimates
                    title: Estimate 8 of 10 stories within 20% of the actual time
                    addresses: [fb-estimates]
                    actions:
                      - {id: pair, title: Estimate together in planning, owner: bob-berg, due: 2026-05-01}
                """);
    }

    @Override
    protected void check(Plan plan, String path, Goal goal, Context context, List<Finding> out) {
        if (!goal.support().isEmpty() || !goal.actions().isEmpty()) {
            return;
        }
        List<String> improvement = plan.feedback().stream()
                .filter(f -> f.kind() == FeedbackKind.IMPROVEMENT && goal.addresses().contains(f.id()))
                .map(Feedback::id).toList();
        if (!improvement.isEmpty()) {
            out.add(at(plan, path, goal.id(), ValidateText.IMPROVEMENT_WITHOUT_SUPPORT.with("goal", goal.id(),
                    "feedback", String.join("', '", improvement))));
        }
    }
}
