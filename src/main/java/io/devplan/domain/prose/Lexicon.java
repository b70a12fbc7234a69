package io.devplan.domain.prose;

import io.devplan.domain.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of one language that fill the grammar's slots: month names, prepositions, number
 * words, vague verbs, outcome nouns. {@link Grammar} is the same for every language; this is what
 * differs. Every word is lower case; a space in a phrase matches any run of white space.
 */
final class Lexicon {
    /** Word classes: the slots of {@link Grammar}'s patterns. */
    enum W {
        /** Before a deadline day, month, quarter or year: "by", "senast", "inden", "uiterlijk". */
        BY,
        /** "before": before a year or a month it means the end of the period before. */
        BEFORE,
        /** Before a period named as a whole: "in", "during", "i", "under", "tijdens". */
        IN,
        /** Before a start date, which is no deadline: "starting", "from", "vanaf". */
        START,
        /** "the end of", "slutet av", "udgangen af", "eind". */
        END_OF,
        /** "the start of", "början av", "begyndelsen af", "begin". */
        START_OF,
        /** An article before a day: "the" 31st of December, "den" 30 juni. */
        DATE_ARTICLE,
        /** Between a month or quarter and its year: "of" 2026, "van" 2026. */
        YEAR_JOIN,
        /** Before a number of periods counted from the start: "within", "inom", "inden for", "binnen". */
        WITHIN,
        /** The words of WITHIN that also set a service standard with hours or minutes ("inom 24 timmar"). */
        STRICT_WITHIN,
        /** Nouns after a number of periods: within a three month "period". */
        SPAN,
        /** "last": the last Friday of every month. */
        LAST,
        /** "next", "coming": before a number of periods or a period of the calendar. */
        NEXT,
        /** "this", "denna", "dette", "dit": the current period of the calendar. */
        THIS,
        /** Definite articles before a singular and a plural noun. */
        THE, THE_PLURAL,
        /** Words before a noun: articles, possessives ("the", "our", "vår", "vores", "onze"). */
        DETERMINER,
        /** Words that can stand for the number one before a period: "a", "en", "een". */
        ONE,
        /** "each of" the next two years. */
        EACH_OF,
        /** "every", "varje", "hver", "elke". */
        EVERY,
        /** "times" after a number: "gånger", "gange", "keer", "x". */
        TIMES,
        /** Between a frequency and its period: twice "a" month, två gånger "i" månaden. */
        PER,
        /** Parts of a day a routine recurs in: "morning", "morgon". */
        DAYPART,
        /** What a service standard counts from: within 14 days "of" receipt, "efter", "na". */
        STANDARD_OF,
        /** A time set elsewhere: within the "agreed" time, "avtalad", "aftalte", "afgesproken". */
        AGREED,
        /** "time", "deadline", "tid", "frist", "termijn". */
        DEADLINE,
        /** "quarter", "kvartal", "kwartaal". */
        QUARTER,
        /** Before a week number: "week" 40, "vecka" 40, "v." 40, "uge" 40. */
        WEEK,
        /** "half", "halvår", "helft". */
        HALF,
        /** Measures: "from" 3 "to" 1. */
        FROM, TO,
        /** A change by an amount: increase "by" 15%, öka "med" 5 %. */
        CHANGE_BY,
        /** A score: 8 "out of" 10, 8 "av" 10, 8 "ud af" 10, 8 "van de" 10. */
        OUT_OF,
        /** A bound: "at least", "below", "minst", "højst", "minimaal". */
        COMPARATOR,
        /** "percent", "procent". */
        PERCENT,
        /** "percentage points", "procentenheter". */
        POINTS,
        /** Scores a goal names: "NPS", "rating", "betyg", "karakter", "cijfer". */
        METRIC,
        /** Units written right after a number: "kg", "km", "h", "lbs". */
        UNIT,
        /** How the result will be seen: "as measured by", "mätt som", "målt på", "gemeten aan". */
        EVIDENCE,
        /** Every item of something: "all", "alla", "alle". */
        ALL,
        /** Words after a number that are not what is counted (prepositions, auxiliaries). */
        NOT_UNIT,
        /** Words before a number that make it a name, not a count: "version", "number", "fase". */
        NAME_BEFORE,
        /** Adjectives skipped when naming the unit of a count: four "new" clients. */
        ADJECTIVE,
        /** Verbs that change a level: "reduce", "increase", "minska", "øge", "verlagen". */
        CHANGE,
        /** Vague phrases: "improve", "better", "förbättra", "bedre", "verbeteren". */
        VAGUE,
        /** Vague only as the first word, with nothing measurable after: "Learn", "Lær", "Leer". */
        VAGUE_FIRST,
        /** Yes/no outcomes: verbs and nouns that together name one. */
        PROMOTION, DEGREE, DEGREE_VERB, CERTIFICATE, CERTIFICATE_VERB, COURSE, COURSE_VERB,
        DOCUMENT, DOCUMENT_VERB, EVENT, EVENT_VERB, HIRE,
        /** Verbs that deliver a thing that is there or not: "launch", "implement", "lansera". */
        DELIVER,
        /** Words after which a verb starts a clause: "to", "will", "and", "att", "ska", "te", "zal". */
        CLAUSE,
        /** Common words of the language, for telling the language of a title. */
        FUNCTION
    }

