package io.devplan.domain;

/**
 * A sentence for people, known by its key: its English text is compiled in beside the code that
 * says it, the other languages are in that catalogue's {@code CATALOGUE-LANG.properties}. A key is
 * a whole sentence with named placeholders ({@code {goal}}), never a fragment glued to another, so
 * each language can order its words. A counted phrase has a "one" and an "other" form, chosen by
 * {@code {n}}.
 */
public interface Phrase {
    /** The enum constant's name: {@code DAYS_OVERDUE}. */
    String name();

    /** The English text; {@code form} is "one", "other" or null. */
    String english(String form);

    /** Whether the text depends on a count: it has a "one" and an "other" form. */
    boolean counted();

    /** Which file family holds the other languages: "words" is {@code words-da.properties}. */
    String catalogue();

    /** The key in a language's file: {@code DAYS_OVERDUE} is {@code days-overdue}. */
    default String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
