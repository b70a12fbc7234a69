package io.devplan.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How lists of items across plans are ordered and picked. Whether an item is overdue or due soon
 * is {@link DueState}'s rule, applied once per plan by {@link PlanView}.
 */
public final class Overdue {
    private Overdue() {}

    /** Most overdue first, then by employee and place in the file. */
    public static final Comparator<DueItem> MOST_OVERDUE_FIRST = Comparator
            .comparingLong(DueItem::daysOverdue).reversed()
            .thenComparing(DueItem::employee)
            .thenComparingInt(DueItem::line);

    /** By due date, then employee and place in the file: a calendar's order. */
    public static final Comparator<DueItem> BY_DUE_DATE = Comparator.comparing(DueItem::due)
            .thenComparing(DueItem::employee)
            .thenComparingInt(DueItem::line);

    /** The items of the given kinds (every kind when empty), most overdue first. */
    public static List<DueItem> select(Stream<DueItem> items, Set<DueKind> kinds) {
        return items.filter(i -> kinds.isEmpty() || kinds.contains(i.kind())).sorted(MOST_OVERDUE_FIRST).toList();
    }

    /** What a calendar shows of the plans, of the given kinds (all when empty), by due date. */
    public static List<DueItem> scheduled(List<PlanView> plans, Set<DueKind> kinds) {
        return plans.stream().flatMap(p -> p.scheduled().stream())
                .filter(i -> kinds.isEmpty() || kinds.contains(i.kind()))
                .sorted(BY_DUE_DATE)
                .toList();
    }
}
