package io.devplan.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Before/after of assessed competency levels across a group: for each competency, over the
 * people whose manager assessed it in their plans as of a date ({@link PlanAsOf}), the average of the first
 * manager-assessed level and of the latest one. Manager assessments are the ones calibrated
 * across teams, so self and peer assessments are left out of this view.
 */
public final class CompetencyChange {
    private CompetencyChange() {}

    /** Averages rounded to one decimal. */
    public record Row(String competency, int people, double before, double after) {}

    /** In the order of the framework in devplan.yaml, then any other competency as first seen. */
    public static List<Row> of(List<Plan> plans, RepoConfig config) {
        Set<String> competencies = new LinkedHashSet<>();
        config.competencies().forEach(c -> competencies.add(c.id()));
        plans.forEach(p -> p.assessments().forEach(a -> competencies.addAll(a.levels().keySet())));
        List<Row> out = new ArrayList<>();
        for (String c : competencies) {
            int people = 0;
            int before = 0;
            int after = 0;
            for (Plan p : plans) {
                Integer first = AssessedLevel.first(p, Assessor.MANAGER, c);
                if (first != null) {
                    people++;
                    before += first;
                    after += AssessedLevel.latest(p, Assessor.MANAGER, c);
                }
            }
            if (people > 0) {
                out.add(new Row(c, people, round1((double) before / people), round1((double) after / people)));
            }
        }
        return out;
    }

    private static double round1(double v) {
        return Math.round(v * 10.0) / 10.0;
    }
}
