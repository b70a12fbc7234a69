package io.devplan.domain.prose;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words of a goal title say, read without any model: a small, deterministic pattern
 * analysis, English first, with Swedish, Danish and Dutch words for the same patterns.
 *
 * <ul>
 *   <li>a <b>deadline</b>: a date or period ("by 30 June", "in Q3", "within six months",
 *       "end of year", "senast 31 oktober", "inden 30. juni", "uiterlijk 1 april"), resolved
 *       against a reference day: the next such day on or after it;
 *   <li>a <b>measure</b>: a change between numbers ("from 3 days to 1", "40% → 80%"), a
 *       percentage, a counted thing ("two engineers", "10 runbooks"), or every item of something
 *       ("every platform change"); the numbers in dates do not count;
 *   <li><b>vague</b> words: a verb that promises change without saying what will be different
 *       ("improve", "get better at", "work on", "learn more about", "be more"), counted only when
 *       the title carries no measure.
 * </ul>
 *
 * @param vague the vague phrase found, or null
 * @param measure the measure found, or null
 * @param deadline the deadline found, or null
 */
public record GoalWords(String vague, Measure measure, Deadline deadline) {
    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String MONTH = Lexicon.alternation(Lexicon.MONTHS.keySet());
    private static final String NUMBER_WORD = Lexicon.alternation(Lexicon.NUMBERS.keySet());
    private static final String NUM = "(?:\\d+(?:[.,]\\d+)?|(?:" + NUMBER_WORD + ")(?![\\p{L}]))";
    private static final String NOT_UNIT = "(?:" + Lexicon.alternation(Lexicon.NOT_UNITS) + ")(?![\\p{L}])";
    private static final String WORD = "[\\p{L}][\\p{L}'\\-]*";
    private static final String PERIOD = Lexicon.alternation(Lexicon.PERIODS.keySet());
    private static final String B = "(?<![\\p{L}\\d])";
    private static final String E = "(?![\\p{L}\\d])";

    /** A deadline pattern and how its match becomes a day, given the reference day. */
    private record DatePattern(Pattern pattern, BiFunction<Matcher, LocalDate, LocalDate> resolve) {}

