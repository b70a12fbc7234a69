package io.devplan.domain;

/** An id that breaks the one id rule; the message states the rule and, where one is close, a suggestion. */
public final class InvalidId extends IllegalArgumentException {
    private final transient Said said;

    InvalidId(Said said) {
        super(said.english(), null);
        this.said = said;
    }

    /** What is wrong, to be said in the reader's language. */
    public Said said() {
        return said;
    }
}
