package io.devplan.store;

import io.devplan.domain.Said;
import io.devplan.domain.Untranslated;

/** A write that devplan refused to make: lock held, file changed since read, or invalid result. */
public class WriteRefusedException extends RuntimeException {
    private final transient Said said;

    public WriteRefusedException(String message) {
        this(Untranslated.said(message));
    }

    public WriteRefusedException(Said said) {
        super(said.english(), null, false, false);
        this.said = said;
    }

    /** Why, to be said in the reader's language. */
    public Said said() {
        return said;
    }
}
