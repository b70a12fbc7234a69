package io.devplan.domain.prose;

import java.time.LocalDate;

/**
 * A time a goal's words name, as the grammar recognised it.
 *
 * @param phrase the words, as written in the title
 * @param kind what sort of time it is
 * @param date the day it means (the deadline, or the end of a recurrence's span); null when the
 *     words do not say which day (a fiscal year, a weekly rhythm, 11/4/2026 in English)
 * @param yearWritten whether the words write the year, so the date does not depend on the reference day
 * @param pattern the name of the grammar's pattern that matched, such as "date.day-month"
 * @param note what a reader should know about the date, or null ("or 2026-04-11: ...")
 */
public record TimeFrame(String phrase, Kind kind, LocalDate date, boolean yearWritten, String pattern, String note) {
    /** Sorts of time. Every kind but {@link #START} makes a goal time-bound. */
    public enum Kind {
        /** A day, month, quarter or year: "by 30 June", "in Q3", "this year". */
        DATE,
        /** A span from the goal's start: "within six months", "over the next 3 months". */
        PERIOD,
        /** A rhythm: "daily", "every second Tuesday", "twice a month". */
        RECURRENCE,
        /** A bound on each case: "within 14 days of receipt", "within 24 hours". */
        STANDARD,
        /** When work starts, which is no deadline: "starting 1 September". */
        START
    }

    /** Whether this makes a goal time-bound. */
    public boolean bounds() {
        return kind != Kind.START;
    }

    /** Whether this is a deadline a {@code due} field could hold. */
    public boolean isDeadline() {
        return kind == Kind.DATE || kind == Kind.PERIOD;
    }
}
