package io.devplan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the next check-in of a plan should cover, in the order a good one-on-one runs:
 * achievements to celebrate, progress per goal in progress since the last check-in, overdue and
 * due-soon items, open actions carried over, feedback no goal addresses yet, support requested
 * but not decided, and the blockers named at the last check-in.
 *
 * <p>The agenda is meant to be shared with the employee, so private feedback and private notes
 * are never part of it.
 *
 * @param lastCheckIn the date of the latest check-in, null when there was none
 * @param nextCheckIn when the next check-in is due, null when none is (no check-in, no {@code since})
 * @param due overdue and due-soon milestones, actions and goals, most overdue first
 * @param carriedOver open actions of open goals that are not already in {@code due}
 * @param unaddressed improvement feedback (or feedback of no kind) that no open goal addresses
 * @param undecided support requested for an open goal and neither approved nor declined
 * @param blockers the blockers of the latest check-in, null when it named none
 */
public record Agenda(
        Plan plan,
        LocalDate asOf,
        LocalDate lastCheckIn,
        LocalDate nextCheckIn,
        List<Achievement> toCelebrate,
        List<GoalProgress> progress,
        List<DueItem> due,
        List<GoalAction> carriedOver,
        List<Feedback> unaddressed,
        List<GoalSupport> undecided,
        String blockers) {

    public Agenda {
        toCelebrate = List.copyOf(toCelebrate);
        progress = List.copyOf(progress);
        due = List.copyOf(due);
        carriedOver = List.copyOf(carriedOver);
        unaddressed = List.copyOf(unaddressed);
        undecided = List.copyOf(undecided);
    }

    /** An open action and the goal it belongs to. */
    public record GoalAction(Goal goal, Action action) {}

    /** A support request and the goal it is for. */
    public record GoalSupport(Goal goal, Support support) {}

    /**
     * The agenda of {@code plan}'s next check-in as of {@code asOf}; {@code soonDays} is the
     * due-soon window.
     */
    public static Agenda of(Plan plan, LocalDate asOf, Cadence repositoryCadence, int soonDays) {
        Optional<CheckIn> last = plan.lastCheckIn();
        LocalDate lastDate = last.map(CheckIn::date).orElse(null);

        List<Achievement> toCelebrate = plan.achievements().stream()
                .filter(a -> a.celebrated() == null && (a.date() == null || !a.date().isAfter(asOf)))
                .toList();

        List<GoalProgress> progress = plan.goals().stream()
                .filter(g -> g.status().isInProgress())
                .map(g -> GoalProgress.of(g, plan.checkins(), lastDate, asOf))
                .toList();

        // The check-in itself is the meeting this agenda is for, so it is not an item on it.
        List<DueItem> due = Overdue.items(plan, asOf, repositoryCadence, soonDays).stream()
                .filter(i -> i.kind() != DueKind.CHECKIN)
                .sorted(Overdue.MOST_OVERDUE_FIRST)
                .toList();
        Set<String> listed = new HashSet<>();
        due.forEach(i -> listed.add(i.id()));

        List<GoalAction> carriedOver = new ArrayList<>();
        List<GoalSupport> undecided = new ArrayList<>();
        Set<String> addressed = new HashSet<>();
        for (Goal g : plan.goals()) {
            if (g.status().isClosed()) {
                continue;
            }
            addressed.addAll(g.addresses());
            for (Action a : g.actions()) {
                if (!a.isDone() && !listed.contains(g.id() + "/" + a.id())) {
                    carriedOver.add(new GoalAction(g, a));
                }
            }
            for (Support s : g.support()) {
                if (s.status() == SupportStatus.REQUESTED) {
                    undecided.add(new GoalSupport(g, s));
                }
            }
        }
        List<Feedback> unaddressed = plan.feedback().stream()
                .filter(f -> !f.isPrivate() && !addressed.contains(f.id()))
                .filter(f -> f.kind() == null || f.kind() == FeedbackKind.IMPROVEMENT)
                .filter(f -> f.date() == null || !f.date().isAfter(asOf))
                .toList();

        String blockers = last.map(CheckIn::blockers).filter(b -> !b.isBlank()).orElse(null);
        return new Agenda(plan, asOf, lastDate, NextCheckIn.of(plan, repositoryCadence).orElse(null),
                toCelebrate, progress, due, carriedOver, unaddressed, undecided, blockers);
    }

    /**
     * How a goal moved since the last check-in.
     *
     * @param before the value agreed at the latest check-in that recorded one for this goal, else
     *     the goal's baseline; null when neither is known
     * @param now the goal's {@code current}, null when not set
     * @param milestonesDone milestones done after the last check-in (all done ones without a check-in)
     * @param actionsDone actions done after the last check-in (all done ones without a check-in)
     */
    public record GoalProgress(
            Goal goal,
            int percent,
            BigDecimal before,
            BigDecimal now,
            List<Milestone> milestonesDone,
            List<Action> actionsDone) {

        public GoalProgress {
            milestonesDone = List.copyOf(milestonesDone);
            actionsDone = List.copyOf(actionsDone);
        }

        /** Whether anything moved: the value changed, or a milestone or action was done. */
        public boolean moved() {
            boolean valueMoved = now != null && (before == null ? now.signum() != 0 : now.compareTo(before) != 0);
            return valueMoved || !milestonesDone.isEmpty() || !actionsDone.isEmpty();
        }

        static GoalProgress of(Goal g, List<CheckIn> checkins, LocalDate since, LocalDate asOf) {
            BigDecimal before = g.baseline();
            LocalDate recordedOn = null;
            for (CheckIn c : checkins) {
                BigDecimal v = c.progress().get(g.id());
                if (v != null && (recordedOn == null || !c.date().isBefore(recordedOn))) {
                    before = v;
                    recordedOn = c.date();
                }
            }
            List<Milestone> milestones = g.milestones().stream()
                    .filter(m -> doneBetween(m.done(), since, asOf)).toList();
            List<Action> actions = g.actions().stream()
                    .filter(a -> doneBetween(a.done(), since, asOf)).toList();
            return new GoalProgress(g, Progress.rounded(g), before, g.current(), milestones, actions);
        }

        private static boolean doneBetween(LocalDate done, LocalDate since, LocalDate asOf) {
            return done != null && (since == null || done.isAfter(since)) && !done.isAfter(asOf);
        }
    }

    /** The agenda holds nothing to talk about. */
    public boolean isEmpty() {
        return toCelebrate.isEmpty() && progress.isEmpty() && due.isEmpty() && carriedOver.isEmpty()
                && unaddressed.isEmpty() && undecided.isEmpty() && blockers == null;
    }
}
