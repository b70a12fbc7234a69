package io.devplan.domain.prose;

import static io.devplan.domain.prose.Grammar.B;
import static io.devplan.domain.prose.Grammar.E;
import static io.devplan.domain.prose.Grammar.has;
import static io.devplan.domain.prose.Grammar.norm;

import io.devplan.domain.prose.Grammar.Scan;
import io.devplan.domain.prose.Lexicon.Fixed;
import io.devplan.domain.prose.Lexicon.Holiday;
import io.devplan.domain.prose.Lexicon.Season;
import io.devplan.domain.prose.Lexicon.Unit;
import io.devplan.domain.prose.Lexicon.W;
import io.devplan.domain.prose.TimeFrame.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Matcher;

/** The time patterns of the grammar, most specific first: dates, periods, standards, rhythms. */
final class TimePatterns {
    private final Grammar g;
    private final Lexicon lex;

    TimePatterns(Grammar g) {
        this.g = g;
        this.lex = g.lex;
    }

    void add() {
        g.time("date.iso", B + "{PREFIX}(?<year>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})" + E, (m, s) -> {
            LocalDate d = Dates.of(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("m")),
                    Integer.parseInt(m.group("d")));
            return d == null ? null : s.frame(m, "date.iso", d, true, null);
        });
        g.time("date.numeric", B + "{PREFIX}(?:{DATE_ARTICLE} )?(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})"
                + "\\k<sep>(?<year>\\d{4}|\\d{2})" + E + "(?![.,/-]\\d)", (m, s) -> {
                    String y = m.group("year");
                    int year = y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y);
                    return numeric(m, s, "date.numeric", r -> year, true);
                });
        g.time("date.numeric-no-year", B + "(?:{BY}) (?:{DATE_ARTICLE} )?(?<a>\\d{1,2})/(?<b>\\d{1,2})"
                + "(?![\\d/.,]\\d)(?: (?:{YEAR_JOIN} )?(?<rel>{THIS}|{NEXT}) (?<unit>{CALENDAR}))?" + E,
                (m, s) -> {
                    Unit unit = Lexicon.lookup(lex.periods, m.group("unit"));
                    if (unit != null && unit != Unit.YEAR) {
                        return null;
                    }
                    int offset = m.group("rel") != null && lex.get(W.NEXT).contains(norm(m.group("rel"))) ? 1 : 0;
                    return numeric(m, s, "date.numeric-no-year",
                            r -> unit != null ? Integer.valueOf(r.getYear() + offset) : null, unit != null);
                });
        g.time("date.day-month", B + "{PREFIX}(?:{DATE_ARTICLE} )?(?<day>[0-3]?\\d){DAYSUFFIX}\\s*(?:of )?"
                + "(?<month>{MONTH})(?:,? (?:{YEAR_JOIN} )?(?<year>{YEAR}))?" + E, (m, s) -> {
                    int month = Lexicon.lookup(lex.months, m.group("month").replace(".", ""));
                    int day = Integer.parseInt(m.group("day"));
                    return day(m, s, "date.day-month", month, day);
                });
        if (lex.monthFirst) {
            g.time("date.month-day", B + "{PREFIX}(?<month>{MONTH}) (?<day>[0-3]?\\d){DAYSUFFIX}"
                    + "(?:,? (?<year>{YEAR}))?" + E, (m, s) -> {
                        int month = Lexicon.lookup(lex.months, m.group("month").replace(".", ""));
                        return day(m, s, "date.month-day", month, Integer.parseInt(m.group("day")));
                    });
        }
        g.time("date.quarter", B + "{PREFIX}(?:{THE} )?(?:q(?<q1>[1-4])|(?<q2>[1-4])q|(?<ord>{ORDINAL}) "
                + "{QUARTER}\\p{L}*|{QUARTER}\\p{L}* (?<q3>[1-4]))(?:\\s*(?:[-/']|{YEAR_JOIN} )?\\s*(?<year>{YEAR}))?"
                + E, (m, s) -> {
                    Integer q = quarter(m);
                    return q == null ? null : period(m, s, "date.quarter", Unit.QUARTER,
                            y -> LocalDate.of(y, 3 * q - 2, 1));
                });
        g.time("date.week", B + "{PREFIX}(?:{THE} )?{WEEK}\\s*(?<w>[1-5]?\\d)(?:,? (?<year>{YEAR}))?" + E
                + "(?!\\s*[-/.:]\\s*\\d)", (m, s) -> {
                    int week = Integer.parseInt(m.group("w"));
                    if (week < 1 || week > 53) {
                        return null;
                    }
                    return period(m, s, "date.week", Unit.WEEK, y -> Dates.isoWeek(y, week));
                });
        g.time("date.half", B + "{PREFIX}(?:{THE} )?(?:h(?<h1>[12])|(?<ord>{ORDINAL}) (?:{THE} )?{HALF}"
                + "(?: (?:of|van|av|af) (?:{THE} )?(?:{CALENDAR}))?)(?:\\s*(?:[-/]|{YEAR_JOIN} )?\\s*(?<year>{YEAR}))?"
                + E, (m, s) -> {
                    Integer h = m.group("h1") != null ? Integer.valueOf(m.group("h1"))
                            : Lexicon.lookup(lex.ordinals, m.group("ord"));
                    return h == null || h > 2 ? null : period(m, s, "date.half", Unit.HALF,
                            y -> LocalDate.of(y, 6 * h - 5, 1));
                });
        g.time("date.school-year", B + "{PREFIX}(?:{THE} )?(?:(?<y1>{YEAR})\\s*[-/]\\s*(?<y2>(?:19|20)?\\d\\d) "
                + "(?<what>{CALENDAR})|(?<what2>{CALENDAR}) (?<y3>{YEAR})\\s*[-/]\\s*(?<y4>(?:19|20)?\\d\\d))" + E,
                (m, s) -> {
                    Unit unit = Lexicon.lookup(lex.periods, m.group("what") != null ? m.group("what")
                            : m.group("what2"));
                    if (unit != Unit.SCHOOL_YEAR && unit != Unit.FISCAL_YEAR && unit != Unit.YEAR) {
                        return null;
                    }
                    return s.frame(m, "date.school-year", null, true, "a school or fiscal year ends on a day "
                            + "of its own calendar; write that day as due");
                });
        g.time("recurrence.each-of-next", B + "(?:{IN} )?{EACH_OF} (?:{THE_PLURAL} )?{NEXT} (?<n>{NUM}|{ONE}) "
                + "(?<unit>{PERIOD})" + E, (m, s) -> {
                    Unit unit = Lexicon.lookup(lex.periods, m.group("unit"));
                    LocalDate end = Dates.plus(s.ref(), count(m, s), unit);
                    return new TimeFrame(s.phrase(m), Kind.RECURRENCE, end, false, "recurrence.each-of-next", null);
                });
        g.time("standard.agreed", B + "{WITHIN} (?:(?:{THE}|{THE_PLURAL}) )?(?:(?<a1>{AGREED}) )?{DEADLINE}"
                + "(?: (?<a2>{AGREED}))?" + E, (m, s) -> m.group("a1") == null && m.group("a2") == null
                && !norm(s.phrase(m)).endsWith("sla") ? null
                : new TimeFrame(s.phrase(m), Kind.STANDARD, null, false, "standard.agreed", null));
        g.time("standard.within-of", B + "{WITHIN} (?:{THE_PLURAL} )?(?<n>{NUM}|{ONE})[\\s-]*(?<unit>{PERIOD})"
                + "(?:'s|s')? (?:{STANDARD_OF}) (?=[\\p{L}])", (m, s) -> count(m, s) < 0 ? null
                : new TimeFrame(s.phrase(m), Kind.STANDARD, null, false, "standard.within-of", null));
        g.time("period.within", B + "(?:(?<within>{WITHIN}) (?:(?:{THE_PLURAL}|{THE}) )?(?:{NEXT} )?"
                + "|(?:{THE_PLURAL} )?{NEXT} )(?:{ONE} )?(?<n>{NUM}|{ONE})[\\s-]*(?<unit>{PERIOD})(?:'s|s')?"
                + "(?: {SPAN})?" + E, (m, s) -> {
                    Unit unit = Lexicon.lookup(lex.periods, m.group("unit"));
                    long n = count(m, s);
                    if (n < 0) {
                        return null;
                    }
                    if (unit.isShort()) {
                        boolean strict = m.group("within") != null
                                && lex.get(W.STRICT_WITHIN).contains(norm(m.group("within")));
                        return strict ? new TimeFrame(s.phrase(m), Kind.STANDARD, null, false, "period.within",
                                null) : null;
                    }
                    LocalDate d = Dates.plus(s.ref(), n, unit);
                    return new TimeFrame(s.phrase(m), Kind.PERIOD, d, false, "period.within", d == null
                            ? "devplan does not know how long this period is; write the last day as due" : null);
                });
        g.time("period.next", B + "(?:{WITHIN} (?:(?:{THE}|{THE_PLURAL}) )?|(?:{THE}|{THE_PLURAL}) )(?:{NEXT}) "
                + "(?<unit>{CALENDAR})" + E,
                (m, s) -> {
                    Unit unit = Lexicon.lookup(lex.periods, m.group("unit"));
                    LocalDate d = Dates.plus(s.ref(), 1, unit);
                    return new TimeFrame(s.phrase(m), Kind.PERIOD, d, false, "period.next", d == null
                            ? "devplan does not know how long this period is; write the last day as due" : null);
                });
        g.time("date.fixed", B + "{PREFIX}(?<fixed>{FIXED})" + E, (m, s) -> {
            Fixed f = Lexicon.lookup(lex.fixed, m.group("fixed"));
            if (f.unit() == Unit.FISCAL_YEAR || f.unit() == Unit.SCHOOL_YEAR) {
                return s.frame(m, "date.fixed", null, false, "devplan does not know when your "
                        + (f.unit() == Unit.FISCAL_YEAR ? "fiscal" : "school") + " year ends; write that day as due");
            }
            return s.frame(m, "date.fixed", Dates.period(s.ref(), f.unit(), f.offset(), !has(m, "begin")),
                    false, null);
        });
        g.time("date.period-end", B + "{PREFIX}(?:(?<rel>{THIS}|{NEXT}) |{THE} )?(?<unit>{CALENDAR})" + E,
                (m, s) -> {
                    Unit unit = Lexicon.lookup(lex.periods, m.group("unit"));
                    boolean bounded = has(m, "end") || has(m, "begin");
                    if (!bounded && m.group("rel") == null) {
                        return null;
                    }
                    int offset = m.group("rel") != null && lex.get(W.NEXT).contains(norm(m.group("rel"))) ? 1 : 0;
                    LocalDate d = Dates.period(s.ref(), unit, offset, !has(m, "begin"));
                    return s.frame(m, "date.period-end", d, false, d == null
                            ? "devplan does not know when this period ends; write that day as due" : null);
                });
        g.time("date.month", B + "{PREFIX}(?<month>{MONTH})(?:,? (?:{YEAR_JOIN} )?(?<year>{YEAR}))?" + E,
                (m, s) -> {
                    if (m.group("pre").isEmpty() && m.group("year") == null) {
                        return null;
                    }
                    int month = Lexicon.lookup(lex.months, m.group("month").replace(".", ""));
                    return period(m, s, "date.month", Unit.MONTH, y -> LocalDate.of(y, month, 1));
                });
        g.time("date.year", B + "{PREFIX}(?<year>(?:19|20)\\d\\d)" + E + "(?!\\s*[-/]\\s*\\d)"
                + "(?! (?!(?:{NOT_UNIT}|{CLAUSE}|{DETERMINER}|{NUMWORD})" + E + ")[\\p{L}])", (m, s) -> {
                    if (m.group("pre").isEmpty()) {
                        return null;
                    }
                    int year = Integer.parseInt(m.group("year"));
                    return period(m, s, "date.year", Unit.YEAR, y -> LocalDate.of(year, 1, 1));
                });
        g.time("date.weekday", B + "(?:{BY}) (?:{THE} )?(?:(?<next>{NEXT}) )?(?<wd>{WEEKDAY})" + E, (m, s) -> {
            int day = Lexicon.lookup(lex.weekdays, m.group("wd"));
            return s.frame(m, "date.weekday", Dates.weekday(s.ref(), day, m.group("next") == null), false, null);
        });
        // "before my next performance review", "till nästa utvecklingssamtal": a day the calendar knows.
        g.time("date.next-event", B + "(?:{BY}) (?:{DETERMINER} )?{NEXT} (?:[\\p{L}\\-]+ ){0,2}?"
                + (lex.compounds ? "[\\p{L}\\-]*{EVENT}\\p{L}{0,3}" : "{EVENT}s?") + E,
                (m, s) -> new TimeFrame(s.phrase(m), Kind.DATE, null, false, "date.next-event",
                        "devplan does not know the day of that event; write it as due"));
        g.time("date.holiday", B + "{PREFIX}(?:{THE} )?(?<h>{HOLIDAY})(?: (?<year>{YEAR}))?" + E, (m, s) -> {
            if (m.group("pre").isEmpty()) {
                return null;
            }
            Holiday h = Lexicon.lookup(lex.holidays, m.group("h"));
            LocalDate d = Dates.next(s.ref(), s.year(m), y -> Dates.holiday(h, y));
            return s.frame(m, "date.holiday", d, s.year(m) != null, null);
        });
        g.time("date.season", B + "{PREFIX}(?:(?<rel>{THIS}|{NEXT}) |{THE} )?(?<season>{SEASON})"
                + "(?: (?<year>{YEAR}))?" + E, (m, s) -> {
                    if (m.group("pre").isEmpty() && m.group("rel") == null) {
                        return null;
                    }
                    Season season = Lexicon.lookup(lex.seasons, m.group("season"));
                    return period(m, s, "date.season", null, y -> Dates.season(season, y, false),
                            y -> Dates.season(season, y, true));
                });
        g.time("recurrence.nth-weekday", B + "(?:{EVERY} )?(?:{THE} )?(?:{ORDINAL}|{LAST}) {WEEKDAY}\\p{L}* "
                + "(?:of|in|i|van|av|af|på) (?:(?:{EVERY}|{THE}) )?(?:{CALENDAR})" + E,
                (m, s) -> new TimeFrame(s.phrase(m), Kind.RECURRENCE, null, false, "recurrence.nth-weekday", null));
        g.time("recurrence.every", B + "(?:{EVERY_OTHER}|{EVERY}) (?:(?:{ORDINAL}|\\d{1,2}|{NUMWORD})[\\s-]*)?"
                + "(?:{PERIOD}|{WEEKDAY}|{DAYPART})" + E,
                (m, s) -> new TimeFrame(s.phrase(m), Kind.RECURRENCE, null, false, "recurrence.every", null));
        g.time("recurrence.frequency", B + "(?:{FREQUENCY}|(?:\\d{1,2}|{NUMWORD})\\s*(?:{TIMES})) "
                + "(?:(?:{PER}|{EVERY}|{IN}) )?(?:{THE} )?(?:{PERIOD}|{DAYPART})" + E,
                (m, s) -> new TimeFrame(s.phrase(m), Kind.RECURRENCE, null, false, "recurrence.frequency", null));
        g.time("recurrence.adverb", B + "{RECURRING}" + E,
                (m, s) -> new TimeFrame(s.phrase(m), Kind.RECURRENCE, null, false, "recurrence.adverb", null));
    }

    private Integer quarter(Matcher m) {
        for (String q : new String[] {"q1", "q2", "q3"}) {
            if (m.group(q) != null) {
                return Integer.valueOf(m.group(q));
            }
        }
        Integer q = Lexicon.lookup(lex.ordinals, m.group("ord"));
        return q != null && q <= 4 ? q : null;
    }

    private long count(Matcher m, Scan s) {
        if (lex.get(W.ONE).contains(norm(m.group("n")))) {
            return 1;
        }
        BigDecimal n = s.number(m, "n");
        return n == null || n.scale() > 0 && n.stripTrailingZeros().scale() > 0 ? -1 : n.longValue();
    }

    /** A day of a month; its year written, or the next such day on or after the reference day. */
    private TimeFrame day(Matcher m, Scan s, String pattern, int month, int day) {
        Integer year = s.year(m);
        LocalDate d = Dates.next(s.ref(), year, y -> Dates.day(y, month, day));
        if (d == null) {
            return null;
        }
        String note = m.group("year") != null && year == null
                ? "the year '" + m.group("year") + "' is not a year; read as the next such day" : null;
        return s.frame(m, pattern, d, year != null, note);
    }

    /**
     * A month, quarter, half, year or season: its last day (its first with "the start of", the
     * day before it with "before"); the year written, or the next one not yet over.
     */
    private TimeFrame period(Matcher m, Scan s, String pattern, Unit unit,
                             IntFunction<LocalDate> start) {
        return period(m, s, pattern, unit, start, y -> Dates.bound(start.apply(y), unit, true));
    }

    private TimeFrame period(Matcher m, Scan s, String pattern, Unit unit,
                             IntFunction<LocalDate> start,
                             IntFunction<LocalDate> end) {
        Integer year = s.year(m);
        IntFunction<LocalDate> day;
        if (has(m, "begin")) {
            day = start;
        } else if (has(m, "before") && !has(m, "end")) {
            day = y -> start.apply(y).minusDays(1);
        } else {
            day = end;
        }
        return s.frame(m, pattern, Dates.next(s.ref(), year, day), year != null, null);
    }

    /**
     * A numeric date: day first in Swedish, Danish and Dutch repositories; in English only
     * where the numbers allow one order (3/15/2026), otherwise the first reading with a note.
     */
    private TimeFrame numeric(Matcher m, Scan s, String pattern, Function<LocalDate, Integer> yearOf,
                              boolean yearWritten) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        Integer year = yearOf.apply(s.ref());
        LocalDate dayFirst = year != null ? Dates.of(year, b, a) : Dates.next(s.ref(), null, y -> Dates.of(y, b, a));
        LocalDate monthFirst = year != null ? Dates.of(year, a, b)
                : Dates.next(s.ref(), null, y -> Dates.of(y, a, b));
        if (dayFirst == null && monthFirst == null) {
            return null;
        }
        if (dayFirst == null || monthFirst == null || dayFirst.equals(monthFirst)) {
            return s.frame(m, pattern, dayFirst != null ? dayFirst : monthFirst, yearWritten, null);
        }
        if (!s.englishRepository()) {
            return s.frame(m, pattern, s.dayFirst() ? dayFirst : monthFirst, yearWritten, null);
        }
        return s.frame(m, pattern, null, yearWritten, "day and month can be read both ways in English: "
                + monthFirst + " (month first) or " + dayFirst + " (day first); write the day as due");
    }
}