    /** A unit of time as goals name it. */
    enum Unit {
        DAY, WORKDAY, WEEK, FORTNIGHT, MONTH, QUARTER, HALF, YEAR, TERM, SPRINT, HOUR, MINUTE, FISCAL_YEAR,
        SCHOOL_YEAR;

        /** Short units make a service standard ("within 24 hours"), not a deadline. */
        boolean isShort() {
            return this == HOUR || this == MINUTE || this == WORKDAY;
        }
    }

    /** A fixed phrase for a period of the calendar: "i år" is the current year, offset 0. */
    record Fixed(Unit unit, int offset) {}

    /**
     * A holiday: a day of the year; Easter Sunday when {@code month} is 0; with a negative day, the
     * Friday on or after that day (Midsummer Eve is the Friday from 19 June).
     */
    record Holiday(int month, int day) {}

    /** A season by its months (winter runs from December into the next year). */
    enum Season {
        SPRING(3, 5), SUMMER(6, 8), AUTUMN(9, 11), WINTER(12, 2);

        final int firstMonth;
        final int lastMonth;

        Season(int firstMonth, int lastMonth) {
            this.firstMonth = firstMonth;
            this.lastMonth = lastMonth;
        }
    }

    final Language language;
    final Map<W, List<String>> words;
    final Map<String, Integer> months;
    final Map<String, Integer> weekdays;
    final Map<String, Integer> numbers;
    final Map<String, Integer> ordinals;
    final Map<String, Unit> periods;
    final Map<String, Unit> recurring;
    final Map<String, Integer> frequencies;
    final Map<String, Integer> everyOther;
    final Map<String, BigDecimal> multipliers;
    final Map<String, BigDecimal> scales;
    final Map<String, String> currencies;
    final Map<String, Fixed> fixed;
    final Map<String, Holiday> holidays;
    final Map<String, Season> seasons;
    /** English writes "December 31"; the others only "31 december". */
    final boolean monthFirst;
    /** Nouns join into compounds ("ledarskapskurs"): an outcome noun may end a longer word. */
    final boolean compounds;
    /** Every word of every class, for telling the language of a title. */
    final Set<String> vocabulary;

