package io.devplan.domain;

import java.time.LocalDate;
import java.util.Map;

/** Competency levels as assessed on a date, by the employee, the manager or a peer. */
public record Assessment(LocalDate date, Assessor by, Map<String, Integer> levels, Position pos) {
    public Assessment {
        levels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(levels));
    }
}
