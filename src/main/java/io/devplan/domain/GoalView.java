package io.devplan.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * A goal as of a date, with everything devplan says about it.
 *
 * @param goal the goal as it stood ({@link PlanAsOf})
 * @param dated the goal's own due date and where it stands: done, set aside (dropped), overdue, ...
 * @param progress {@link Progress#rounded}, 0..100: the one number every format shows
 * @param expected {@link ExpectedProgress}, null when the goal has none
 * @param behind {@link Behind}
 * @param started whether work on it had begun: its start (else the plan's {@code since}) is on or
 *     before the as-of date, or it names neither
 * @param milestones each milestone and where it stands
 * @param actions each action and where it stands
 * @param history the goal's values recorded at check-ins ({@link ValueHistory}), oldest first
 * @param movement how it moved since the last check-in
 */
public record GoalView(
        Goal goal,
        ItemView dated,
        int progress,
        Integer expected,
        boolean behind,
        boolean started,
        List<ItemView> milestones,
        List<ItemView> actions,
        List<DatedValue> history,
        Movement movement) {

    public GoalView {
        milestones = List.copyOf(milestones);
        actions = List.copyOf(actions);
        history = List.copyOf(history);
    }

    public String id() {
        return goal.id();
    }

    public GoalStatus status() {
        return goal.status();
    }

    public DueState state() {
        return dated.state();
    }

    public boolean isOverdue() {
        return dated.isOverdue();
    }

    /** Being worked on, and either marked at-risk or behind its expected progress. */
    public boolean atRisk() {
        return goal.status().isInProgress() && (goal.status() == GoalStatus.AT_RISK || behind);
    }

    /** How its milestones fall into done on time, done late, overdue and open. */
    public MilestoneTimeliness.Counts timeliness() {
        MilestoneTimeliness.Counts c = MilestoneTimeliness.Counts.ZERO;
        for (ItemView m : milestones) {
            c = c.plus(MilestoneTimeliness.of(m));
        }
        return c;
    }

    /** Milestones and actions not done; set-aside ones (of a closed goal) included. */
    public List<ItemView> openItems() {
        return java.util.stream.Stream.concat(milestones.stream(), actions.stream())
                .filter(i -> i.state() != DueState.DONE).toList();
    }

    /**
     * How a goal moved since the last check-in.
     *
     * @param before the value agreed at the latest check-in that recorded one for this goal, else
     *     the goal's baseline; null when neither is known
     * @param now the goal's {@code current}, null when not set
     * @param milestonesDone milestones done after the last check-in (every done one without a check-in)
     * @param actionsDone actions done after the last check-in (every done one without a check-in)
     */
    public record Movement(BigDecimal before, BigDecimal now, List<ItemView> milestonesDone,
                           List<ItemView> actionsDone) {
        public Movement {
            milestonesDone = List.copyOf(milestonesDone);
            actionsDone = List.copyOf(actionsDone);
        }

        /** Whether anything moved: the value changed, or a milestone or action was done. */
        public boolean moved() {
            boolean valueMoved = now != null && (before == null ? now.signum() != 0 : now.compareTo(before) != 0);
            return valueMoved || !milestonesDone.isEmpty() || !actionsDone.isEmpty();
        }
    }
}
