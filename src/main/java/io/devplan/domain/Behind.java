package io.devplan.domain;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * Whether a goal is behind: its rounded progress trails its {@link ExpectedProgress} by more
 * than {@code points} (devplan.yaml {@code report: {behind-points: N}}, default 25). Comparing
 * the rounded numbers keeps every format in agreement with what it shows. A goal without an
 * expected progress is never behind.
 */
public final class Behind {
    private Behind() {}

    public static boolean of(Goal goal, LocalDate asOf, int points) {
        OptionalInt expected = ExpectedProgress.of(goal, asOf);
        return expected.isPresent() && expected.getAsInt() - Progress.rounded(goal) > points;
    }
}
