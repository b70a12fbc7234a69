package io.devplan.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A competency level as assessed by one kind of assessor, from assessments dated on or before
 * the as-of date: the first one (before) or the latest one (after). Null when never assessed.
 */
public final class AssessedLevel {
    private AssessedLevel() {}

    public static Integer first(Plan plan, Assessor by, String competency, LocalDate asOf) {
        List<Assessment> a = assessed(plan, by, competency, asOf);
        return a.isEmpty() ? null : a.get(0).levels().get(competency);
    }

    public static Integer latest(Plan plan, Assessor by, String competency, LocalDate asOf) {
        List<Assessment> a = assessed(plan, by, competency, asOf);
        return a.isEmpty() ? null : a.get(a.size() - 1).levels().get(competency);
    }

    private static List<Assessment> assessed(Plan plan, Assessor by, String competency, LocalDate asOf) {
        return plan.assessments().stream()
                .filter(a -> a.by() == by && a.date() != null && !a.date().isAfter(asOf))
                .filter(a -> a.levels().containsKey(competency))
                .sorted(Comparator.comparing(Assessment::date))
                .toList();
    }
}
