package io.devplan.domain;

import java.math.BigDecimal;
import java.util.List;

/** One person's wellbeing scores (1..5) from the check-ins of a plan as of a date ({@link PlanAsOf}), oldest first. */
public final class WellbeingTrend {
    private WellbeingTrend() {}

    public static List<DatedValue> of(Plan plan) {
        return ValueHistory.held(plan).stream()
                .filter(c -> c.wellbeing() != null)
                .map(c -> new DatedValue(c.date(), BigDecimal.valueOf(c.wellbeing())))
                .toList();
    }
}
