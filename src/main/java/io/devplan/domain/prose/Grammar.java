package io.devplan.domain.prose;

import io.devplan.domain.prose.Lexicon.Fixed;
import io.devplan.domain.prose.Lexicon.Holiday;
import io.devplan.domain.prose.Lexicon.Season;
import io.devplan.domain.prose.Lexicon.Unit;
import io.devplan.domain.prose.Lexicon.W;
import io.devplan.domain.prose.TimeFrame.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar goal titles are read with: named patterns for times, measures and vague words,
 * the same for every language, filled with one language's words ({@link Lexicon}). Each pattern
 * has a name ("date.day-month", "measure.from-to"), so a reader can see which one recognised
 * what ({@code validate --explain}); each has its own table of examples in the tests.
 *
 * <p>Templates are regular expressions where a space stands for any run of white space and
 * {@code {NAME}} for a word class (a {@link W} name) or a fragment defined below ({@code {NUM}},
 * {@code {MONTH}}, ...). Times are read first and blanked out, so the numbers of a date are no
 * measure; measures are read in the order listed, each blanking what it read.
 */
final class Grammar {
    /** No case folding: the text and every word are lower case already, and folding makes every comparison slow. */
    private static final int FLAGS = 0;
    /** Word boundaries that also separate letters from digits. */
    static final String B = "(?<![\\p{L}\\p{N}])";
    static final String E = "(?![\\p{L}\\p{N}])";
    private static final Pattern TOKEN = Pattern.compile("(?<!\\\\[pP])\\{([A-Z_]+)}");

    /**
     * A named pattern and what its match means; a resolver returns null to reject a match. A
     * pattern is tried only at the places of a title where one of its start words stands (or a
     * digit, or a sign such as $), not at every character: most patterns are then tried once or
     * twice per title, which keeps reading one in the tens of microseconds.
     */
    static final class Production<T> {
        private final Grammar grammar;
        private final String name;
        private final Starts starts;
        private final String regex;
        private final String anchorRegex;
        private final BiFunction<Matcher, Scan, T> resolve;
        private volatile Pattern pattern;
        private volatile Pattern anchor;

        /** Templates; {@code anchorRegex} is the pattern without its prepositions, or null when it has none. */
        Production(Grammar grammar, String name, Starts starts, String regex, String anchorRegex,
                   BiFunction<Matcher, Scan, T> resolve) {
            this.grammar = grammar;
            this.name = name;
            this.starts = starts;
            this.regex = regex;
            this.anchorRegex = anchorRegex;
            this.resolve = resolve;
        }

        String name() {
            return name;
        }

        Starts starts() {
            return starts;
        }

        BiFunction<Matcher, Scan, T> resolve() {
            return resolve;
        }

        boolean prefixed() {
            return anchorRegex != null;
        }

        /** The whole pattern, compiled the first time a title needs it: most runs need few. */
        Pattern pattern() {
            Pattern p = pattern;
            if (p == null) {
                p = Pattern.compile(grammar.regex(regex), FLAGS);
                pattern = p;
            }
            return p;
        }

        Pattern anchor() {
            if (anchorRegex == null) {
                return pattern();
            }
            Pattern p = anchor;
            if (p == null) {
                p = Pattern.compile(grammar.regex(anchorRegex), FLAGS);
                anchor = p;
            }
            return p;
        }
    }

    /** Where a pattern can start: at one of these words, at a digit, at one of these signs, or anywhere. */
    record Starts(boolean digits, String signs, Set<String> words, boolean anywhere) {
        boolean at(Place p) {
            if (anywhere) {
                return true;
            }
            if (Character.isDigit(p.first())) {
                return digits;
            }
            return p.word().isEmpty() ? signs.indexOf(p.first()) >= 0 : words.contains(p.word());
        }
    }

