package io.devplan.domain.prose;

import io.devplan.domain.Language;
import io.devplan.domain.prose.Grammar.Production;
import io.devplan.domain.prose.Grammar.Scan;
import io.devplan.domain.prose.TimeFrame.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * What the words of a goal title say, read with a small grammar per language ({@link Grammar}):
 * the times it names, the measures it carries and the vague words it uses, each with the name
 * of the pattern that recognised it, so {@code validate --explain} can show why a goal passed
 * or was flagged. No model, no guessing beyond the patterns: the same title always reads the same.
 *
 * @param language the language the title was read in
 * @param evidence the title's words that told the language (empty when none did and the
 *     repository's language was taken)
 * @param times the times named, in the order of the grammar's patterns
 * @param measures the measures carried, in the order of the grammar's patterns
 * @param vague the vague phrases used, in title order
 */
public record GoalWords(Language language, List<String> evidence, List<TimeFrame> times, List<Measure> measures,
                        List<Vague> vague) {

    /** How much of a title is read. */
    static final int MAX_LENGTH = 2000;

    public GoalWords {
        evidence = List.copyOf(evidence);
        times = List.copyOf(times);
        measures = List.copyOf(measures);
        vague = List.copyOf(vague);
    }

    /**
     * Reads {@code title}. Relative words ("within six months", "by 30 June") count from
     * {@code reference}; numeric dates (3/4/2026) are read in the order {@code repository}
     * writes them, which is also the language taken when the title's own words do not tell.
     */
    public static GoalWords read(String title, LocalDate reference, Language repository) {
        // A title is a sentence or two; past this, a (hostile) text is not read further.
        String text = normalize(title.length() > MAX_LENGTH ? title.substring(0, MAX_LENGTH) : title);
        List<String> evidence = new ArrayList<>();
        Language language = guess(text, repository, evidence);
        Grammar grammar = Languages.grammar(language);
        List<Grammar.Place> places = Grammar.Place.of(text);
        StringBuilder rest = new StringBuilder(text);
        Scan scan = new Scan(title, rest, reference, repository.dayFirst(), repository == Language.EN, grammar.lex);
        List<TimeFrame> times = new ArrayList<>();
        for (Production<TimeFrame> p : grammar.times) {
            collect(p, places, rest, scan, times);
        }
        List<Measure> measures = new ArrayList<>();
        // A standard or a count of times is itself a measure; a rhythm is one, but a weak one.
        for (TimeFrame t : times) {
            if (t.kind() == Kind.STANDARD || t.pattern().equals("recurrence.frequency")) {
                measures.add(new Measure(t.phrase(), t.pattern(), true, null, null, null));
            } else if (t.kind() == Kind.RECURRENCE) {
                measures.add(new Measure(t.phrase(), t.pattern(), false, null, null, null));
            }
        }
        for (Production<Measure> p : grammar.measures) {
            collect(p, places, rest, scan, measures);
        }
        rhythms(grammar, text, rest, scan, times, measures);
        List<Vague> vague = new ArrayList<>();
        StringBuilder whole = new StringBuilder(text);
        for (Production<Vague> p : grammar.vague) {
            collect(p, places, whole, scan, vague);
        }
        vague.sort(Comparator.comparingInt(v -> title.indexOf(v.phrase())));
        return new GoalWords(language, evidence, times, measures, vague);
    }

    /** English, for a repository that names no language. */
    public static GoalWords read(String title, LocalDate reference) {
        return read(title, reference, Language.EN);
    }

    /** Every pattern name of the grammar, in the order they are tried: the list tests must cover. */
    public static List<String> patterns(Language language) {
        List<String> names = new ArrayList<>(Languages.grammar(language).names());
        names.add("recurrence.rate");
        return names;
    }

    /**
     * The deadline a {@code due} field could hold: among the times with a day, those whose year is
     * written come first, then the latest ("between 1 January and 1 April" is due 1 April).
     */
    public TimeFrame deadline() {
        return times.stream().filter(t -> t.isDeadline() && t.date() != null)
                .max(Comparator.comparing(TimeFrame::yearWritten).thenComparing(TimeFrame::date))
                .orElse(times.stream().filter(TimeFrame::isDeadline).findFirst().orElse(null));
    }

    /** What makes the goal time-bound: the deadline, else the first standard or rhythm; null when nothing does. */
    public TimeFrame time() {
        TimeFrame d = deadline();
        return d != null ? d : times.stream().filter(TimeFrame::bounds).findFirst().orElse(null);
    }

    /**
     * The measure to suggest fields from: a change between numbers first, then any number, then
     * the first measure at all; null when the words carry none.
     */
    public Measure measure() {
        return measures.stream().filter(m -> m.baseline() != null).findFirst()
                .or(() -> measures.stream().filter(Measure::numeric).findFirst())
                .or(() -> measures.stream().filter(Measure::strong).findFirst())
                .or(() -> measures.stream().findFirst())
                .orElse(null);
    }

    /** Whether the words carry a measure that says by itself what will be different. */
    public boolean strongMeasure() {
        return measures.stream().anyMatch(Measure::strong);
    }

    /** The first vague phrase, counted only when no strong measure says what will be different. */
    public Vague unspecific() {
        return strongMeasure() || vague.isEmpty() ? null : vague.get(0);
    }

    private static <T> void collect(Production<T> p, List<Grammar.Place> places, StringBuilder rest, Scan scan,
                                    List<T> out) {
        Matcher a = null;
        int after = 0;
        for (Grammar.Place place : places) {
            int i = place.index();
            if (i < after || rest.charAt(i) == ' ' || !p.starts().at(place)) {
                continue;
            }
            if (a == null) {
                a = p.anchor().matcher(rest).useTransparentBounds(true).useAnchoringBounds(false);
            }
            if (!a.region(i, rest.length()).lookingAt()) {
                continue;
            }
            Matcher m = p.prefixed() ? withPrefix(p, rest, a) : a;
            T found = p.resolve().apply(m, scan);
            if (found == null) {
                continue;
            }
            out.add(found);
            // What a pattern read is not read again: the numbers of a date are no measure.
            for (int j = m.start(); j < m.end(); j++) {
                rest.setCharAt(j, ' ');
            }
            after = m.end();
        }
    }

    /** How far before a date its prepositions may start ("at the latest by the end of"). */
    private static final int PREFIX_REACH = 48;

    /**
     * The whole pattern matched from the earliest word start before the anchor that makes its
     * prefix end exactly where the anchor begins; without one, from the anchor itself.
     */
    private static Matcher withPrefix(Production<?> p, StringBuilder rest, Matcher anchor) {
        int at = anchor.start();
        Matcher m = p.pattern().matcher(rest).useTransparentBounds(true).useAnchoringBounds(false);
        for (int from = Math.max(0, at - PREFIX_REACH); from < at; from++) {
            boolean wordStart = Character.isLetter(rest.charAt(from))
                    && (from == 0 || !Character.isLetterOrDigit(rest.charAt(from - 1)));
            if (wordStart && m.region(from, rest.length()).lookingAt() && m.end() == anchor.end()) {
                return m;
            }
        }
        m.region(at, rest.length()).lookingAt();
        return m;
    }

    /**
     * "Write 2 blog posts a month" keeps a rhythm; "reduce pages to 10 a month" names the level to
     * reach, which still needs a date. A rate, or "per month" left over, is a rhythm unless a verb
     * of change says the number is a level.
     */
    private static void rhythms(Grammar g, String text, StringBuilder rest, Scan scan, List<TimeFrame> times,
                                List<Measure> measures) {
        if (g.change.matcher(text).find()) {
            return;
        }
        for (Measure m : measures) {
            if (m.unit() != null && m.unit().contains(" per ")) {
                times.add(new TimeFrame(m.phrase(), Kind.RECURRENCE, null, false, "recurrence.rate", null));
                return;
            }
        }
        Matcher per = g.perPeriod.matcher(rest);
        if (per.find()) {
            times.add(new TimeFrame(scan.phrase(per), Kind.RECURRENCE, null, false, "recurrence.rate", null));
        }
    }

    /**
     * The language of the title: the one whose words it uses most; a tie or no evidence goes to
     * the repository's language, then English.
     */
    static Language guess(String text, Language repository, List<String> evidence) {
        Set<String> words = new LinkedHashSet<>();
        Matcher w = Grammar.WORD.matcher(text);
        while (w.find()) {
            words.add(w.group());
        }
        Language best = repository;
        int bestScore = 0;
        List<String> bestWords = List.of();
        for (Language l : order(repository)) {
            Lexicon lex = Languages.words(l);
            List<String> hits = words.stream().filter(lex.vocabulary::contains).toList();
            int score = hits.size() + letters(l, text);
            if (score > bestScore) {
                best = l;
                bestScore = score;
                bestWords = hits;
            }
        }
        evidence.addAll(bestWords);
        return best;
    }

    /** The repository's language first, so it wins ties. */
    private static List<Language> order(Language repository) {
        List<Language> out = new ArrayList<>(List.of(repository));
        for (Language l : Language.values()) {
            if (l != repository) {
                out.add(l);
            }
        }
        return out;
    }

    /** Letters only one of the languages uses. */
    private static int letters(Language l, String text) {
        return switch (l) {
            case SV -> text.indexOf('ä') >= 0 || text.indexOf('ö') >= 0 ? 2 : 0;
            case DA -> text.indexOf('æ') >= 0 || text.indexOf('ø') >= 0 ? 2 : 0;
            default -> 0;
        };
    }

    /** Lower case, one kind of dash, space and apostrophe; the same length as the title, so offsets point into it. */
    static String normalize(String title) {
        StringBuilder b = new StringBuilder(title.length());
        for (char c : title.toCharArray()) {
            char n = switch (c) {
                case '–', '—', '‑', '−' -> '-';
                case '\u00a0', '\u2009', '\u202f', '\t', '\n' -> ' ';
                case '’', '‘', '`' -> '\'';
                case '×' -> 'x';
                default -> Character.toLowerCase(c);
            };
            b.append(n);
        }
        return b.toString();
    }
}
