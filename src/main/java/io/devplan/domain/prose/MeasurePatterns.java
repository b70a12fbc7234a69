package io.devplan.domain.prose;

import static io.devplan.domain.prose.Grammar.B;
import static io.devplan.domain.prose.Grammar.E;
import static io.devplan.domain.prose.Grammar.WORD_BEFORE;
import static io.devplan.domain.prose.Grammar.has;
import static io.devplan.domain.prose.Grammar.norm;

import io.devplan.domain.prose.Grammar.Scan;
import io.devplan.domain.prose.Lexicon.W;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The measure patterns of the grammar: numbers with what they count first, then outcomes, then the weak ones. */
final class MeasurePatterns {
    private final Grammar g;
    private final Lexicon lex;

    MeasurePatterns(Grammar g) {
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
        return "(?<![\\p{L}])(?:" + lex.get(W.ADJECTIVE).stream().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")";
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
        Matcher w = WORD_BEFORE.matcher(s.rest()).region(Math.max(0, at - REACH), at);
        if (!w.find()) {
            return false;
        }
        String word = s.title().substring(w.start(1), w.end(1));
        if (lex.get(W.NAME_BEFORE).contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        word = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        if (lex.get(W.NAME_BEFORE).contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        // A capitalised word that is none of the language's own words, not first in a sentence,
        // is a name: "Airflow 3", "Java 17" (but "Publish Handbook And 3 Guides" counts).
        String lower = word.toLowerCase(Locale.ROOT);
        boolean capital = Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(Locale.ROOT))
                && !lex.vocabulary.contains(lower) && !lex.get(W.NOT_UNIT).contains(lower);
        char before = lastBefore(s.title(), w.start(1));
        return capital && before != 0 && ".!?:;(".indexOf(before) < 0;
    }

    /** How far back the word before a number or a verb is looked for: a title of any length reads in linear time. */
    private static final int REACH = 64;

    /** The last character before {@code at} that is not white space, or 0 at the start. */
    private static char lastBefore(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    /**
     * Whether a verb at {@code at} starts a clause (the title's start, after punctuation, or
     * after "to", "will", "and", ...): "release the app" delivers, "the release process" does not.
     */
    private boolean startsClause(Scan s, int at) {
        char last = lastBefore(s.title(), at);
        if (last == 0 || ".,;:!?(-–".indexOf(last) >= 0) {
            return true;
        }
        Matcher w = WORD_BEFORE.matcher(s.title()).region(Math.max(0, at - REACH), at);
        return w.find() && lex.get(W.CLAUSE).contains(w.group(1).toLowerCase(Locale.ROOT).replace('’', '\''));
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
        Matcher w = WORD_BEFORE.matcher(s.title()).region(Math.max(0, at - REACH), at);
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
