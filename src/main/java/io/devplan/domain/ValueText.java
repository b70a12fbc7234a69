package io.devplan.domain;

/**
 * What is wrong with one value wherever it arrives (a plan file, devplan.yaml, a command's
 * argument): the nouns of ids the refusals' phrases do not name, and a number or cadence beyond the
 * bounds. The store and the commands put these in their own sentences; the other languages are in
 * the "reader" catalogue with the store's {@code ReadingText}.
 */
public enum ValueText implements Phrase {
    // ---- what an id names, in the id rule's sentence (RefusalText names the others)
    MILESTONE_ID("milestone id"),
    ACTION_ID("action id"),
    PRIORITY_ID("priority id"),
    COMPETENCY_ID("competency id"),

    // ---- the bounds of the format
    NUMBER_RULE("a number has at most {digits} significant digits and an exponent from -{exponent} to {exponent}"),
    CADENCE_RULE("a cadence is at most {years} years");

    private final String text;

    ValueText(String text) {
        this.text = text;
    }

    @Override
    public String english(String form) {
        return text;
    }

    @Override
    public String catalogue() {
        return "reader";
    }

    /** The phrase of an id's noun given in English ("goal id"), or the text itself when there is none. */
    public static Object idNoun(String english) {
        for (ValueText v : new ValueText[] {MILESTONE_ID, ACTION_ID, PRIORITY_ID, COMPETENCY_ID}) {
            if (v.text.equals(english)) {
                return Said.of(v);
            }
        }
        return english;
    }
}
