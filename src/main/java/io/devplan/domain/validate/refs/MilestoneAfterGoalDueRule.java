package io.devplan.domain.validate.refs;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import io.devplan.domain.Goal;
import io.devplan.domain.Milestone;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.GoalRule;
import io.devplan.domain.validate.Severity;
import java.util.List;

/** No milestone is due after its goal. */
public final class MilestoneAfterGoalDueRule extends GoalRule {
    @Override
    public String name() {
        return "milestone-after-goal-due";
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
    public Said summary() {
        return ValidateText.SUMMARY_MILESTONE_AFTER_GOAL_DUE.with();
    }

    @Override
    public String description() {
        return "A milestone is a step towards the goal, so it cannot come after the goal is due. Usually one "
                + "of the dates was moved and the other was not. Move the milestone before the goal's due "
                + "date, or move the goal's due date.";
    }

    @Override
    public Example example() {
        return new Example("""
                goals:
                  - id: design-reviews
                    title: Hold a design review before every payments change
                    due: 2026-09-30
                    milestones:
                      - {id: guide, title: Publish the guide, due: 2026-10-15}
                """, """
                goals:
                  - id: design-reviews
                    title: Hold a design review before every payments change
                    due: 2026-09-30
                    milestones:
                      - {id: guide, title: Publish the guide, due: 2026-09-15}
                """);
    }

    @Override
    protected void check(Plan plan, String path, Goal goal, Context context, List<Finding> out) {
        if (goal.due() == null) {
            return;
        }
        for (int j = 0; j < goal.milestones().size(); j++) {
            Milestone m = goal.milestones().get(j);
            if (m.due() != null && m.due().isAfter(goal.due())) {
                out.add(at(plan, path + "/milestones/" + j + "/due", goal.id(), ValidateText.MILESTONE_AFTER_GOAL_DUE.with(
                        "goal", goal.id(), "item", m.id(), "due", m.due(), "goalDue", goal.due())));
            }
        }
    }
}
