package io.devplan.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;

/**
 * How far a goal should have come by a date: the share of its time from {@code start} to
 * {@code due} that has passed, in whole percent (half up), clamped to 0..100.
 *
 * <p>Only goals being worked on (active or at risk) with both a start and a due date have an
 * expected progress. A due date on or before the start makes the whole span pass at once: 0
 * before the due date, 100 from it.
 */
public final class ExpectedProgress {
    private ExpectedProgress() {}

    public static OptionalInt of(Goal goal, LocalDate asOf) {
        if (!goal.status().isInProgress() || goal.start() == null || goal.due() == null) {
            return OptionalInt.empty();
        }
        long span = ChronoUnit.DAYS.between(goal.start(), goal.due());
        if (span <= 0) {
            return OptionalInt.of(asOf.isBefore(goal.due()) ? 0 : 100);
        }
        long passed = ChronoUnit.DAYS.between(goal.start(), asOf);
        double share = Math.max(0.0, Math.min(1.0, (double) passed / span));
        return OptionalInt.of((int) Math.floor(share * 100.0 + 0.5));
    }
}
