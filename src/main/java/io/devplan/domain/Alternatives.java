package io.devplan.domain;

import java.util.List;

/** One, two or three quoted words as each language lists them: "'a', 'b' or 'c'". */
public enum Alternatives implements Phrase {
    ONE("'{a}'"),
    TWO("'{a}' or '{b}'"),
    THREE("'{a}', '{b}' or '{c}'");

    private final String english;

    Alternatives(String english) {
        this.english = english;
    }

    @Override
    public String english(String form) {
        return english;
    }

    @Override
    public String catalogue() {
        return "words";
    }

    @Override
    public String key() {
        return "alternatives-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The words listed, or null for none; more than three are the first three. */
    public static Said of(List<String> words) {
        return switch (words.size()) {
            case 0 -> null;
            case 1 -> Said.of(ONE, "a", words.get(0));
            case 2 -> Said.of(TWO, "a", words.get(0), "b", words.get(1));
            default -> Said.of(THREE, "a", words.get(0), "b", words.get(1), "c", words.get(2));
        };
    }
}
