package io.devplan.domain;

import java.util.List;
import java.util.Optional;

/**
 * A goal's status set by hand ({@code devplan status}): to draft, active, at-risk, paused or
 * dropped, with the reason kept in the plan. Done has its own command, which records the date; a
 * done goal is history and is not reopened by a status change.
 */
public final class StatusChange {
    private StatusChange() {}

    /** The statuses {@code devplan status} sets. */
    public static final List<GoalStatus> SETTABLE = List.of(GoalStatus.DRAFT, GoalStatus.ACTIVE, GoalStatus.AT_RISK,
            GoalStatus.PAUSED, GoalStatus.DROPPED);

    /** Why {@code goal} of {@code planId} cannot get {@code status}, or empty when it can. */
    public static Optional<Said> refusal(String planId, Goal goal, GoalStatus status) {
        if (status == GoalStatus.DONE) {
            return Optional.of(Said.of(RefusalText.STATUS_DONE_BY_DONE, "id", planId, "goal", goal.id()));
        }
        if (goal.status() == GoalStatus.DONE) {
            return Optional.of(goal.done() != null
                    ? Said.of(RefusalText.STATUS_GOAL_DONE_ON, "goal", goal.id(), "date", goal.done(), "id", planId)
                    : Said.of(RefusalText.STATUS_GOAL_DONE, "goal", goal.id(), "id", planId));
        }
        if (goal.status() == status) {
            return Optional.of(Said.of(RefusalText.STATUS_ALREADY, "goal", goal.id(), "status", status));
        }
        return Optional.empty();
    }
}
