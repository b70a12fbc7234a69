package io.devplan.domain;

import java.time.LocalDate;

/**
 * Something with a due date that is overdue or due soon.
 *
 * @param id {@code GOAL/ITEM} for milestones and actions, the goal id for goals, null for check-ins
 * @param owner who must act: the action's owner; null for other kinds
 * @param due the due date; null for support and achievements, which have none
 * @param daysOverdue as-of date minus due date: positive when overdue, 0 or less when due soon, 0 without a due date
 */
public record DueItem(
        String employee,
        String manager,
        DueKind kind,
        String goal,
        String id,
        String title,
        String owner,
        LocalDate due,
        long daysOverdue,
        String file,
        int line) {

    public boolean isOverdue() {
        return daysOverdue > 0;
    }
}
