package io.devplan.domain.prose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words goal titles are read with: English first, then Swedish, Danish and Dutch. Titles do
 * not say their language, so all lists apply at once; words that mean something else in another
 * of the languages (Danish "to" is two, English "to" a preposition) are left out.
 */
final class Lexicon {
    private Lexicon() {}

    /** Month names and common abbreviations in the four languages, to their month number. */
    static final Map<String, Integer> MONTHS = months();

    /** Number words up to twenty and a few round ones; articles ("en", "een") are left out. */
    static final Map<String, Integer> NUMBERS = numbers();

    /** Period units after "within N ...", to a unit letter: d(ay), w(eek), m(onth), y(ear). */
    static final Map<String, Character> PERIODS = periods();

    /** Phrases that promise change without saying what will be different. */
    static final List<String> VAGUE = List.of(
            // en
            "improve", "get better", "become better", "be better", "better", "work on", "work towards",
            "work toward", "learn more about", "learn about", "be more", "become more", "focus on", "enhance",
            "understand", "grow as", "strengthen",
            // sv
            "förbättra", "bli bättre", "bättre", "jobba på", "jobba med", "arbeta på", "lära mig mer om",
            "lära sig mer om", "lär dig mer om", "lära mer om", "bli mer", "vara mer", "utvecklas", "förstå",
            "stärka",
            // da
            "forbedre", "forbedr", "blive bedre", "bliv bedre", "bedre", "arbejde på", "arbejd på",
            "lære mere om", "lær mere om", "blive mere", "bliv mere", "være mere", "vær mere", "forstå", "styrke",
            // nl
            "verbeteren", "verbeter", "beter worden", "word beter", "beter", "werken aan", "werk aan",
            "meer leren over", "leer meer over", "meer te weten komen over", "meer worden", "begrijpen",
            "versterken");

    /** Words that start a title with a vague verb only when nothing measurable follows ("Learn Kubernetes"). */
    static final List<String> VAGUE_FIRST = List.of("learn", "lär", "lära", "lær", "lære", "leer", "leren", "grow",
            "develop", "utveckla", "udvikle", "ontwikkel", "ontwikkelen");

    /** Prepositions that make a date a deadline. */
    static final String BY = "by|before|until|till|no later than|on|due|at the latest|"
            + "senast|före|innan|till|senest|inden|før|til|uiterlijk|vóór|voor|tot|op|uiterlijk op";

    /** Prepositions before a month or quarter alone ("in March", "i Q3"). */
    static final String IN = "in|during|by|before|until|till|i|under|senast|före|innan|senest|inden|før|til|"
            + "uiterlijk|vóór|voor|tot|tegen|in de loop van";

    /** "end of" before a month, a quarter or a year. */
    static final String END_OF = "the end of|end of|the end|slutet av|slutet på|utgången av|udgangen af|"
            + "slutningen af|eind|einde|het einde van|het eind van|eind van|einde van";

    /** "within" before a number of periods. */
    static final String WITHIN = "within|in the next|over the next|during the next|in the coming|in|inom|inden for|indenfor|binnen|i løbet af|under de kommande";

    /** Phrases that mean the end of the current year. */
    static final List<String> YEAR_END = List.of(
            "by the end of the year", "by end of year", "by the end of this year", "by year end", "by year-end",
            "end of the year", "end of this year", "end of year", "year end", "year-end", "this year",
            "innan årets slut", "före årets slut", "vid årets slut", "årets slut", "i slutet av året",
            "före årsskiftet", "innan årsskiftet", "vid årsskiftet", "i år",
            "inden årets udgang", "ved årets udgang", "årets udgang", "inden udgangen af året",
            "udgangen af året", "inden årsskiftet", "ved årsskiftet", "i år",
            "voor het einde van het jaar", "vóór het einde van het jaar", "aan het einde van het jaar",
            "aan het eind van het jaar", "einde van het jaar", "eind van het jaar", "eind dit jaar",
            "voor het eind van het jaar", "dit jaar");

