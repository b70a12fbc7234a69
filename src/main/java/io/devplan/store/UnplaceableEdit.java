package io.devplan.store;

import io.devplan.domain.Said;

/** An edit the editor cannot place in this file's layout (a multi-line item in a one-line list); why, in words. */
public final class UnplaceableEdit extends IllegalArgumentException {
    private final transient Said said;

    UnplaceableEdit(Said said) {
        super(said.english(), null);
        this.said = said;
    }

    /** Why, to be said in the reader's language. */
    public Said said() {
        return said;
    }
}
