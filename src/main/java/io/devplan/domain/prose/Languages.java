package io.devplan.domain.prose;

import io.devplan.domain.Language;

/**
 * Each {@link Language}'s words ({@link Lexicon}) and compiled grammar ({@link Grammar}), loaded
 * the first time a title in it is read, so a run over English plans never compiles the Danish
 * grammar.
 */
final class Languages {
    private Languages() {}

    static Lexicon words(Language language) {
        // A switch, not a map, so only the language asked for is loaded.
        return switch (language) {
            case EN -> English.WORDS;
            case SV -> Swedish.WORDS;
            case DA -> Danish.WORDS;
            case NL -> Dutch.WORDS;
        };
    }

    static Grammar grammar(Language language) {
        return switch (language) {
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
