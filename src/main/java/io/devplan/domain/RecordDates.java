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
    public static Optional<Said> meeting(Plan plan, LocalDate date, LocalDate today) {
        if (date.isAfter(today.plusDays(MEETING_DAYS_AHEAD))) {
            return Optional.of(Said.of(RefusalText.MEETING_IN_FUTURE, "date", date, "today", today));
        }
        LocalDate since = plan.employee().since();
        if (since != null && date.isBefore(since)) {
            return Optional.of(Said.of(RefusalText.MEETING_BEFORE_PLAN, "date", date, "since", since));
        }
        return Optional.empty();
    }

    /** The next check-in comes after the meeting that agreed it. */
    public static Optional<Said> next(LocalDate meeting, LocalDate next) {
        if (!next.isAfter(meeting)) {
            return Optional.of(Said.of(RefusalText.NEXT_NOT_AFTER_MEETING, "next", next, "meeting", meeting));
        }
        return Optional.empty();
    }

    /**
     * {@code ref} (a goal, milestone or action of {@code plan}) was done on {@code date}: not after
     * today, not before its goal started (its {@code start}, else the plan's {@code since}).
     */
    public static Optional<String> done(Plan plan, ItemRef ref, LocalDate date, LocalDate today) {
        return doneRefusal(plan, ref, date, today).map(Said::english);
    }

    /** As {@link #done}, to be said in the reader's language. */
    public static Optional<Said> doneRefusal(Plan plan, ItemRef ref, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            return Optional.of(Said.of(RefusalText.DONE_AFTER_TODAY, "ref", ref, "date", date, "today", today));
        }
        Goal goal = plan.goal(ref.goal()).orElse(null);
        LocalDate start = goal != null && goal.start() != null ? goal.start() : plan.employee().since();
        if (start != null && date.isBefore(start)) {
            return Optional.of(goal != null && goal.start() != null
                    ? Said.of(RefusalText.DONE_BEFORE_GOAL_STARTED, "ref", ref, "date", date, "goal", goal.id(),
                            "start", start)
                    : Said.of(RefusalText.DONE_BEFORE_PLAN, "ref", ref, "date", date, "start", start));
        }
        return Optional.empty();
    }
}