    private static final List<DatePattern> DATES = List.of(
            new DatePattern(p(B + "(?:(?:" + Lexicon.BY + ")\\s+)?(\\d{4})-(\\d{2})-(\\d{2})" + E),
                    (m, ref) -> isoDate(m)),
            new DatePattern(p(B + "(?:(?:" + Lexicon.BY + ")\\s+(?:the\\s+)?)?(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?("
                    + MONTH + ")" + E + "(?:,?\\s+(\\d{4})" + E + ")?"),
                    (m, ref) -> dayOfMonth(ref, month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3))),
            new DatePattern(p(B + "(?:(?:" + Lexicon.BY + ")\\s+)?(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?" + E
                    + "(?:,?\\s+(\\d{4})" + E + ")?"),
                    (m, ref) -> dayOfMonth(ref, month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3))),
            new DatePattern(p(B + "(?:(?:" + Lexicon.IN + ")\\s+(?:(?:" + Lexicon.END_OF + ")\\s+)?|(?:"
                    + Lexicon.END_OF + ")\\s+)(" + MONTH + ")" + E + "(?:\\s+(\\d{4})" + E + ")?"),
                    (m, ref) -> endOfMonth(ref, month(m.group(1)), m.group(2))),
            new DatePattern(p(B + "(?:(?:" + Lexicon.IN + "|" + Lexicon.END_OF + ")\\s+)?(?:the\\s+)?q([1-4])"
                    + "(?:\\s*(\\d{4}))?" + E),
                    (m, ref) -> endOfMonth(ref, Integer.parseInt(m.group(1)) * 3, m.group(2))),
            new DatePattern(p(B + "(?:" + Lexicon.WITHIN + ")\\s+(" + NUM + "|a|an|en|ett|et|een)\\s+(" + PERIOD + ")" + E),
                    GoalWords::within),
            new DatePattern(p(B + "(?:(?:by|before)\\s+)?(?:" + Lexicon.alternation(Lexicon.YEAR_END) + ")" + E),
                    (m, ref) -> LocalDate.of(ref.getYear(), 12, 31)),
            new DatePattern(p(B + "(?:" + Lexicon.IN + "|" + Lexicon.END_OF + ")\\s+(20\\d\\d)" + E),
                    (m, ref) -> LocalDate.of(Integer.parseInt(m.group(1)), 12, 31)));

    private static final Pattern FROM_TO = p(B + "(?:from|från|fra|van)\\s+(" + NUM + ")\\s*(%|(?!" + NOT_UNIT + ")" + WORD
            + ")?\\s+(?:down\\s+to|up\\s+to|to|till|til|ned\\s+til|naar|tot)\\s+(" + NUM + ")(?:\\s*(%|(?!" + NOT_UNIT + ")" + WORD + "))?");
    private static final Pattern ARROW = p(B + "(" + NUM + ")\\s*(%)?\\s*(?:→|->|=>)\\s*(" + NUM + ")\\s*(%)?");
    private static final Pattern PERCENT = p(B + "(\\d+(?:[.,]\\d+)?)\\s?(?:%|percent" + E + "|procent" + E + "|pct" + E + ")");
    private static final Pattern COUNT = p("(?<![\\p{L}\\d.,:/\\-])(" + NUM + ")(?:\\s+|-)(?!" + NOT_UNIT + ")(" + WORD
            + ")(?:\\s+(?!" + NOT_UNIT + ")(" + WORD + "))?");
    private static final Pattern EVERY = p(B + "(?:" + Lexicon.EVERY + ")\\s+(?!" + NOT_UNIT + ")" + WORD);
    private static final Pattern PER_PERIOD = p("^\\s*(?:a|an|per|pr\\.?|om|i|in|/|een|en|et|ett)\\s*(" + PERIOD + ")" + E);
    private static final Pattern NOUN_BEFORE = p("(" + WORD + ")\\s*$");
    private static final Pattern VAGUE = p(B + "(?:" + Lexicon.alternation(Lexicon.VAGUE) + ")" + E);
    private static final Pattern VAGUE_FIRST = p("^\\s*(?:" + Lexicon.alternation(Lexicon.VAGUE_FIRST) + ")" + E);

    /** Reads {@code title}; {@code reference} is the day relative dates count from. */
    public static GoalWords read(String title, LocalDate reference) {
        String text = normalize(title);
        Deadline deadline = null;
        StringBuilder rest = new StringBuilder(text);
        for (DatePattern dp : DATES) {
            Matcher m = dp.pattern().matcher(rest);
            while (m.find()) {
                if (deadline == null) {
                    LocalDate date = dp.resolve().apply(m, reference);
                    if (date != null) {
                        deadline = new Deadline(title.substring(m.start(), m.end()).strip(), date);
                    }
                }
                // The numbers of a date are no measure: blank the phrase out before looking for one.
                for (int i = m.start(); i < m.end(); i++) {
                    rest.setCharAt(i, ' ');
                }
            }
        }
        Measure measure = measure(rest.toString(), title);
        String vague = null;
        if (measure == null) {
            Matcher v = VAGUE.matcher(text);
            Matcher first = VAGUE_FIRST.matcher(text);
            if (v.find()) {
                vague = title.substring(v.start(), v.end());
            } else if (first.find()) {
                vague = title.substring(first.start(), first.end()).strip();
            }
        }
        return new GoalWords(vague, measure, deadline);
    }

    /** Lower case, one kind of dash; the same length as the title, so match offsets point into it. */
    private static String normalize(String title) {
        StringBuilder b = new StringBuilder(title.length());
        for (char c : title.toCharArray()) {
            b.append(c == '–' || c == '—' || c == '‑' ? '-' : Character.toLowerCase(c));
        }
        return b.toString();
    }

    private static Measure measure(String text, String title) {
        Matcher m = FROM_TO.matcher(text);
        if (m.find()) {
            String unit = unit(m.group(4), m.group(2));
            if (unit == null) {
                Matcher noun = NOUN_BEFORE.matcher(text.substring(0, m.start()));
                unit = noun.find() ? title.substring(noun.start(1), noun.end(1)) : null;
            }
            return new Measure(phrase(title, m), number(m.group(1)), number(m.group(3)), perPeriod(unit, text, m.end()));
        }
        m = ARROW.matcher(text);
        if (m.find()) {
            String unit = m.group(2) != null || m.group(4) != null ? "%" : null;
            return new Measure(phrase(title, m), number(m.group(1)), number(m.group(3)), unit);
        }
        m = PERCENT.matcher(text);
        if (m.find()) {
            return new Measure(phrase(title, m), null, number(m.group(1)), "%");
        }
        m = COUNT.matcher(text);
        if (m.find()) {
            String unit = title.substring(m.start(2), m.group(3) != null ? m.end(3) : m.end(2));
            return new Measure(phrase(title, m), null, number(m.group(1)), perPeriod(unit, text, m.end()));
        }
        m = EVERY.matcher(text);
        if (m.find()) {
            return new Measure(phrase(title, m), null, null, null);
        }
        return null;
    }

    private static String unit(String after, String before) {
        for (String u : new String[] {after, before}) {
            if (u != null && !Lexicon.NOT_UNITS.contains(u)) {
                return u;
            }
        }
        return null;
    }

    /** "pages" followed by "a month" is "pages per month". */
    private static String perPeriod(String unit, String text, int end) {
        Matcher per = PER_PERIOD.matcher(text.substring(end));
        if (unit == null || !per.find()) {
            return unit;
        }
        return unit + " per " + per.group(1);
    }

    /** The words of the title a match covers, without the blanked-out date it may run into. */
    private static String phrase(String title, Matcher m) {
        return title.substring(m.start(), m.end()).strip().replaceAll("\\s{2,}.*$", "");
    }

    private static BigDecimal number(String s) {
        Integer word = Lexicon.NUMBERS.get(s);
        return word != null ? BigDecimal.valueOf(word) : new BigDecimal(s.replace(',', '.'));
    }

    private static int month(String name) {
        return Lexicon.MONTHS.get(name);
    }

    private static LocalDate isoDate(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The day in the given year, or the next one on or after {@code ref}; a 31st beyond the month's end is its last day. */
    private static LocalDate dayOfMonth(LocalDate ref, int month, int day, String year) {
        if (day < 1 || day > 31) {
            return null;
        }
        int y = year != null ? Integer.parseInt(year) : ref.getYear();
        LocalDate date = clamp(y, month, day);
        return year == null && date.isBefore(ref) ? clamp(y + 1, month, day) : date;
    }

    private static LocalDate clamp(int year, int month, int day) {
        YearMonth ym = YearMonth.of(year, month);
        return ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }

    private static LocalDate endOfMonth(LocalDate ref, int month, String year) {
        int y = year != null ? Integer.parseInt(year) : ref.getYear();
        LocalDate date = YearMonth.of(y, month).atEndOfMonth();
        return year == null && date.isBefore(ref) ? YearMonth.of(y + 1, month).atEndOfMonth() : date;
    }

    private static LocalDate within(Matcher m, LocalDate ref) {
        String n = m.group(1);
        long count = n.matches("a|an|en|ett|et|een") ? 1 : number(n).longValue();
        return switch (Lexicon.PERIODS.get(m.group(2))) {
            case 'd' -> ref.plusDays(count);
            case 'w' -> ref.plusWeeks(count);
            case 'm' -> ref.plusMonths(count);
            default -> ref.plusYears(count);
        };
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, FLAGS);
    }
}
