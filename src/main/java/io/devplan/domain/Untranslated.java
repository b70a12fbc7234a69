package io.devplan.domain;

/**
 * A sentence that has no key yet: it is said in English in every language. Each use is a text
 * still to be given a phrase of its own; the pseudo-language test finds what reaches people.
 */
public enum Untranslated implements Phrase {
    TEXT;

    @Override
    public String english(String form) {
        return "{text}";
    }

    @Override
    public String catalogue() {
        return "words";
    }

    public static Said said(String english) {
        return Said.of(TEXT, "text", english);
    }
}
