package io.devplan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A follow-up meeting.
 *
 * @param progress goal id to the value of {@code current} agreed at this check-in
 * @param wellbeing 1..5, or null
 * @param privateNote manager-only text, never shown to the employee audience
 * @param next the agreed date of the next check-in, or null
 */
public record CheckIn(
        LocalDate date,
        String with,
        String notes,
        Map<String, BigDecimal> progress,
        Integer wellbeing,
        String blockers,
        String privateNote,
        LocalDate next,
        Position pos) {

    public CheckIn {
        progress = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(progress));
    }
}