    private Lexicon(Builder b) {
        this.language = b.language;
        this.words = new EnumMap<>(b.words);
        this.months = Map.copyOf(b.months);
        this.weekdays = Map.copyOf(b.weekdays);
        this.numbers = Map.copyOf(b.numbers);
        this.ordinals = Map.copyOf(b.ordinals);
        this.periods = Map.copyOf(b.periods);
        this.recurring = Map.copyOf(b.recurring);
        this.frequencies = Map.copyOf(b.frequencies);
        this.everyOther = Map.copyOf(b.everyOther);
        this.multipliers = Map.copyOf(b.multipliers);
        this.scales = Map.copyOf(b.scales);
        this.currencies = Map.copyOf(b.currencies);
        this.fixed = Map.copyOf(b.fixed);
        this.holidays = Map.copyOf(b.holidays);
        this.seasons = Map.copyOf(b.seasons);
        this.monthFirst = b.monthFirst;
        this.compounds = b.compounds;
        Set<String> all = new HashSet<>();
        b.words.forEach((w, list) -> {
            if (w != W.NOT_UNIT) {
                list.forEach(phrase -> all.addAll(List.of(phrase.split(" "))));
            }
        });
        for (Map<String, ?> m : List.of(b.months, b.weekdays, b.numbers, b.periods, b.recurring, b.holidays)) {
            m.keySet().forEach(phrase -> all.addAll(List.of(phrase.split(" "))));
        }
        all.removeIf(w -> w.length() < 2 || !w.chars().allMatch(Character::isLetter));
        this.vocabulary = Set.copyOf(all);
    }

    List<String> get(W w) {
        return words.getOrDefault(w, List.of());
    }

    /** A regex alternation of the class's phrases, longest first; never matches when the class is empty. */
    String alt(W w) {
        return alternation(get(w));
    }

    /**
     * The phrases as one regex, shaped as a trie ("improve(?:s|d|ment)?"): at each place of a
     * title the engine then tries one branch per letter, not every phrase, which keeps reading a
     * title fast however long the word lists grow. Longer phrases win over their prefixes.
     */
    static String alternation(Collection<String> phrases) {
        if (phrases.isEmpty()) {
            return "(?!)";
        }
        String[] sorted = phrases.stream().distinct().sorted().toArray(String[]::new);
        StringBuilder b = new StringBuilder();
        trie(sorted, 0, sorted.length, 0, b);
        return b.toString();
    }

    /**
     * Writes the trie of the sorted phrases {@code from..to}, which share their first {@code depth}
     * characters: one branch per next character, optional where a phrase ends here.
     */
    private static void trie(String[] p, int from, int to, int depth, StringBuilder b) {
        boolean ends = p[from].length() == depth;
        int first = ends ? from + 1 : from;
        if (first == to) {
            return;
        }
        int branches = 0;
        for (int i = first; i < to; ) {
            int j = i;
            while (j < to && p[j].charAt(depth) == p[i].charAt(depth)) {
                j++;
            }
            branches++;
            i = j;
        }
        boolean group = ends || branches > 1;
        if (group) {
            b.append("(?:");
        }
        for (int i = first; i < to; ) {
            char c = p[i].charAt(depth);
            int j = i;
            while (j < to && p[j].charAt(depth) == c) {
                j++;
            }
            if (i > first) {
                b.append('|');
            }
            b.append(escape(c));
            trie(p, i, j, depth + 1, b);
            i = j;
        }
        if (group) {
            b.append(ends ? ")?" : ")");
        }
    }

