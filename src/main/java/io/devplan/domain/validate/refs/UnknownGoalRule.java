package io.devplan.domain.validate.refs;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import io.devplan.domain.Achievement;
import io.devplan.domain.CheckIn;
import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.Known;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Severity;
import java.util.ArrayList;
import java.util.List;

/** Check-in progress keys and achievement goals name goals of the same plan. */
public final class UnknownGoalRule implements Rule {
    @Override
    public String name() {
        return "unknown-goal";
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
        return ValidateText.SUMMARY_UNKNOWN_GOAL.with();
    }

    @Override
    public String description() {
        return "Each key under a check-in's 'progress' and each achievement's 'goal' must be the id of a goal "
                + "in the same plan; otherwise the recorded progress is lost for the goal it was meant for. "
                + "Correct the id (goal ids are case-sensitive), or remove the entry.";
    }

    @Override
    public Example example() {
        return new Example("""
                goals:
                  - {id: design-reviews, title: Hold a design review before every payments change}
                checkins:
                  - date: 2026-04-20
                    progress: {design-review: 1}
                """, """
                goals:
                  - {id: design-reviews, title: Hold a design review before every payments change}
                checkins:
                  - date: 2026-04-20
                    progress: {design-reviews: 1}
                """);
    }

    @Override
    public List<Finding> check(Plan plan, Context context) {
        List<String> known = plan.goals().stream().map(Goal::id).toList();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < plan.checkins().size(); i++) {
            CheckIn c = plan.checkins().get(i);
            for (String id : c.progress().keySet()) {
                if (!known.contains(id)) {
                    out.add(at(plan, "checkins/" + i + "/progress/" + id, null, Known.said(
                            ValidateText.UNKNOWN_GOAL_IN_CHECKIN, ValidateText.UNKNOWN_GOAL_IN_CHECKIN_NONE_KNOWN, known,
                            "date", c.date(), "id", id)));
                }
            }
        }
        for (int i = 0; i < plan.achievements().size(); i++) {
            Achievement a = plan.achievements().get(i);
            if (a.goal() != null && !known.contains(a.goal())) {
                out.add(at(plan, "achievements/" + i + "/goal", null, Known.said(
                        ValidateText.UNKNOWN_GOAL_OF_ACHIEVEMENT, ValidateText.UNKNOWN_GOAL_OF_ACHIEVEMENT_NONE_KNOWN,
                        known, "title", String.valueOf(a.title()), "id", a.goal())));
            }
        }
        return out;
    }
}
