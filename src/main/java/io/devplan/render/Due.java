package io.devplan.render;

import io.devplan.domain.DueItem;

/** How the text renderers say when something is due, relative to the as-of date. */
final class Due {
    private Due() {}

    /** "5 days overdue", "due today", "due in 3 days"; empty without a due date. */
    static String when(DueItem i) {
        if (i.due() == null) {
            return "";
        }
        long d = i.daysOverdue();
        if (d > 0) {
            return Text.days(d) + " overdue";
        }
        return d == 0 ? "due today" : "due in " + Text.days(-d);
    }

    /** The item's id, or its kind where it has none (check-ins, achievements). */
    static String what(DueItem i) {
        return i.id() != null ? i.id() : "-";
    }
}
