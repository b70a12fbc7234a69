package io.devplan.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates a write may record, as rules with names: a check-in records a meeting that was held
 * (not one next month, not one before the plan began), its next date comes after it, and a thing
 * is done on a day that has been, not before its goal began. Each rule returns why a date makes no
 * sense, or empty when it does; commands refuse with that reason.
 */
public final class RecordDates {
    private RecordDates() {}

    /** How far beyond today a meeting date may lie: a meeting recorded the evening before, across a time zone. */
    public static final int MEETING_DAYS_AHEAD = 1;

    /** The meeting of a check-in was held on {@code date}: not after tomorrow, not before the plan began. */
    public static Optional<String> meeting(Plan plan, LocalDate date, LocalDate today) {
        if (date.isAfter(today.plusDays(MEETING_DAYS_AHEAD))) {
            return Optional.of("the meeting date " + date + " is in the future (today is " + today
                    + "); record a check-in once the meeting was held (its date goes in --next of this one)");
        }
        LocalDate since = plan.employee().since();
        if (since != null && date.isBefore(since)) {
            return Optional.of("the meeting date " + date + " is before the plan began (since: " + since
                    + "); check the date, or move 'employee.since' back with devplan edit");
        }
        return Optional.empty();
    }

    /** The next check-in comes after the meeting that agreed it. */
    public static Optional<String> next(LocalDate meeting, LocalDate next) {
        if (!next.isAfter(meeting)) {
            return Optional.of("the next check-in " + next + " is not after the meeting (" + meeting
                    + "); give a later date, such as +2w or +1m");
        }
        return Optional.empty();
    }

    /**
     * {@code ref} (a goal, milestone or action of {@code plan}) was done on {@code date}: not after
     * today, not before its goal started (its {@code start}, else the plan's {@code since}).
     */
    public static Optional<String> done(Plan plan, ItemRef ref, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            return Optional.of("'" + ref + "' cannot be done on " + date + ", after today (" + today
                    + "); mark it done on the day it is done");
        }
        Goal goal = plan.goal(ref.goal()).orElse(null);
        LocalDate start = goal != null && goal.start() != null ? goal.start() : plan.employee().since();
        if (start != null && date.isBefore(start)) {
            String began = goal != null && goal.start() != null ? "goal '" + goal.id() + "' started (" + start + ")"
                    : "the plan began (since: " + start + ")";
            return Optional.of("'" + ref + "' cannot be done on " + date + ", before " + began
                    + "; check the date");
        }
        return Optional.empty();
    }
}
