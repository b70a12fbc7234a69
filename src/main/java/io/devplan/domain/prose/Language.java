package io.devplan.domain.prose;

/**
 * A language goal titles are read in. Each has its own words ({@link Lexicon}) for the same
 * grammar ({@link Grammar}); a language's words and compiled patterns are loaded the first time a
 * title in it is read, so a run over English plans never compiles the Danish grammar.
 */
public enum Language {
    EN("en", "English"),
    SV("sv", "Swedish"),
    DA("da", "Danish"),
    NL("nl", "Dutch");

    private final String code;
    private final String title;

    Language(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** The ISO 639-1 code, as devplan.yaml's {@code language} writes it. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** The language of a code such as "da"; English for null or an unknown code. */
    public static Language of(String code) {
        for (Language l : values()) {
            if (l.code.equals(code)) {
                return l;
            }
        }
        return EN;
    }

    /** Whether numeric dates such as 3/4/2026 put the day first. English does both (US and UK). */
    boolean dayFirst() {
        return this != EN;
    }

    Lexicon words() {
        // A switch, not a map, so only the language asked for is loaded.
        return switch (this) {
            case EN -> English.WORDS;
            case SV -> Swedish.WORDS;
            case DA -> Danish.WORDS;
            case NL -> Dutch.WORDS;
        };
    }

    Grammar grammar() {
        return switch (this) {
            case EN -> Grammars.EN.GRAMMAR;
            case SV -> Grammars.SV.GRAMMAR;
            case DA -> Grammars.DA.GRAMMAR;
            case NL -> Grammars.NL.GRAMMAR;
        };
    }

    /** One holder per language: the JVM compiles a grammar once, on first use, thread-safely. */
    private static final class Grammars {
        private static final class EN { static final Grammar GRAMMAR = new Grammar(English.WORDS); }
        private static final class SV { static final Grammar GRAMMAR = new Grammar(Swedish.WORDS); }
        private static final class DA { static final Grammar GRAMMAR = new Grammar(Danish.WORDS); }
        private static final class NL { static final Grammar GRAMMAR = new Grammar(Dutch.WORDS); }
    }
}
