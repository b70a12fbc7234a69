package io.devplan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One person's wellbeing scores (1..5) from check-ins held on or before the as-of date, oldest first. */
public final class WellbeingTrend {
    private WellbeingTrend() {}

    public static List<DatedValue> of(Plan plan, LocalDate asOf) {
        return ValueHistory.held(plan, asOf).stream()
                .filter(c -> c.wellbeing() != null)
                .map(c -> new DatedValue(c.date(), BigDecimal.valueOf(c.wellbeing())))
                .toList();
    }
}
