package io.devplan.domain.validate.smart;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import io.devplan.domain.validate.Rule;
import java.util.ArrayList;
import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.GoalRule;
import io.devplan.domain.validate.Severity;
import java.util.List;

/** One person works on a few goals at a time (repository setting rules.max-active-goals). */
public final class MaxActiveGoalsRule implements Rule {
    @Override
    public String name() {
        return "max-active-goals";
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
        return ValidateText.SUMMARY_MAX_ACTIVE_GOALS.with();
    }

    @Override
    public String description() {
        return "Next to their daily work, people make progress on a few goals at a time; with more, most "
                + "of them stall. Goals with status active or at-risk count. The finding points at the first "
                + "goal over the limit. Pause, drop or finish goals, or merge small ones; a repository can set "
                + "its own limit with 'rules: {max-active-goals: N}' in devplan.yaml.";
    }

    @Override
    public Example example() {
        return new Example("""
                # with rules: {max-active-goals: 2} in devplan.yaml
                goals:
                  - {id: a, title: Ship the merchant onboarding checklist, status: active}
                  - {id: b, title: Hire two platform engineers by 31 December, status: active}
                  - {id: c, title: Give a talk at the engineering all-hands, status: active}
                """, """
                # with rules: {max-active-goals: 2} in devplan.yaml
                goals:
                  - {id: a, title: Ship the merchant onboarding checklist, status: active}
                  - {id: b, title: Hire two platform engineers by 31 December, status: active}
                  - {id: c, title: Give a talk at the engineering all-hands, status: paused}
                """);
    }

    @Override
    public List<Finding> check(Plan plan, Context context) {
        int max = context.config().rules().maxActiveGoals();
        List<Integer> active = new ArrayList<>();
        for (int i = 0; i < plan.goals().size(); i++) {
            if (plan.goals().get(i).status().isInProgress()) {
                active.add(i);
            }
        }
        if (active.size() <= max) {
            return List.of();
        }
        Goal first = plan.goals().get(active.get(max));
        return List.of(at(plan, GoalRule.path(active.get(max)), first.id(), ValidateText.TOO_MANY_ACTIVE_GOALS.with(
                "id", plan.id(), "active", active.size(), "max", max, "goal", first.id())));
    }
}
