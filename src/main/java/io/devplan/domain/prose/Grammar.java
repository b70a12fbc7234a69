package io.devplan.domain.prose;

import io.devplan.domain.prose.Lexicon.Unit;
import io.devplan.domain.prose.Lexicon.W;
import io.devplan.domain.prose.TimeFrame.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}][\\p{L}'’\\-]*\\.?)\\s*$");

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
        new TimePatterns(this).add();
        new MeasurePatterns(this).add();
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

    static String norm(String s) {
        return Lexicon.squash(s);
    }
}
