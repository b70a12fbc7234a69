package io.devplan.domain;

import java.util.Comparator;
import java.util.List;

/**
 * A competency level as assessed by one kind of assessor, from the assessments of a plan as of a
 * date ({@link PlanAsOf}): the first one (before) or the latest one (after). Null when never assessed.
 */
public final class AssessedLevel {
    private AssessedLevel() {}

    public static Integer first(Plan plan, Assessor by, String competency) {
        List<Assessment> a = assessed(plan, by, competency);
        return a.isEmpty() ? null : a.get(0).levels().get(competency);
    }

    public static Integer latest(Plan plan, Assessor by, String competency) {
        List<Assessment> a = assessed(plan, by, competency);
        return a.isEmpty() ? null : a.get(a.size() - 1).levels().get(competency);
    }

    private static List<Assessment> assessed(Plan plan, Assessor by, String competency) {
        return plan.assessments().stream()
                .filter(a -> a.by() == by && a.date() != null)
                .filter(a -> a.levels().containsKey(competency))
                .sorted(Comparator.comparing(Assessment::date))
                .toList();
    }
}