    /** A place a pattern may start: after a space or a sign, with its first character and its run of letters. */
    record Place(int index, char first, String word) {
        static List<Place> of(CharSequence text) {
            List<Place> out = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                    continue;
                }
                int j = i;
                while (j < text.length() && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                out.add(new Place(i, c, text.subSequence(i, j).toString()));
            }
            return out;
        }
    }

    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    /** The last word before a place, with a full stop it may end with ("kl."). */
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}][\\p{L}'’\\-]*\\.?)\\s*$");

    final Lexicon lex;
    private final Map<String, String> tokens = new HashMap<>();
    final List<Production<TimeFrame>> times = new ArrayList<>();
    final List<Production<Measure>> measures = new ArrayList<>();
    final List<Production<Vague>> vague = new ArrayList<>();
    /** Verbs that change a level: with one, "10 a month" is the level to reach, not a rhythm. */
    final Pattern change;
    /** "per month" left over after the measures: a rhythm. */
    final Pattern perPeriod;
    /** A word of the title, for telling its language. */
    static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’]*", FLAGS);

    Grammar(Lexicon lex) {
        this.lex = lex;
        change = p(B + "{CHANGE}" + E);
        perPeriod = p(B + "(?:{PER}) (?<unit>{PERIOD})" + E);
        new Times(this).add();
        new Measures(this).add();
        vague.add(new Production<>(this, "vague.word", starts(false, "", lex.get(W.VAGUE)), B + "{VAGUE}" + E, null,
                (m, s) -> new Vague(s.phrase(m), "vague.word")));
        vague.add(new Production<>(this, "vague.first-word", starts(false, "", lex.get(W.VAGUE_FIRST)),
                "^\\s*{VAGUE_FIRST}" + E, null, (m, s) -> new Vague(s.phrase(m), "vague.first-word")));
    }

    /**
     * The regex of a {NAME} in templates, built the first time a pattern that uses it is compiled:
     * a run reads few kinds of phrase, so most word lists never become a regex.
     */
    private synchronized String token(String name) {
        String t = tokens.get(name);
        if (t == null) {
            t = build(name);
            tokens.put(name, t);
        }
        return t;
    }

    private String build(String name) {
        return switch (name) {
            case "MONTH" -> "(?:" + Lexicon.alternation(lex.months.keySet()) + ")\\.?";
            case "WEEKDAY" -> "(?:" + Lexicon.alternation(lex.weekdays.keySet()) + ")";
            case "ORDINAL" -> "(?:" + Lexicon.alternation(lex.ordinals.keySet()) + ")";
            case "PERIOD" -> "(?:" + Lexicon.alternation(lex.periods.keySet()) + ")";
            case "CALENDAR" -> "(?:" + Lexicon.alternation(lex.periods.entrySet().stream()
                    .filter(e -> !e.getValue().isShort() && e.getValue() != Unit.DAY).map(Map.Entry::getKey)
                    .toList()) + ")";
            case "RECURRING" -> "(?:" + Lexicon.alternation(lex.recurring.keySet()) + ")";
            case "FREQUENCY" -> "(?:" + Lexicon.alternation(lex.frequencies.keySet()) + ")";
            case "EVERY_OTHER" -> "(?:" + Lexicon.alternation(lex.everyOther.keySet()) + ")";
            case "MULTIPLIER" -> "(?:" + Lexicon.alternation(lex.multipliers.keySet()) + ")";
            case "SCALE" -> "(?:" + Lexicon.alternation(lex.scales.keySet()) + ")";
            case "WORD_SCALE" -> "(?:" + Lexicon.alternation(lex.scales.keySet().stream()
                    .filter(s -> s.length() > 1).toList()) + ")";
            case "CURRENCY" -> "(?:" + Lexicon.alternation(lex.currencies.keySet()) + ")";
            case "FIXED" -> "(?:" + Lexicon.alternation(lex.fixed.keySet()) + ")";
            case "HOLIDAY" -> "(?:" + Lexicon.alternation(lex.holidays.keySet()) + ")";
            case "SEASON" -> "(?:" + Lexicon.alternation(lex.seasons.keySet()) + ")";
            case "NUMWORD" -> "(?:" + Lexicon.alternation(lex.numbers.keySet()) + ")(?![\\p{L}])";
            case "DIGITS" -> "(?:\\d{1,3}(?:[,.]\\d{3}|\\x20\\d{3})+(?!\\d)(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)";
            case "NUM" -> "(?:" + token("DIGITS") + "|" + token("NUMWORD") + ")";
            case "YEAR" -> "(?:19|20)\\d[\\dx]";
            case "DAYSUFFIX" -> "(?:st|nd|rd|th|:e|:a|ste|de|e|\\.)?";
            case "UNITWORD" -> "(?!" + token("NOT_UNIT") + "(?![\\p{L}]))[\\p{L}][\\p{L}'’\\-]*";
            case "PREFIX" -> "(?<pre>(?:(?<start>" + token("START") + ")\\s+|(?<before>" + token("BEFORE") + ")\\s+|(?:"
                    + token("BY") + "|" + token("IN") + ")\\s+)?(?:(?<end>" + token("END_OF") + ")\\s+|(?<begin>"
                    + token("START_OF") + ")\\s+)?)";
            default -> "(?:" + lex.alt(W.valueOf(name)) + ")";
        };
    }

    /** A template as a pattern: spaces match white space, {NAME} a word class or fragment. */
    Pattern p(String template) {
        return Pattern.compile(regex(template), FLAGS);
    }

    String regex(String template) {
        String regex = template.replace(" ", "\\s+");
        Matcher t = TOKEN.matcher(regex);
        StringBuilder b = new StringBuilder();
        while (t.find()) {
            String value = token(t.group(1));
            t.appendReplacement(b, Matcher.quoteReplacement(value));
        }
        t.appendTail(b);
        return b.toString();
    }

    /**
     * A time pattern. One that starts with a {PREFIX} ("by", "before", "the end of") is scanned
     * for without it, and the prefix is looked for only before what it found: trying every
     * preposition at every place of every title was most of the cost of reading one.
     */
    void time(String name, String template, BiFunction<Matcher, Scan, TimeFrame> resolve) {
        String prefixed = B + "{PREFIX}";
        String anchor = template.startsWith(prefixed) ? B + template.substring(prefixed.length()) : null;
        times.add(new Production<>(this, name, startsFor(name), template, anchor, resolve));
    }

    void measure(String name, String template, BiFunction<Matcher, Scan, Measure> resolve) {
        measures.add(new Production<>(this, name, startsFor(name), template, null, resolve));
    }

    /** Where phrases start: their first runs of letters, or a digit or a sign they begin with. */
    @SafeVarargs
    static Starts starts(boolean digits, String signs, Collection<String>... phrases) {
        Set<String> words = new HashSet<>();
        StringBuilder sign = new StringBuilder(signs);
        boolean digit = digits;
        for (Collection<String> list : phrases) {
            for (String p : list) {
                char c = p.charAt(0);
                int j = 0;
                while (j < p.length() && Character.isLetter(p.charAt(j))) {
                    j++;
                }
                if (j > 0) {
                    words.add(p.substring(0, j));
                } else if (Character.isDigit(c)) {
                    digit = true;
                } else {
                    sign.append(c);
                }
            }
        }
        return new Starts(digit, sign.toString(), Set.copyOf(words), false);
    }

    private List<String> words(W... classes) {
        List<String> out = new ArrayList<>();
        for (W w : classes) {
            out.addAll(lex.get(w));
        }
        return out;
    }

    private List<String> periodsOf(Unit... units) {
        List<Unit> wanted = List.of(units);
        return lex.periods.entrySet().stream().filter(e -> wanted.contains(e.getValue())).map(Map.Entry::getKey).toList();
    }

    /** Where a pattern's anchor (the pattern without its prepositions) can begin. */
    private Starts startsFor(String name) {
        Set<String> calendar = new HashSet<>(periodsOf(Unit.WEEK, Unit.FORTNIGHT, Unit.MONTH, Unit.QUARTER, Unit.HALF,
                Unit.YEAR, Unit.TERM, Unit.SPRINT, Unit.FISCAL_YEAR, Unit.SCHOOL_YEAR));
        return switch (name) {
            case "date.iso", "date.year", "measure.percent", "measure.quantity", "measure.number" ->
                    starts(true, "", List.of());
            case "date.numeric", "date.day-month" -> starts(true, "", words(W.DATE_ARTICLE));
            case "date.numeric-no-year", "date.weekday", "date.next-event" -> starts(false, "", words(W.BY));
            case "date.month-day", "date.month" -> starts(false, "", lex.months.keySet());
            case "date.quarter" -> starts(true, "", words(W.THE, W.QUARTER), lex.ordinals.keySet(),
                    periodsOf(Unit.QUARTER), List.of("q"));
            case "date.half" -> starts(true, "", words(W.THE, W.HALF), lex.ordinals.keySet(), periodsOf(Unit.HALF),
                    List.of("h"));
            case "date.week" -> starts(false, "", words(W.THE, W.WEEK));
            case "date.school-year" -> starts(true, "", words(W.THE), calendar);
            case "recurrence.each-of-next" -> starts(false, "", words(W.IN, W.EACH_OF));
            case "standard.agreed", "standard.within-of" -> starts(false, "", words(W.WITHIN));
            case "period.within" -> starts(false, "", words(W.WITHIN, W.THE_PLURAL, W.NEXT));
            case "period.next" -> starts(false, "", words(W.WITHIN, W.THE, W.THE_PLURAL));
            case "date.fixed" -> starts(false, "", lex.fixed.keySet());
            case "date.period-end" -> starts(false, "", words(W.THIS, W.NEXT, W.THE), calendar);
            case "date.holiday" -> starts(false, "", words(W.THE), lex.holidays.keySet());
            case "date.season" -> starts(false, "", words(W.THIS, W.NEXT, W.THE), lex.seasons.keySet());
            case "recurrence.nth-weekday" -> starts(false, "", words(W.EVERY, W.THE, W.LAST), lex.ordinals.keySet());
            case "recurrence.every" -> starts(false, "", words(W.EVERY), lex.everyOther.keySet());
            case "recurrence.frequency" -> starts(true, "", lex.frequencies.keySet(), lex.numbers.keySet());
            case "recurrence.adverb" -> starts(false, "", lex.recurring.keySet());
            case "measure.from-to" -> starts(false, "", words(W.FROM));
            case "measure.arrow", "measure.score", "measure.count" -> starts(true, "", lex.numbers.keySet());
            case "measure.money" -> starts(true, "", lex.currencies.keySet());
            case "measure.metric" -> starts(false, "", words(W.METRIC));
            case "measure.bound" -> starts(false, "", words(W.COMPARATOR));
            case "measure.change-by" -> starts(false, "", words(W.CHANGE_BY));
            case "measure.factor" -> starts(false, "", lex.multipliers.keySet());
            case "outcome.promotion" -> starts(false, "", words(W.PROMOTION));
            case "outcome.one" -> starts(false, "", words(W.HIRE, W.ONE));
            case "measure.evidence" -> starts(false, "", words(W.EVIDENCE));
            case "measure.all" -> starts(false, "", words(W.ALL));
            // Languages that write the noun first ("een cursus volgen") start with any word of a compound.
            case "outcome.degree", "outcome.certificate", "outcome.course", "outcome.document", "outcome.event",
                 "outcome.deliverable" -> lex.compounds ? new Starts(true, "", Set.of(), true)
                    : starts(false, "", words(switch (name) {
                        case "outcome.degree" -> W.DEGREE_VERB;
                        case "outcome.certificate" -> W.CERTIFICATE_VERB;
                        case "outcome.course" -> W.COURSE_VERB;
                        case "outcome.document" -> W.DOCUMENT_VERB;
                        case "outcome.event" -> W.EVENT_VERB;
                        default -> W.DELIVER;
                    }));
            default -> throw new IllegalArgumentException("no start words for pattern " + name);
        };
    }

    /** Every pattern name, times first, in the order they are tried. */
    List<String> names() {
        List<String> out = new ArrayList<>();
        times.forEach(t -> out.add(t.name()));
        measures.forEach(m -> out.add(m.name()));
        vague.forEach(v -> out.add(v.name()));
        return out;
    }

    /**
     * One reading of one title: what resolvers need besides their match.
     *
     * @param title the title as written, for phrases in their own case
     * @param ref the day relative words count from
     * @param dayFirst whether numeric dates put the day first (the repository's language)
     * @param englishRepository whether the repository writes English, where 3/4/2026 is ambiguous
     * @param rest the lower-case title with what earlier patterns read blanked out
     */
    record Scan(String title, CharSequence rest, LocalDate ref, boolean dayFirst, boolean englishRepository, Lexicon lex) {
        /** The words of the title the match covers, without surrounding space. */
        String phrase(Matcher m) {
            // Without the blanks an earlier pattern left ("promoted to team lead" before "this year").
            int end = m.end();
            while (end > m.start() && Character.isWhitespace(rest.charAt(end - 1))) {
                end--;
            }
            return title.substring(m.start(), end).strip();
        }

        String phrase(Matcher m, String group) {
            return m.group(group) == null ? null : title.substring(m.start(group), m.end(group));
        }

        BigDecimal number(Matcher m, String group) {
            return Numbers.parse(m.group(group), lex);
        }

        Integer year(Matcher m) {
            String y = m.group("year");
            return y == null || y.endsWith("x") ? null : Integer.valueOf(y);
        }

        /** A time the match names, with its prefix deciding the kind: "starting 1 May" is a start. */
        TimeFrame frame(Matcher m, String pattern, LocalDate date, boolean yearWritten, String note) {
            Kind kind = has(m, "start") ? Kind.START : Kind.DATE;
            return new TimeFrame(phrase(m), kind, date, yearWritten, pattern, note);
        }
    }

    static boolean has(Matcher m, String group) {
        try {
            return m.group(group) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The time patterns, most specific first. */
    private static final class Times {
        private final Grammar g;
        private final Lexicon lex;

        Times(Grammar g) {
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
                                 java.util.function.IntFunction<LocalDate> start) {
            return period(m, s, pattern, unit, start, y -> Dates.bound(start.apply(y), unit, true));
        }

        private TimeFrame period(Matcher m, Scan s, String pattern, Unit unit,
                                 java.util.function.IntFunction<LocalDate> start,
                                 java.util.function.IntFunction<LocalDate> end) {
            Integer year = s.year(m);
            java.util.function.IntFunction<LocalDate> day;
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
        private TimeFrame numeric(Matcher m, Scan s, String pattern, java.util.function.Function<LocalDate, Integer> yearOf,
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

    /** The measure patterns: numbers with what they count first, then outcomes, then the weak ones. */
    private static final class Measures {
        private final Grammar g;
        private final Lexicon lex;

        Measures(Grammar g) {
            this.g = g;
            this.lex = g.lex;
        }

        void add() {
            String value = "(?<%s>{NUM})(?:\\s?(?<%s>{WORD_SCALE})" + E + ")?";
            g.measure("measure.from-to", B + "{FROM} (?:{ONE} )?" + String.format(value, "a", "sa") + "(?:/\\d+)?\\s*"
                    + "(?<u1>%|{PERCENT}" + E + "|{UNITWORD})? (?:{TO}) (?:{ONE} )?" + String.format(value, "b", "sb")
                    + "(?<of>/\\d+)?(?:\\s*(?<u2>%|{PERCENT}" + E + "|{UNITWORD}))?"
                    + "(?: (?<per>(?:{PER}) (?:{PERIOD})" + E + "))?", (m, s) -> {
                        BigDecimal a = scaled(m, s, "a", "sa");
                        BigDecimal b = scaled(m, s, "b", "sb");
                        if (a == null || b == null) {
                            return null;
                        }
                        String unit = unit(m.group("u2"), m.group("u1"));
                        if (unit == null && m.group("of") != null) {
                            unit = "out of " + m.group("of").substring(1);
                        }
                        if (unit == null) {
                            unit = nounBefore(s, m.start());
                        }
                        return new Measure(s.phrase(m), "measure.from-to", true, a, b, perPeriod(unit, s, m));
                    });
            g.measure("measure.arrow", B + "(?<a>{NUM})\\s*(?<p1>%)?\\s*(?:→|->|=>|⇒)\\s*(?<b>{NUM})\\s*(?<p2>%)?",
                    (m, s) -> new Measure(s.phrase(m), "measure.arrow", true, s.number(m, "a"), s.number(m, "b"),
                            m.group("p1") != null || m.group("p2") != null ? "%" : null));
            g.measure("measure.money", "(?<![\\p{L}\\p{N}$€£])(?:(?<c1>{CURRENCY})\\s?(?<n1>{DIGITS})(?:\\s?(?<s1>{SCALE}))?"
                    + "|(?<n2>{DIGITS})\\s?(?:(?<s2>{SCALE})\\s?)?(?<c2>{CURRENCY}))(?![\\p{L}\\p{N}])", (m, s) -> {
                        boolean first = m.group("n1") != null;
                        BigDecimal n = scaled(m, s, first ? "n1" : "n2", first ? "s1" : "s2");
                        String symbol = m.group(first ? "c1" : "c2");
                        if (n == null) {
                            return null;
                        }
                        BigDecimal scale = Lexicon.lookup(lex.scales, symbol);
                        if (scale != null && m.group(first ? "s1" : "s2") == null) {
                            n = n.multiply(scale);
                        }
                        return new Measure(s.phrase(m), "measure.money", true, null, n, currency(symbol));
                    });
            g.measure("measure.percent", B + "(?<n>{DIGITS})\\s?(?:%|{PERCENT}" + E + ")(?:[\\s-]*(?<pts>{POINTS})"
                    + E + ")?", (m, s) -> new Measure(s.phrase(m), "measure.percent", true, null, s.number(m, "n"),
                            m.group("pts") != null ? "percentage points" : "%"));
            g.measure("measure.score", B + "(?<n>{NUM})\\s*\\(?\\s*(?:(?:{OUT_OF}) (?:{THE_PLURAL} )?|/\\s*)"
                    + "(?<of>{NUM})\\)?" + E, (m, s) -> {
                        BigDecimal n = s.number(m, "n");
                        BigDecimal of = s.number(m, "of");
                        if (n == null || of == null || of.signum() == 0 || n.compareTo(of) > 0) {
                            return null;
                        }
                        return new Measure(s.phrase(m), "measure.score", true, null, n,
                                "out of " + of.stripTrailingZeros().toPlainString());
                    });
            g.measure("measure.metric", B + "(?<metric>{METRIC})\\s*(?:(?:of|at|to|above|below|over|under|på|op|van|af"
                    + "|til|naar|till|:|=|≥|>|≤|<) ?)?(?<n>{DIGITS})" + E + "(?!\\s*(?:%|/))",
                    (m, s) -> new Measure(s.phrase(m), "measure.metric", true, null, s.number(m, "n"),
                            s.phrase(m, "metric")));
            g.measure("measure.bound", B + "(?<cmp>{COMPARATOR})\\s*" + String.format(value, "n", "sc")
                    + "(?:\\s*(?<u>%|{PERCENT}" + E + "|{UNIT}" + E + "|{UNITWORD}))?(?:"
                    + (lex.compounds ? "(?<=" + adjectiveEnd() + ") (?<u2>{UNITWORD})" : " (?<u2>{UNITWORD})") + ")?"
                    + "(?: (?<per>(?:{PER}) (?:{PERIOD})" + E + "))?", (m, s) -> {
                        BigDecimal n = scaled(m, s, "n", "sc");
                        if (n == null || namedBefore(s, m.start("n"))) {
                            return null;
                        }
                        String unit = m.group("u") == null ? null : word(s, m, "u", "u2");
                        return new Measure(s.phrase(m), "measure.bound", true, null, n, perPeriod(unit, s, m));
                    });
            g.measure("measure.change-by", B + "{CHANGE_BY} " + String.format(value, "n", "sc")
                    + "(?:\\s*(?<u>%|{PERCENT}" + E + (lex.compounds ? "" : "|{UNITWORD}") + "))?" + E, (m, s) -> {
                        BigDecimal n = scaled(m, s, "n", "sc");
                        if (n == null || isYear(m.group("n"))) {
                            return null;
                        }
                        return new Measure(s.phrase(m), "measure.change-by", true, null, n,
                                m.group("u") == null ? null : s.phrase(m, "u"));
                    });
            g.measure("measure.factor", B + "(?<v>{MULTIPLIER})" + E, (m, s) ->
                    new Measure(s.phrase(m), "measure.factor", true, null, null, "x" + Lexicon.lookup(lex.multipliers,
                            m.group("v")).stripTrailingZeros().toPlainString()));
            g.measure("measure.quantity", B + "(?<n>{DIGITS})(?:(?<u>{UNIT})|\\s(?<u2>{UNIT}))" + E, (m, s) -> {
                String unit = m.group("u") != null ? m.group("u") : m.group("u2");
                if (m.group("u2") != null && unit.length() == 1 || isYear(m.group("n"))) {
                    return null;
                }
                return new Measure(s.phrase(m), "measure.quantity", true, null, s.number(m, "n"),
                        s.phrase(m, m.group("u") != null ? "u" : "u2"));
            });
            // What is counted: one word, or two in English ("platform engineers"); in the languages that
            // write compounds and put the verb last, an adjective and a noun ("nya sjuksköterskor").
            String second = lex.compounds ? "(?<=" + adjectiveEnd() + ") (?<w2>{UNITWORD})" : " (?<w2>{UNITWORD})";
            g.measure("measure.count", "(?<![\\p{L}\\p{N}.,:/\\-])" + String.format(value, "n", "sc")
                    + "(?:\\s+|-)(?<w1>(?:\\d+-)?{UNITWORD})(?:" + second + ")?"
                    + "(?: (?<per>(?:{PER}) (?:{PERIOD})" + E + "))?", (m, s) -> {
                        BigDecimal n = scaled(m, s, "n", "sc");
                        if (n == null || namedBefore(s, m.start("n")) || descriptor(m)) {
                            return null;
                        }
                        String w1 = s.phrase(m, "w1");
                        String w2 = s.phrase(m, "w2");
                        String unit = w2 == null ? w1
                                : lex.get(W.ADJECTIVE).contains(norm(w1)) || Character.isDigit(w1.charAt(0)) ? w2 : w1 + " " + w2;
                        return new Measure(s.phrase(m), "measure.count", true, null, n, perPeriod(unit, s, m));
                    });
            g.measure("outcome.promotion", B + "{PROMOTION} (?:{DETERMINER} )?(?:(?!{NOT_UNIT}" + E + ")[\\p{L}]"
                    + "[\\p{L}'’\\-]*(?: |$)){1,3}",
                    (m, s) -> new Measure(s.phrase(m), "outcome.promotion", true, null, null, null));
            outcome("outcome.degree", "DEGREE", "DEGREE_VERB");
            outcome("outcome.certificate", "CERTIFICATE", "CERTIFICATE_VERB");
            outcome("outcome.course", "COURSE", "COURSE_VERB");
            outcome("outcome.document", "DOCUMENT", "DOCUMENT_VERB");
            outcome("outcome.event", "EVENT", "EVENT_VERB");
            // "Hire a data engineer"; in Dutch also "een nieuwe collega aannemen".
            g.measure("outcome.one", B + "(?:{HIRE} (?:{ONE}) {UNITWORD}(?: {UNITWORD}){0,2}"
                    + (lex.compounds ? "|(?:{ONE}) (?:{UNITWORD} ){0,2}?{HIRE}" + E : "") + ")", (m, s) ->
                    new Measure(s.phrase(m), "outcome.one", true, null, BigDecimal.ONE, null));
            g.measure("measure.evidence", B + "{EVIDENCE} (?<what>[\\p{L}][^.;:!?()]{2,80}?)(?=[.;:!?()]|,|$)",
                    (m, s) -> new Measure(s.phrase(m), "measure.evidence", true, null, null, null));
            g.measure("measure.all", B + "{ALL} (?:{DETERMINER} )?(?!(?:{PERIOD}|{DAYPART})" + E + ")(?<what>{UNITWORD}"
                    + (lex.compounds ? "" : "(?: {UNITWORD})?") + ")",
                    (m, s) -> new Measure(s.phrase(m), "measure.all", false, null, null, null));
            String thing = "(?!(?:{VAGUE}|{NOT_UNIT})" + E + ")[\\p{L}][\\p{L}'’\\-]+";
            // The thing: up to three words, up to the first small word ("a first dbt model" to production).
            String things = thing + "(?: (?!(?:{NOT_UNIT}|{DELIVER})" + E + ")[\\p{L}\\d][\\p{L}\\d'’\\-]*){0,2}";
            g.measure("outcome.deliverable", B + "(?:{DELIVER} (?:{TO} )?(?:{DETERMINER} )?" + things
                    + (lex.compounds ? "|" + thing + " {DELIVER}" + E : "") + ")", (m, s) ->
                    startsClause(s, m.start()) || !lex.get(W.DELIVER).stream().anyMatch(v -> norm(m.group()).startsWith(v))
                            ? new Measure(s.phrase(m), "outcome.deliverable", false, null, null, null) : null);
            g.measure("measure.number", "(?<![\\p{L}\\p{N}.,:/\\-])(?<n>{DIGITS})(?![\\d.,:/\\-]?\\d)(?![\\p{L}])",
                    (m, s) -> {
                        BigDecimal n = s.number(m, "n");
                        if (n == null || isYear(m.group("n")) || namedBefore(s, m.start("n"))) {
                            return null;
                        }
                        return new Measure(s.phrase(m), "measure.number", true, null, n, null);
                    });
        }

        /**
         * A yes/no outcome: one of its verbs within a few words before one of its nouns, or (in
         * languages that put the infinitive last: "een cursus volgen") the noun first.
         */
        private void outcome(String name, String nouns, String verbs) {
            String noun = lex.compounds ? "[\\p{L}\\-]*{" + nouns + "}\\p{L}{0,3}"
                    : "{" + nouns + "}s?(?: {" + nouns + "}s?" + E + ")?";
            // Up to five words between, none of them vague: "hold better meetings" is no outcome.
            String gap = "(?:\\s+(?!{VAGUE}" + E + ")[^\\s.;:!?]+){0,5}?\\s+";
            // English puts the verb first; the others also write the infinitive last ("een cursus volgen").
            String either = lex.compounds ? "|" + noun + gap + "{" + verbs + "}" : "";
            // In English, where a noun is often also a verb, a verb that comes first must start a
            // clause: "hold a design review" is an event, not a document someone will "design".
            g.measure(name, B + "(?:(?<verb>{" + verbs + "})" + gap + noun + either + ")" + E,
                    (m, s) -> !lex.compounds && m.group("verb") != null && !startsClause(s, m.start()) ? null
                            : new Measure(s.phrase(m), name, true, null, null, null));
        }

        /** A lookbehind that the word before is one of the language's adjectives ("nya", "nieuwe"). */
        private String adjectiveEnd() {
            return "(?<![\\p{L}])(?:" + lex.get(W.ADJECTIVE).stream().map(java.util.regex.Pattern::quote)
                    .collect(java.util.stream.Collectors.joining("|")) + ")";
        }

        private BigDecimal scaled(Matcher m, Scan s, String number, String scale) {
            BigDecimal n = s.number(m, number);
            BigDecimal factor = Lexicon.lookup(lex.scales, m.group(scale));
            return n == null || factor == null ? n : n.multiply(factor);
        }

        private String currency(String symbol) {
            String code = Lexicon.lookup(lex.currencies, symbol);
            if ("kr".equals(code)) {
                return switch (lex.language) {
                    case SV -> "SEK";
                    case DA -> "DKK";
                    default -> "kr";
                };
            }
            return code;
        }

        /** "10-minute" and "one-day" describe the thing counted; they count nothing themselves. */
        private boolean descriptor(Matcher m) {
            int after = m.end("n") - m.start();
            return m.group("sc") == null && m.group(0).charAt(after) == '-'
                    && lex.periods.containsKey(norm(m.group("w1")));
        }

        /** A number after a name ("Airflow 3", "version 2", "number one") names, it does not count. */
        private boolean namedBefore(Scan s, int at) {
            // The word before, unless an earlier pattern read it ("eind dit jaar twee collega's").
            Matcher w = WORD_BEFORE.matcher(s.rest()).region(0, at);
            if (!w.find()) {
                return false;
            }
            String word = s.title().substring(w.start(1), w.end(1));
            if (lex.get(W.NAME_BEFORE).contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            word = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (lex.get(W.NAME_BEFORE).contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            // A capitalised word that is none of the language's own words, not first in a sentence,
            // is a name: "Airflow 3", "Java 17" (but "Publish Handbook And 3 Guides" counts).
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            boolean capital = Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(java.util.Locale.ROOT))
                    && !lex.vocabulary.contains(lower) && !lex.get(W.NOT_UNIT).contains(lower);
            String before = s.title().substring(0, w.start(1)).strip();
            return capital && !before.isEmpty() && ".!?:;(".indexOf(before.charAt(before.length() - 1)) < 0;
        }

        /**
         * Whether a verb at {@code at} starts a clause (the title's start, after punctuation, or
         * after "to", "will", "and", ...): "release the app" delivers, "the release process" does not.
         */
        private boolean startsClause(Scan s, int at) {
            String before = s.title().substring(0, at).strip().toLowerCase(java.util.Locale.ROOT);
            if (before.isEmpty() || ".,;:!?(-–".indexOf(before.charAt(before.length() - 1)) >= 0) {
                return true;
            }
            Matcher w = WORD_BEFORE.matcher(before);
            return w.find() && lex.get(W.CLAUSE).contains(w.group(1).replace('’', '\''));
        }

        private static boolean isYear(String n) {
            return n != null && n.length() == 4 && (n.startsWith("19") || n.startsWith("20"))
                    && Character.isDigit(n.charAt(2)) && Character.isDigit(n.charAt(3));
        }

        /** The unit after the number, or the word before "from" ("review turnaround from 3 days"). */
        private String unit(String after, String before) {
            for (String u : new String[] {after, before}) {
                if (u != null && !lex.get(W.NOT_UNIT).contains(norm(u))) {
                    return lex.get(W.PERCENT).contains(norm(u)) ? "%" : u;
                }
            }
            return null;
        }

        private String word(Scan s, Matcher m, String group, String next) {
            String u = s.phrase(m, group);
            if (u.equals("%") || lex.get(W.PERCENT).contains(norm(u))) {
                return "%";
            }
            String after = s.phrase(m, next);
            return after != null && lex.get(W.ADJECTIVE).contains(norm(u)) ? after : u;
        }

        private String nounBefore(Scan s, int at) {
            Matcher w = WORD_BEFORE.matcher(s.title()).region(0, at);
            return w.find() && !lex.get(W.NOT_UNIT).contains(norm(w.group(1))) ? w.group(1) : null;
        }

        /** "pages" followed by "a month" is "pages per month". */
        private String perPeriod(String unit, Scan s, Matcher m) {
            if (unit == null || !has(m, "per") || m.group("per") == null) {
                return unit;
            }
            Matcher per = g.perPeriod.matcher(m.group("per"));
            return per.find() ? unit + " per " + per.group("unit") : unit + " " + s.phrase(m, "per");
        }
    }

    static String norm(String s) {
        return Lexicon.squash(s);
    }
}
