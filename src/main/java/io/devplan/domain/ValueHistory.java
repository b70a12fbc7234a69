package io.devplan.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The history of each goal's value, from the {@code progress} recorded at the check-ins of a plan
 * as of a date ({@link PlanAsOf}), oldest first. Goals without a recorded value have no entry.
 */
public final class ValueHistory {
    private ValueHistory() {}

    public static Map<String, List<DatedValue>> of(Plan plan) {
        Map<String, List<DatedValue>> out = new LinkedHashMap<>();
        for (CheckIn c : held(plan)) {
            for (Map.Entry<String, BigDecimal> e : c.progress().entrySet()) {
                out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new DatedValue(c.date(), e.getValue()));
            }
        }
        return out;
    }

    /** The check-ins of a plan as of a date, oldest first (the order written when dates tie). */
    static List<CheckIn> held(Plan plan) {
        return plan.checkins().stream()
                .filter(c -> c.date() != null)
                .sorted(Comparator.comparing(CheckIn::date))
                .toList();
    }
}
