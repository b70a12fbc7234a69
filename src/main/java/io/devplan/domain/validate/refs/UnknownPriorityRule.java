package io.devplan.domain.validate.refs;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import io.devplan.domain.Plan;
import io.devplan.domain.RepoConfig;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.GoalRule;
import io.devplan.domain.validate.Known;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Severity;
import java.util.ArrayList;
import java.util.List;

/** A goal's {@code aligns} names priorities of devplan.yaml. */
public final class UnknownPriorityRule implements Rule {
    @Override
    public String name() {
        return "unknown-priority";
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
        return ValidateText.SUMMARY_UNKNOWN_PRIORITY.with();
    }

    @Override
    public String description() {
        return "Each id in a goal's 'aligns' must be the id of a priority under 'priorities' in devplan.yaml, "
                + "so reports can group goals by the organisation's priorities. Correct the id, or add the "
                + "priority to devplan.yaml.";
    }

    @Override
    public Example example() {
        return new Example("""
                goals:
                  - id: availability
                    title: Raise payments availability from 99.5% to 99.95% by 31 December
                    aligns: [reliabilty]
                """, """
                goals:
                  - id: availability
                    title: Raise payments availability from 99.5% to 99.95% by 31 December
                    aligns: [reliability]
                """);
    }

    @Override
    public List<Finding> check(Plan plan, Context context) {
        List<String> known = context.config().priorities().stream().map(RepoConfig.Priority::id).toList();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < plan.goals().size(); i++) {
            var goal = plan.goals().get(i);
            for (int j = 0; j < goal.aligns().size(); j++) {
                String id = goal.aligns().get(j);
                if (!known.contains(id)) {
                    out.add(at(plan, GoalRule.path(i) + "/aligns/" + j, goal.id(), Known.said(
                            ValidateText.UNKNOWN_PRIORITY, ValidateText.UNKNOWN_PRIORITY_NONE_KNOWN, known,
                            "goal", goal.id(), "id", id)));
                }
            }
        }
        return out;
    }
}
