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
    public static Optional<String> refusal(String planId, Goal goal, GoalStatus status) {
        if (status == GoalStatus.DONE) {
            return Optional.of("a goal is marked done with its date by: devplan done " + planId + " " + goal.id());
        }
        if (goal.status() == GoalStatus.DONE) {
            return Optional.of("goal '" + goal.id() + "' is done" + (goal.done() != null ? " (" + goal.done() + ")" : "")
                    + "; to reopen it, change its status and done date with: devplan edit " + planId);
        }
        if (goal.status() == status) {
            return Optional.of("goal '" + goal.id() + "' is already " + status.yamlName());
        }
        return Optional.empty();
    }
}