    /** A character as a regex: metacharacters quoted, a space for any run of white space. */
    private static String escape(char c) {
        if (c == ' ') {
            return "\\s+";
        }
        return "\\.[]{}()*+?^$|-/".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c);
    }

    /** The key of {@code map} that {@code matched} spells, whatever white space it has. */
    static <V> V lookup(Map<String, V> map, String matched) {
        if (matched == null) {
            return null;
        }
        return map.get(squash(matched));
    }

    /** Lower case, trimmed, each run of white space one space: how word lists spell their phrases. */
    static String squash(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    static Builder of(Language language) {
        return new Builder(language);
    }

    static final class Builder {
        private final Language language;
        private final Map<W, List<String>> words = new EnumMap<>(W.class);
        private final Map<String, Integer> months = new LinkedHashMap<>();
        private final Map<String, Integer> weekdays = new LinkedHashMap<>();
        private final Map<String, Integer> numbers = new LinkedHashMap<>();
        private final Map<String, Integer> ordinals = new LinkedHashMap<>();
        private final Map<String, Unit> periods = new LinkedHashMap<>();
        private final Map<String, Unit> recurring = new LinkedHashMap<>();
        private final Map<String, Integer> frequencies = new LinkedHashMap<>();
        private final Map<String, Integer> everyOther = new LinkedHashMap<>();
        private final Map<String, BigDecimal> multipliers = new LinkedHashMap<>();
        private final Map<String, BigDecimal> scales = new LinkedHashMap<>();
        private final Map<String, String> currencies = new LinkedHashMap<>();
        private final Map<String, Fixed> fixed = new LinkedHashMap<>();
        private final Map<String, Holiday> holidays = new LinkedHashMap<>();
        private final Map<String, Season> seasons = new LinkedHashMap<>();
        private boolean monthFirst;
        private boolean compounds;

        private Builder(Language language) {
            this.language = language;
        }

        Builder words(W w, String... phrases) {
            words.computeIfAbsent(w, k -> new ArrayList<>()).addAll(List.of(phrases));
            return this;
        }

        /** Month names, January first: each argument lists a month's names separated by spaces. */
        Builder months(String... names) {
            return numbered(months, names);
        }

        /** Each argument's space-separated words to its place, counted from 1. */
        private Builder numbered(Map<String, Integer> map, String... names) {
            for (int i = 0; i < names.length; i++) {
                for (String n : names[i].split(" ")) {
                    map.put(n, i + 1);
                }
            }
            return this;
        }

        /** Weekday names, Monday first, each with its other forms ("friday fridays"). */
        Builder weekdays(String... names) {
            return numbered(weekdays, names);
        }

        Builder number(int value, String... names) {
            for (String n : names) {
                numbers.put(n, value);
            }
            return this;
        }

        /** Ordinal words, "first" first: each argument lists one ordinal's forms. */
        Builder ordinals(String... names) {
            return numbered(ordinals, names);
        }

        Builder period(Unit unit, String... forms) {
            for (String f : forms) {
                periods.put(f, unit);
            }
            return this;
        }

        Builder recurring(Unit unit, String... adverbs) {
            for (String a : adverbs) {
                recurring.put(a, unit);
            }
            return this;
        }

        Builder frequency(int times, String... words) {
            for (String w : words) {
                frequencies.put(w, times);
            }
            return this;
        }

        Builder everyOther(int interval, String... words) {
            for (String w : words) {
                everyOther.put(w, interval);
            }
            return this;
        }

        Builder multiplier(String factor, String... verbs) {
            for (String v : verbs) {
                multipliers.put(v, new BigDecimal(factor));
            }
            return this;
        }

        Builder scale(String factor, String... words) {
            for (String w : words) {
                scales.put(w, new BigDecimal(factor));
            }
            return this;
        }

        Builder currency(String code, String... symbols) {
            for (String s : symbols) {
                currencies.put(s, code);
            }
            return this;
        }

        Builder fixed(Unit unit, int offset, String... phrases) {
            for (String p : phrases) {
                fixed.put(p, new Fixed(unit, offset));
            }
            return this;
        }

        Builder holiday(int month, int day, String... names) {
            for (String n : names) {
                holidays.put(n, new Holiday(month, day));
            }
            return this;
        }

        Builder season(Season season, String... names) {
            for (String n : names) {
                seasons.put(n, season);
            }
            return this;
        }

        Builder monthFirst() {
            this.monthFirst = true;
            return this;
        }

        Builder compounds() {
            this.compounds = true;
            return this;
        }

        Lexicon build() {
            return new Lexicon(this);
        }
    }
}
