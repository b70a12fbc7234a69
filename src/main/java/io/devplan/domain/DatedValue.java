package io.devplan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A value recorded on a date: a goal's {@code current} at a check-in, a wellbeing score. */
public record DatedValue(LocalDate date, BigDecimal value) {}
