package io.devplan.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * A goal with everything a report computes about it as of a date.
 *
 * @param progress {@link Progress#rounded}, 0..100
 * @param expected {@link ExpectedProgress}, null when the goal has none
 * @param behind {@link Behind}
 * @param overdue due before the as-of date and neither done nor dropped
 * @param daysOverdue as-of date minus due date when overdue, else 0
 * @param history the goal's values recorded at check-ins ({@link ValueHistory})
 */
public record GoalReport(Goal goal, int progress, Integer expected, boolean behind, boolean overdue,
                         long daysOverdue, MilestoneTimeliness.Counts milestones, List<DatedValue> history) {

    public GoalReport {
        history = List.copyOf(history);
    }

    public static GoalReport of(Goal g, LocalDate asOf, int behindPoints, Map<String, List<DatedValue>> histories) {
        boolean overdue = g.due() != null && g.due().isBefore(asOf) && !g.status().isClosed();
        var expected = ExpectedProgress.of(g, asOf);
        return new GoalReport(g, Progress.rounded(g), expected.isPresent() ? expected.getAsInt() : null,
                Behind.of(g, asOf, behindPoints), overdue, overdue ? ChronoUnit.DAYS.between(g.due(), asOf) : 0,
                MilestoneTimeliness.Counts.of(g, asOf), histories.getOrDefault(g.id(), List.of()));
    }

    /** At risk: being worked on and either marked at-risk or behind its expected progress. */
    public boolean atRisk() {
        return goal.status().isInProgress() && (goal.status() == GoalStatus.AT_RISK || behind);
    }
}
