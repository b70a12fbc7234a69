package io.devplan.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What is overdue, and what is due soon, as of a date.
 *
 * <p>A milestone or action is overdue when its due date is before the as-of date, it is not done,
 * and its goal is neither done nor dropped. A goal is overdue when its due date is before the
 * as-of date and it is neither done nor dropped. A check-in is overdue when the next check-in
 * ({@link NextCheckIn}) is before the as-of date. Due soon: not overdue and due no later than
 * {@code soonDays} after the as-of date.
 */
public final class Overdue {
    private Overdue() {}

    /** Most overdue first, then by employee and place in the file. */
    public static final Comparator<DueItem> MOST_OVERDUE_FIRST = Comparator
            .comparingLong(DueItem::daysOverdue).reversed()
            .thenComparing(DueItem::employee)
            .thenComparingInt(DueItem::line);

    /** The items of the given kinds (every kind when empty), most overdue first. */
    public static List<DueItem> select(java.util.stream.Stream<DueItem> items, Set<DueKind> kinds) {
        return items.filter(i -> kinds.isEmpty() || kinds.contains(i.kind())).sorted(MOST_OVERDUE_FIRST).toList();
    }

    /**
     * Every open item with a due date, whenever it falls, of the given kinds (all when empty), by
     * due date: what a calendar shows. Done items, and everything under a done or dropped goal,
     * are left out.
     */
    public static List<DueItem> scheduled(List<Plan> plans, LocalDate asOf, Cadence repositoryCadence,
                                          Set<DueKind> kinds) {
        return plans.stream()
                .flatMap(p -> items(p, new Window(asOf, LocalDate.MAX), repositoryCadence).stream())
                .filter(i -> kinds.isEmpty() || kinds.contains(i.kind()))
                .sorted(java.util.Comparator.comparing(DueItem::due).thenComparing(DueItem::employee)
                        .thenComparingInt(DueItem::line))
                .toList();
    }

    /** Overdue items only. */
    public static List<DueItem> items(Plan plan, LocalDate asOf, Cadence repositoryCadence) {
        return items(plan, asOf, repositoryCadence, -1);
    }

    /**
     * Overdue items, and with {@code soonDays >= 0} also what is due within that many days.
     * Unsorted; sort with {@link #MOST_OVERDUE_FIRST}.
     */
    public static List<DueItem> items(Plan plan, LocalDate asOf, Cadence repositoryCadence, int soonDays) {
        return items(plan, new Window(asOf, soonDays < 0 ? null : asOf.plusDays(soonDays)), repositoryCadence);
    }

    private static List<DueItem> items(Plan plan, Window window, Cadence repositoryCadence) {
        LocalDate asOf = window.asOf();
        Employee e = plan.employee();
        List<DueItem> out = new ArrayList<>();
        for (Goal g : plan.goals()) {
            if (g.status().isClosed()) {
                continue;
            }
            if (window.includes(g.due())) {
                out.add(item(plan, DueKind.GOAL, g.id(), g.id(), g.title(), null, g.due(), asOf, g.pos()));
            }
            for (Milestone m : g.milestones()) {
                if (!m.isDone() && window.includes(m.due())) {
                    out.add(item(plan, DueKind.MILESTONE, g.id(), g.id() + "/" + m.id(), m.title(), null, m.due(), asOf, m.pos()));
                }
            }
            for (Action a : g.actions()) {
                if (!a.isDone() && window.includes(a.due())) {
                    out.add(item(plan, DueKind.ACTION, g.id(), g.id() + "/" + a.id(), a.title(), a.owner(), a.due(), asOf, a.pos()));
                }
            }
        }
        Optional<LocalDate> next = NextCheckIn.of(plan, repositoryCadence);
        if (next.isPresent() && window.includes(next.get())) {
            Position pos = plan.lastCheckIn().map(CheckIn::pos).orElse(plan.source().at("employee"));
            out.add(item(plan, DueKind.CHECKIN, null, null, "Check-in with " + e.name(), null, next.get(), asOf, pos));
        }
        return out;
    }

    /** An item of {@code plan}; without a due date it is 0 days overdue. */
    static DueItem item(Plan plan, DueKind kind, String goal, String id, String title, String owner,
                        LocalDate due, LocalDate asOf, Position pos) {
        Employee e = plan.employee();
        return new DueItem(e.id(), e.manager(), kind, goal, id, title, owner, due,
                due == null ? 0 : ChronoUnit.DAYS.between(due, asOf), plan.file(), pos.line());
    }

    /** Whether a due date is overdue, or due soon: no later than {@code until} (null: overdue only). */
    private record Window(LocalDate asOf, LocalDate until) {
        boolean includes(LocalDate due) {
            if (due == null) {
                return false;
            }
            return due.isBefore(asOf) || until != null && !due.isAfter(until);
        }
    }
}
