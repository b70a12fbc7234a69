package io.devplan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A resource allocated to a goal: training, coaching, mentoring, time, budget.
 *
 * @param status where it stands as written; {@code requested} when the plan names none
 * @param dates when it reached each status it went through ({@code requested: 2026-03-01},
 *     {@code approved: 2026-03-10}); empty when the plan records none
 * @param note what was said about the latest decision, or null
 */
public record Support(
        String id,
        SupportKind kind,
        String title,
        BigDecimal cost,
        String currency,
        SupportStatus status,
        Map<SupportStatus, LocalDate> dates,
        String note,
        Position pos) {

    public Support {
        status = status != null ? status : SupportStatus.REQUESTED;
        dates = dates.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(dates));
    }

    /** The date it reached {@code s}, or null. */
    public LocalDate date(SupportStatus s) {
        return dates.get(s);
    }
}
