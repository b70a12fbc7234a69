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
    default boolean counted() {
        return false;
    }

    /** Which file family holds the other languages: "words" is {@code words-da.properties}. */
    String catalogue();

    /** The key in a language's file: {@code DAYS_OVERDUE} is {@code days-overdue}. */
    default String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * Walks a template: {@code words} gets each run of plain text, {@code placeholder} each name
     * between braces, in order. A brace without its pair is plain text.
     */
    static void walk(String template, java.util.function.Consumer<String> words,
                     java.util.function.Consumer<String> placeholder) {
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                words.accept(template.substring(i));
                return;
            }
            if (open > i) {
                words.accept(template.substring(i, open));
            }
            placeholder.accept(template.substring(open + 1, close));
            i = close + 1;
        }
    }
}
