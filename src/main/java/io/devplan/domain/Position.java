package io.devplan.domain;

/** A place in a source file: 1-based line and column, and the 0-based character offset. */
public record Position(int line, int column, int offset) {
    public static final Position NONE = new Position(0, 0, -1);

    public Position(int line, int column) {
        this(line, column, -1);
    }
}
