package io.devplan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    public static PeriodReport of(Plan now, Plan start, LocalDate since, LocalDate asOf) {
        List<GoalRef> goalsDone = new ArrayList<>();
        List<Gain> progress = new ArrayList<>();
        List<Done> done = new ArrayList<>();
        List<Slip> slipped = new ArrayList<>();
        List<Decision> support = new ArrayList<>();
        LocalDate dayBefore = since.minusDays(1);
        Map<String, List<DatedValue>> values = ValueHistory.of(now, dayBefore);
        for (Goal g : now.goals()) {
            Goal before = start == null ? null : start.goal(g.id()).orElse(null);
            boolean doneNow = g.status() == GoalStatus.DONE;
            boolean doneBefore = before != null ? before.status() == GoalStatus.DONE : false;
            if (doneNow && !doneBefore && (start != null || doneIn(g, since, asOf))) {
                goalsDone.add(new GoalRef(g.id(), g.title()));
            }
            if (g.status() != GoalStatus.DROPPED) {
                // A goal without a value is at its baseline, at the start and now.
                BigDecimal from = before != null ? valueOf(before) : lastValue(values.get(g.id()), valueOf(g, null));
                BigDecimal to = valueOf(g);
                GoalStatus startStatus = !doneNow ? g.status() : doneIn(g, since, asOf) ? GoalStatus.ACTIVE : GoalStatus.DONE;
                Goal atStart = before != null ? asOf(before, dayBefore) : withCurrent(asOf(g, dayBefore), from, startStatus);
                Goal atEnd = asOf(g, asOf);
                int percentFrom = Progress.rounded(atStart);
                int percentTo = Progress.rounded(atEnd);
                if (percentFrom != percentTo || !same(from, to)) {
                    progress.add(new Gain(g.id(), g.title(), from, to, g.unit(), percentFrom, percentTo));
                }
            }
            items(g, before, since, asOf, done, slipped);
            for (Support s : g.support()) {
                Support was = before == null ? null : before.support().stream()
                        .filter(x -> x.id().equals(s.id())).findFirst().orElse(null);
                if (start != null && (was == null || was.status() != s.status())) {
                    support.add(new Decision(g.id(), s.id(), s.title(), was == null || was.status() == null ? null
                            : was.status().yamlName(), s.status() == null ? null : s.status().yamlName()));
                }
            }
        }
        slipped.sort(Comparator.comparing(Slip::goal).thenComparing(Slip::item));
        List<LocalDate> checkins = now.checkins().stream().map(CheckIn::date)
                .filter(d -> d != null && in(d, since, asOf)).sorted().toList();
        List<Feedback> feedback = now.feedback().stream().filter(f -> f.date() != null && in(f.date(), since, asOf))
                .toList();
        List<Achievement> achievements = now.achievements().stream()
                .filter(a -> a.date() != null && in(a.date(), since, asOf)).toList();
        return new PeriodReport(now.id(), now.employee().name(), since, asOf, start != null, goalsDone, progress, done,
                slipped, checkins, feedback, achievements, support);
    }

    /** Milestones and actions done in the period, and those that slipped in it. */
    private static void items(Goal g, Goal before, LocalDate since, LocalDate asOf, List<Done> done, List<Slip> slipped) {
        Set<String> slippedIds = new HashSet<>();
        List<Object> items = new ArrayList<>(g.milestones());
        items.addAll(g.actions());
        for (Object o : items) {
            boolean milestone = o instanceof Milestone;
            String id = milestone ? ((Milestone) o).id() : ((Action) o).id();
            String title = milestone ? ((Milestone) o).title() : ((Action) o).title();
            LocalDate due = milestone ? ((Milestone) o).due() : ((Action) o).due();
            LocalDate doneOn = milestone ? ((Milestone) o).done() : ((Action) o).done();
            if (doneOn != null && in(doneOn, since, asOf)) {
                done.add(new Done(g.id(), id, milestone ? "milestone" : "action", title, doneOn));
            }
            LocalDate dueBefore = before == null ? null : dueOf(before, id);
            if (dueBefore != null && due != null && due.isAfter(dueBefore)) {
                slipped.add(new Slip(g.id(), id, title, dueBefore, due));
                slippedIds.add(id);
            }
            boolean openAtEnd = doneOn == null || doneOn.isAfter(asOf);
            if (!slippedIds.contains(id) && due != null && openAtEnd && !g.status().isClosed()
                    && !due.isBefore(since) && due.isBefore(asOf)) {
                slipped.add(new Slip(g.id(), id, title, due, null));
            }
        }
    }

    private static LocalDate dueOf(Goal g, String id) {
        for (Milestone m : g.milestones()) {
            if (m.id().equals(id)) {
                return m.due();
            }
        }
        for (Action a : g.actions()) {
            if (a.id().equals(id)) {
                return a.due();
            }
        }
        return null;
    }

    /**
     * Without history, a goal done now counts as done in the period when its last item was done
     * in it (the format has no date for the goal itself yet).
     */
    private static boolean doneIn(Goal g, LocalDate since, LocalDate asOf) {
        LocalDate last = null;
        for (Milestone m : g.milestones()) {
            last = later(last, m.done());
        }
        for (Action a : g.actions()) {
            last = later(last, a.done());
        }
        return last != null && in(last, since, asOf);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
    }

    /** The goal as it stood on {@code date}: milestones and actions done after it were still open. */
    private static Goal asOf(Goal g, LocalDate date) {
        List<Milestone> milestones = g.milestones().stream().map(m -> m.done() != null && m.done().isAfter(date)
                ? new Milestone(m.id(), m.title(), m.due(), null, m.pos()) : m).toList();
        return new Goal(g.id(), g.title(), g.status(), g.start(), g.due(), g.measure(), g.baseline(), g.target(),
                g.current(), g.unit(), g.relevant(), g.addresses(), g.aligns(), g.competencies(), milestones,
                g.actions(), g.support(), g.pos());
    }

    private static Goal withCurrent(Goal g, BigDecimal current, GoalStatus status) {
        return new Goal(g.id(), g.title(), status, g.start(), g.due(), g.measure(), g.baseline(), g.target(), current,
                g.unit(), g.relevant(), g.addresses(), g.aligns(), g.competencies(), g.milestones(), g.actions(),
                g.support(), g.pos());
    }

    private static BigDecimal valueOf(Goal g) {
        return valueOf(g, g.current());
    }

    private static BigDecimal valueOf(Goal g, BigDecimal current) {
        return current != null ? current : g.baseline();
    }

    private static BigDecimal lastValue(List<DatedValue> values, BigDecimal baseline) {
        return values == null || values.isEmpty() ? baseline : values.get(values.size() - 1).value();
    }

    private static boolean in(LocalDate d, LocalDate since, LocalDate asOf) {
        return !d.isBefore(since) && !d.isAfter(asOf);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
