package io.devplan.domain;

import java.time.LocalDate;

/**
 * Where a dated item (a goal, milestone, action or the next check-in) stands as of a date. This is
 * the one home of "overdue" and "due soon":
 *
 * <ul>
 *   <li>done: done as of the date ({@link PlanAsOf});
 *   <li>set aside: not done, but no longer pursued: a dropped goal, or an item of a goal that is
 *       done or dropped;
 *   <li>overdue: due before the date;
 *   <li>due soon: due on the date or within the due-soon window after it;
 *   <li>open: everything else, including items without a due date.
 * </ul>
 */
public enum DueState implements YamlName {
    DONE("done"),
    SET_ASIDE("set-aside"),
    OVERDUE("overdue"),
    DUE_SOON("due-soon"),
    OPEN("open");

    /** The due-soon window when a command is not told otherwise. */
    public static final int DEFAULT_SOON_DAYS = 7;

    private final String yamlName;

    DueState(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

    /** @param soonDays the due-soon window in days; negative for none */
    public static DueState of(LocalDate due, boolean done, boolean setAside, LocalDate asOf, int soonDays) {
        if (done) {
            return DONE;
        }
        if (setAside) {
            return SET_ASIDE;
        }
        if (due == null) {
            return OPEN;
        }
        if (due.isBefore(asOf)) {
            return OVERDUE;
        }
        return soonDays >= 0 && !due.isAfter(asOf.plusDays(soonDays)) ? DUE_SOON : OPEN;
    }

    /** Overdue or due soon: what needs attention now. */
    public boolean isDue() {
        return this == OVERDUE || this == DUE_SOON;
    }

    /** Not done and still pursued: what a calendar shows. */
    public boolean isPending() {
        return this == OVERDUE || this == DUE_SOON || this == OPEN;
    }
}
