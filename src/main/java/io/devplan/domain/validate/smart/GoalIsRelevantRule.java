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

/** A goal links to what makes it matter: feedback, a priority, or a competency. */
public final class GoalIsRelevantRule extends GoalRule {
    @Override
    public String name() {
        return "goal-is-relevant";
    }

    @Override
    public Criterion criterion() {
        return Criterion.R;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Said summary() {
        return ValidateText.SUMMARY_GOAL_IS_RELEVANT.with();
    }

    @Override
    public String description() {
        return "A goal with no link to the feedback it answers, the organisation's priorities or the "
                + "competency framework is hard to defend at the next review and easy to drop. Add "
                + "'addresses: [feedback id]', 'aligns: [priority id]' or 'competencies: [competency id]'. "
                + "The free text 'relevant' explains why; the links are what reports can count.";
    }

    @Override
    public Example example() {
        return new Example("""
                goals:
                  - id: k8s-deploy
                    title: Deploy the billing service to Kubernetes without help
                """, """
                goals:
                  - id: k8s-deploy
                    title: Deploy the billing service to Kubernetes without help
                    competencies: [ownership]
                    aligns: [reliability]
                """);
    }

    @Override
    protected void check(Plan plan, String path, Goal goal, Context context, List<Finding> out) {
        if (goal.addresses().isEmpty() && goal.aligns().isEmpty() && goal.competencies().isEmpty()) {
            out.add(at(plan, path, goal.id(), ValidateText.NOT_RELEVANT.with("goal", goal.id())));
        }
    }
}
