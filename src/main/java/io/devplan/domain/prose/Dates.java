package io.devplan.domain.prose;

import io.devplan.domain.prose.Lexicon.Holiday;
import io.devplan.domain.prose.Lexicon.Season;
import io.devplan.domain.prose.Lexicon.Unit;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.function.IntFunction;

/**
 * The calendar arithmetic behind the grammar. A day or period written without its year is the
 * next one that has not passed on the reference day (the goal's start, else the as-of date).
 */
final class Dates {
    private Dates() {}

    /** A day given by year, month and day, or null when there is no such day. */
    static LocalDate of(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The day {@code inYear} gives for {@code year}, or when the year is not written, for the
     * reference year or the next one: whichever is the first not before the reference day.
     */
    static LocalDate next(LocalDate ref, Integer year, IntFunction<LocalDate> inYear) {
        if (year != null) {
            return inYear.apply(year);
        }
        LocalDate d = inYear.apply(ref.getYear());
        return d != null && d.isBefore(ref) ? inYear.apply(ref.getYear() + 1) : d;
    }

    /** Day {@code day} of {@code month}; a 31st in a shorter month is its last day, a 32nd no day. */
    static LocalDate day(int year, int month, int day) {
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return null;
        }
        YearMonth ym = YearMonth.of(year, month);
        return ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }

    /** The first or last day of a month, quarter, half or year of the calendar that holds {@code d}. */
    static LocalDate bound(LocalDate d, Unit unit, boolean end) {
        return switch (unit) {
            case DAY, WORKDAY, HOUR, MINUTE -> d;
            case WEEK, FORTNIGHT -> d.with(end ? DayOfWeek.SUNDAY : DayOfWeek.MONDAY);
            case MONTH -> end ? d.with(TemporalAdjusters.lastDayOfMonth()) : d.withDayOfMonth(1);
            case QUARTER -> {
                LocalDate first = d.with(IsoFields.DAY_OF_QUARTER, 1);
                yield end ? first.plusMonths(3).minusDays(1) : first;
            }
            case HALF -> {
                LocalDate first = LocalDate.of(d.getYear(), d.getMonthValue() <= 6 ? 1 : 7, 1);
                yield end ? first.plusMonths(6).minusDays(1) : first;
            }
            case YEAR -> end ? LocalDate.of(d.getYear(), 12, 31) : LocalDate.of(d.getYear(), 1, 1);
            default -> null;
        };
    }

    /** The end (or start) of the calendar period {@code offset} periods after the one holding {@code ref}. */
    static LocalDate period(LocalDate ref, Unit unit, int offset, boolean end) {
        LocalDate shifted = plus(ref, offset, unit);
        return shifted == null ? null : bound(shifted, unit, end);
    }

    /** {@code n} periods after {@code ref}; null for periods of no fixed length (a term, a sprint). */
    static LocalDate plus(LocalDate ref, long n, Unit unit) {
        if (n < 0 || n > 1000) {
            return null;
        }
        return switch (unit) {
            case DAY, WORKDAY -> ref.plusDays(n);
            case WEEK -> ref.plusWeeks(n);
            case FORTNIGHT -> ref.plusWeeks(2 * n);
            case MONTH -> ref.plusMonths(n);
            case QUARTER -> ref.plusMonths(3 * n);
            case HALF -> ref.plusMonths(6 * n);
            case YEAR -> ref.plusYears(n);
            case HOUR, MINUTE -> ref;
            default -> null;
        };
    }

    /** The Monday of ISO week {@code week} of {@code year}; null when the year has no such week. */
    static LocalDate isoWeek(int year, int week) {
        LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Math.min(week, 52))
                .with(DayOfWeek.MONDAY);
        if (week == 53) {
            LocalDate next = monday.plusWeeks(1);
            return next.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == 53 ? next : null;
        }
        return monday;
    }

    /** The next {@code day} (1 = Monday) after {@code ref}, or on it when {@code orSame}. */
    static LocalDate weekday(LocalDate ref, int day, boolean orSame) {
        DayOfWeek dow = DayOfWeek.of(day);
        return ref.with(orSame ? TemporalAdjusters.nextOrSame(dow) : TemporalAdjusters.next(dow));
    }

    static LocalDate holiday(Holiday h, int year) {
        if (h.month() == 0) {
            return easter(year);
        }
        if (h.day() < 0) {
            return LocalDate.of(year, h.month(), -h.day()).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        }
        return LocalDate.of(year, h.month(), h.day());
    }

    /** Easter Sunday (Gregorian), by the anonymous algorithm of Meeus. */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The first or last day of a season in {@code year}; winter starts in December of that year. */
    static LocalDate season(Season s, int year, boolean end) {
        if (!end) {
            return LocalDate.of(year, s.firstMonth, 1);
        }
        int endYear = s.lastMonth < s.firstMonth ? year + 1 : year;
        return YearMonth.of(endYear, s.lastMonth).atEndOfMonth();
    }
}
