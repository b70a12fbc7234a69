package io.devplan.domain.validate.refs;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import io.devplan.domain.Assessment;
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

/** Goals and assessments name competencies of the framework in devplan.yaml. */
public final class UnknownCompetencyRule implements Rule {
    @Override
    public String name() {
        return "unknown-competency";
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
        return ValidateText.SUMMARY_UNKNOWN_COMPETENCY.with();
    }

    @Override
    public String description() {
        return "Each id in a goal's 'competencies' and each key of an assessment's 'levels' must be a "
                + "competency under 'competencies' in devplan.yaml; otherwise assessments cannot be compared "
                + "over time or with a track's expectations. Correct the id, or add the competency to the "
                + "framework.";
    }

    @Override
    public Example example() {
        return new Example("""
                assessments:
                  - date: 2026-01-15
                    by: self
                    levels: {comunication: 2}
                """, """
                assessments:
                  - date: 2026-01-15
                    by: self
                    levels: {communication: 2}
                """);
    }

    @Override
    public List<Finding> check(Plan plan, Context context) {
        List<String> known = context.config().competencies().stream().map(RepoConfig.Competency::id).toList();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < plan.goals().size(); i++) {
            var goal = plan.goals().get(i);
            for (int j = 0; j < goal.competencies().size(); j++) {
                String id = goal.competencies().get(j);
                if (!known.contains(id)) {
                    out.add(at(plan, GoalRule.path(i) + "/competencies/" + j, goal.id(), Known.said(
                            ValidateText.UNKNOWN_COMPETENCY_OF_GOAL, ValidateText.UNKNOWN_COMPETENCY_OF_GOAL_NONE_KNOWN,
                            known, "goal", goal.id(), "id", id)));
                }
            }
        }
        for (int i = 0; i < plan.assessments().size(); i++) {
            Assessment a = plan.assessments().get(i);
            for (String id : a.levels().keySet()) {
                if (!known.contains(id)) {
                    out.add(at(plan, "assessments/" + i + "/levels/" + id, null, Known.said(
                            ValidateText.UNKNOWN_COMPETENCY_ASSESSED, ValidateText.UNKNOWN_COMPETENCY_ASSESSED_NONE_KNOWN,
                            known, "date", a.date(), "id", id)));
                }
            }
        }
        return out;
    }
}
