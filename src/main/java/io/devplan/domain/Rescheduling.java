package io.devplan.domain;

import java.time.LocalDate;

/**
 * A due date moved: on {@code date} the due date was moved away from {@code from}, for
 * {@code reason}. The item's {@code due} is where it was moved to last.
 */
public record Rescheduling(LocalDate date, LocalDate from, String reason, Position pos) {}
