package io.devplan.domain;

import java.time.LocalDate;

/**
 * One person as {@code devplan list} shows them, from their plan's view as of a date.
 *
 * @param activeGoals goals being worked on (active or at risk)
 * @param lastCheckIn the date of the latest check-in held, or null
 * @param nextCheckIn the next check-in due, or null when none is due
 * @param checkInOverdue whether that check-in is overdue
 * @param daysOverdue as-of date minus the next check-in's date (0 when none is due)
 * @param file the plan's file, relative to the repository root
 */
public record PersonLine(String id, String name, String team, String manager, int activeGoals, LocalDate lastCheckIn,
                         LocalDate nextCheckIn, boolean checkInOverdue, long daysOverdue, String file) {

    public static PersonLine of(PlanView v) {
        Employee e = v.employee();
        return new PersonLine(e.id(), e.name(), e.team(), e.manager(), v.active().size(),
                v.lastCheckIn() != null ? v.lastCheckIn().date() : null,
                v.nextCheckIn() != null ? v.nextCheckIn().due() : null, v.checkInOverdue(),
                v.nextCheckIn() != null ? v.nextCheckIn().daysOverdue() : 0, v.plan().file());
    }
}
