package io.devplan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What changed in one plan in a period, the material for the next performance conversation:
 * goals done, progress gained, milestones and actions done, what slipped (due dates moved later,
 * items that fell due and were not done), check-ins held, feedback received, achievements and
 * support decisions.
 *
 * <p>The period runs from {@code since} to {@code asOf}, both included. The plan at the start is
 * the version git had before {@code since}, when there is one; without it, the start values come
 * from the plan itself: a goal's value from the last check-in before {@code since} (else its
 * baseline), its due dates as written, and a goal done now counts as done in the period when its
 * last milestone or action was.
 *
 * @param fromHistory whether the start is the version git had, or read from the plan's own dates
 */
public record PeriodReport(String employee, String name, LocalDate since, LocalDate asOf, boolean fromHistory,
                           List<GoalRef> goalsDone, List<Gain> progress, List<Done> done, List<Slip> slipped,
                           List<LocalDate> checkins, List<Feedback> feedback, List<Achievement> achievements,
                           List<Decision> support) {

    /** A goal, by id and title. */
    public record GoalRef(String goal, String title) {}

    /** A goal's value and progress at the start and at the end of the period. */
    public record Gain(String goal, String title, BigDecimal from, BigDecimal to, String unit, int percentFrom,
                       int percentTo) {
        public int points() {
            return percentTo - percentFrom;
        }
    }

    /** A milestone or action done in the period; {@code kind} is "milestone" or "action". */
    public record Done(String goal, String item, String kind, String title, LocalDate date) {}

    /** A due date moved later ({@code to} the new date), or an item that fell due and is not done ({@code to} null). */
    public record Slip(String goal, String item, String title, LocalDate from, LocalDate to) {}

    /** A support entry whose status was decided in the period ({@code from} null: requested in it). */
    public record Decision(String goal, String support, String title, String from, String to) {}

    /**
     * @param now the plan as it is (as the audience may see it)
     * @param start the plan at the start of the period, from git; null when there is none
     */
    public static PeriodReport of(Plan now, Plan start, RepoConfig config, LocalDate since, LocalDate asOf) {
        LocalDate dayBefore = since.minusDays(1);
        // Both ends are read with the one as-of rule; without history the plan itself says how it stood.
        PlanView end = PlanView.of(now, config, asOf, -1);
        PlanView begin = PlanView.of(start != null ? start : now, config, dayBefore, -1);
        List<GoalRef> goalsDone = new ArrayList<>();
        List<Gain> progress = new ArrayList<>();
        List<Done> done = new ArrayList<>();
        List<Slip> slipped = new ArrayList<>();
        List<Decision> support = new ArrayList<>();
        for (GoalView g : end.goals()) {
            GoalView before = begin.goal(g.id()).orElse(null);
            if (g.state() == DueState.DONE && (before == null || before.state() != DueState.DONE)) {
                goalsDone.add(new GoalRef(g.id(), g.goal().title()));
            }
            if (g.status() != GoalStatus.DROPPED) {
                gain(g, before, start != null).ifPresent(progress::add);
            }
            items(g, before, since, done, slipped);
            decisions(g, before, support);
        }
        slipped.sort(Comparator.comparing(Slip::goal).thenComparing(Slip::item));
        List<LocalDate> checkins = end.plan().checkins().stream().map(CheckIn::date)
                .filter(d -> !d.isBefore(since)).sorted().toList();
        List<Feedback> feedback = end.plan().feedback().stream().filter(f -> f.date() != null && !f.date().isBefore(since))
                .toList();
        List<Achievement> achievements = end.plan().achievements().stream()
                .filter(a -> a.date() != null && !a.date().isBefore(since)).toList();
        return new PeriodReport(now.id(), now.employee().name(), since, asOf, start != null, goalsDone, progress, done,
                slipped, checkins, feedback, achievements, support);
    }

    /**
     * The value and progress at both ends. A goal's value without history is the one agreed at
     * the last check-in before the period (else its baseline): {@code current} has no date.
     */
    private static java.util.Optional<Gain> gain(GoalView g, GoalView before, boolean fromHistory) {
        Goal goal = g.goal();
        BigDecimal to = valueOf(goal.current(), goal);
        BigDecimal from;
        int percentFrom;
        if (before == null) {
            from = goal.baseline();
            percentFrom = 0;
        } else if (fromHistory) {
            from = valueOf(before.goal().current(), before.goal());
            percentFrom = before.progress();
        } else {
            List<DatedValue> h = before.history();
            from = h.isEmpty() ? goal.baseline() : h.get(h.size() - 1).value();
            percentFrom = goal.target() != null && before.state() != DueState.DONE
                    ? (int) Math.floor(Progress.numeric(goal.baseline(), goal.target(), from) + 0.5) : before.progress();
        }
        if (percentFrom == g.progress() && same(from, to)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Gain(goal.id(), goal.title(), from, to, goal.unit(), percentFrom, g.progress()));
    }

    /** Milestones and actions done in the period, and those that slipped in it. */
    private static void items(GoalView g, GoalView before, LocalDate since, List<Done> done, List<Slip> slipped) {
        Set<String> slippedIds = new HashSet<>();
        List<ItemView> items = new ArrayList<>(g.milestones());
        items.addAll(g.actions());
        for (ItemView i : items) {
            String item = i.id().substring(g.id().length() + 1);
            if (i.done() != null && !i.done().isBefore(since)) {
                done.add(new Done(g.id(), item, i.kind().yamlName(), i.title(), i.done()));
            }
            LocalDate dueBefore = before == null ? null : before.openItems().stream()
                    .filter(x -> x.id().equals(i.id())).map(ItemView::due).findFirst().orElse(null);
            if (dueBefore != null && i.due() != null && i.due().isAfter(dueBefore)) {
                slipped.add(new Slip(g.id(), item, i.title(), dueBefore, i.due()));
                slippedIds.add(item);
            }
            if (!slippedIds.contains(item) && i.isOverdue() && !i.due().isBefore(since)) {
                slipped.add(new Slip(g.id(), item, i.title(), i.due(), null));
            }
        }
    }

    /** Support whose status changed in the period, or that was requested in it. */
    private static void decisions(GoalView g, GoalView before, List<Decision> out) {
        for (Support s : g.goal().support()) {
            Support was = before == null ? null : before.goal().support().stream()
                    .filter(x -> x.id().equals(s.id())).findFirst().orElse(null);
            if (was == null || was.status() != s.status()) {
                out.add(new Decision(g.id(), s.id(), s.title(), was == null ? null : was.status().yamlName(),
                        s.status().yamlName()));
            }
        }
    }

    private static BigDecimal valueOf(BigDecimal current, Goal g) {
        return current != null ? current : g.baseline();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
