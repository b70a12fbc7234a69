package io.devplan.render;

import io.devplan.domain.Said;

/**
 * A plan that could not be read, as an output says so: where, and the first problem found there
 * ({@code said} in the reader's language for people, {@link #message()} in English for JSON).
 */
public record Unread(String file, int line, int column, Said said) {
    /** The problem in English, as machine formats keep it. */
    public String message() {
        return said.english();
    }
}