    /** Words that follow a number without being what is counted ("30 to 10 a month"). */
    static final List<String> NOT_UNITS = List.of("a", "an", "the", "to", "and", "or", "of", "per", "by", "in",
            "on", "at", "for", "from", "till", "til", "naar", "tot", "och", "og", "en", "et", "ett", "een", "de",
            "het", "van", "fra", "från", "om", "i", "på", "op", "met", "with", "med", "times", "gange", "gånger",
            "keer");

    /** Words that may follow "every" and "all" as a measurable population ("every change", "alle tabellen"). */
    static final String EVERY = "every|each|all|alle|alla|varje|hver|hvert|hvor|elke|elk|iedere|ieder";

    static String alternation(Iterable<String> words) {
        List<String> list = new java.util.ArrayList<>();
        words.forEach(list::add);
        return list.stream().sorted((a, b) -> b.length() - a.length())
                .map(w -> w.replace(".", "\\.").replace(" ", "\\s+"))
                .collect(Collectors.joining("|"));
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new LinkedHashMap<>();
        String[][] names = {
            {"january", "januari", "januar", "jan"},
            {"february", "februari", "februar", "feb"},
            {"march", "mars", "marts", "maart", "mar"},
            {"april", "apr"},
            {"may", "maj", "mei"},
            {"june", "juni", "jun"},
            {"july", "juli", "jul"},
            {"august", "augusti", "augustus", "aug"},
            {"september", "sept", "sep"},
            {"october", "oktober", "okt", "oct"},
            {"november", "nov"},
            {"december", "dec"},
        };
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return m;
    }

    private static Map<String, Integer> numbers() {
        Map<String, Integer> m = new LinkedHashMap<>();
        String[][] words = {
            {"one", "één"},
            {"two", "två", "twee"},
            {"three", "tre", "drie"},
            {"four", "fyra", "fire", "vier"},
            {"five", "fem", "vijf"},
            {"six", "sex", "seks", "zes"},
            {"seven", "sju", "syv", "zeven"},
            {"eight", "åtta", "otte", "acht"},
            {"nine", "nio", "ni", "negen"},
            {"ten", "tio", "ti", "tien"},
            {"eleven", "elva", "elleve", "elf"},
            {"twelve", "tolv", "twaalf"},
        };
        for (int i = 0; i < words.length; i++) {
            for (String w : words[i]) {
                m.put(w, i + 1);
            }
        }
        m.put("fifteen", 15);
        m.put("femton", 15);
        m.put("femten", 15);
        m.put("vijftien", 15);
        m.put("twenty", 20);
        m.put("tjugo", 20);
        m.put("tyve", 20);
        m.put("twintig", 20);
        m.put("thirty", 30);
        m.put("trettio", 30);
        m.put("tredive", 30);
        m.put("dertig", 30);
        m.put("fifty", 50);
        m.put("femtio", 50);
        m.put("halvtreds", 50);
        m.put("vijftig", 50);
        m.put("hundred", 100);
        m.put("hundra", 100);
        m.put("hundrede", 100);
        m.put("honderd", 100);
        return m;
    }

    private static Map<String, Character> periods() {
        Map<String, Character> m = new LinkedHashMap<>();
        for (String w : List.of("day", "days", "dag", "dagar", "dage", "dagen")) {
            m.put(w, 'd');
        }
        for (String w : List.of("week", "weeks", "vecka", "veckor", "uge", "uger", "weken")) {
            m.put(w, 'w');
        }
        for (String w : List.of("month", "months", "månad", "månader", "måned", "måneder", "maand", "maanden")) {
            m.put(w, 'm');
        }
        for (String w : List.of("year", "years", "år", "året", "jaar", "jaren")) {
            m.put(w, 'y');
        }
        return m;
    }
}
