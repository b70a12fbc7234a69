package io.devplan.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a value of a goal's {@code current} recorded at a check-in may be: the goal must count
 * something (a {@code target}; progress reads nothing else), and a value far beyond its range is
 * most likely a slip (a percentage for a count, a missing decimal point).
 */
public final class ProgressValue {
    private ProgressValue() {}

    /** Why {@code goal} takes no value at all, or empty when it does. */
    public static Optional<String> refusal(Goal goal) {
        return refusalSaid(goal).map(Said::english);
    }

    /** As {@link #refusal}, to be said in the reader's language. */
    public static Optional<Said> refusalSaid(Goal goal) {
        if (goal.target() != null) {
            return Optional.empty();
        }
        return Optional.of(Said.of(RefusalText.PROGRESS_NO_TARGET, "goal", goal.id()));
    }

    /**
     * A warning when {@code value} lies further outside baseline..target (baseline 0 when absent)
     * than the range is wide: below baseline minus the range, or above target plus the range.
     */
    public static Optional<Said> farOutside(Goal goal, BigDecimal value) {
        if (goal.target() == null) {
            return Optional.empty();
        }
        BigDecimal baseline = goal.baseline() != null ? goal.baseline() : BigDecimal.ZERO;
        BigDecimal low = baseline.min(goal.target());
        BigDecimal high = baseline.max(goal.target());
        BigDecimal span = high.subtract(low);
        if (span.signum() == 0 || (value.compareTo(low.subtract(span)) >= 0 && value.compareTo(high.add(span)) <= 0)) {
            return Optional.empty();
        }
        return Optional.of(Said.of(RefusalText.PROGRESS_FAR_OUTSIDE, "value", plain(value), "goal", goal.id(),
                "baseline", plain(baseline), "target", plain(goal.target())));
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
