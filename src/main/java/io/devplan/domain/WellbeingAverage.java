package io.devplan.domain;

import java.util.List;
import java.util.Optional;

/**
 * The average of a group's latest wellbeing scores, shown only when at least
 * {@value #MIN_PEOPLE} people of the group have a score: a smaller group's average would give
 * away what one person said.
 */
public final class WellbeingAverage {
    private WellbeingAverage() {}

    public static final int MIN_PEOPLE = 5;

    /** The average, rounded to one decimal, and how many people it covers; empty for fewer than five. */
    public static Optional<Result> of(List<Plan> group) {
        int people = 0;
        int sum = 0;
        for (Plan p : group) {
            List<DatedValue> trend = WellbeingTrend.of(p);
            if (!trend.isEmpty()) {
                people++;
                sum += trend.get(trend.size() - 1).value().intValue();
            }
        }
        if (people < MIN_PEOPLE) {
            return Optional.empty();
        }
        return Optional.of(new Result(Math.round(10.0 * sum / people) / 10.0, people));
    }

    public record Result(double average, int people) {}
}
