package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.domain.Untranslated;

/** A usage error found after parsing (an unknown id, a bad combination of options): exit 2. */
final class UsageException extends RuntimeException {
    private final transient Said said;

    UsageException(String message) {
        this(Untranslated.said(message));
    }

    UsageException(Said said) {
        super(said.english(), null, false, false);
        this.said = said;
    }

    /** What went wrong, to be said in the reader's language. */
    Said said() {
        return said;
    }
}
