package io.devplan.domain;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How far a goal has come, in percent from 0 to 100.
 *
 * <p>A done goal is at 100. With a numeric target: (current - baseline) / (target - baseline),
 * baseline 0 when absent, current the baseline when absent, clamped to 0..100; the same formula
 * is right for a target below the baseline ("reduce to"). A target equal to its baseline
 * measures nothing and stays at 0 (validate reports it). Without a target, the share of done
 * milestones; with neither, 0.
 */
public final class Progress {
    private Progress() {}

    public static double percent(Goal goal) {
        if (goal.status() == GoalStatus.DONE) {
            return 100.0;
        }
        if (goal.target() != null) {
            return numeric(goal.baseline(), goal.target(), goal.current());
        }
        if (!goal.milestones().isEmpty()) {
            long done = goal.milestones().stream().filter(Milestone::isDone).count();
            return 100.0 * done / goal.milestones().size();
        }
        return 0.0;
    }

    /** Progress of a value between a baseline and a target, in percent, clamped to 0..100. */
    public static double numeric(BigDecimal baseline, BigDecimal target, BigDecimal current) {
        BigDecimal base = baseline != null ? baseline : BigDecimal.ZERO;
        BigDecimal now = current != null ? current : base;
        BigDecimal span = target.subtract(base);
        if (span.signum() == 0) {
            return 0.0;
        }
        double share = now.subtract(base).divide(span, MathContext.DECIMAL64).doubleValue();
        return Math.max(0.0, Math.min(100.0, share * 100.0));
    }

    /** Progress rounded to a whole percent, half up, as every format shows it. */
    public static int rounded(Goal goal) {
        return (int) Math.floor(percent(goal) + 0.5);
    }
}
