package io.devplan.domain;

import java.math.BigDecimal;

/** A resource allocated to a goal: training, coaching, mentoring, time, budget. */
public record Support(
        String id,
        SupportKind kind,
        String title,
        BigDecimal cost,
        String currency,
        SupportStatus status,
        Position pos) {}
