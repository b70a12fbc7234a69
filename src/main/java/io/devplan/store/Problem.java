package io.devplan.store;

import io.devplan.domain.Said;
import io.devplan.domain.Untranslated;

import io.devplan.domain.Position;

/**
 * Something wrong with an input file, at a place in it. {@code file} is as the user should see it.
 * {@code kind} says whether the file could be read at all, which validate's exit status and rule
 * names need; problems made without a kind are about the format.
 */
public record Problem(String file, int line, int column, Said said, Kind kind) {
    /** Whether the file could not be read at all, or was read and does not fit the format. */
    public enum Kind {
        /** Not readable: no such file, not UTF-8, too large, not YAML devplan accepts. */
        UNREADABLE,
        /** Read, but not a valid devplan file: unknown keys, wrong types, missing fields. */
        SCHEMA,
        /** Worth a line, but nothing is left out: an editor's swap file beside the plans. */
        NOTICE
    }

    public Problem(String file, int line, int column, String message) {
        this(file, line, column, Untranslated.said(message), Kind.SCHEMA);
    }

    public Problem(String file, int line, int column, String message, Kind kind) {
        this(file, line, column, Untranslated.said(message), kind);
    }

    public Problem(String file, int line, int column, Said said) {
        this(file, line, column, said, Kind.SCHEMA);
    }

    /** What is wrong, in English: the words machine formats keep. */
    public String message() {
        return said.english();
    }

    static Problem unreadable(String file, Position pos, String message) {
        return new Problem(file, pos.line(), pos.column(), message, Kind.UNREADABLE);
    }

    static Problem unreadable(String file, Position pos, Said said) {
        return new Problem(file, pos.line(), pos.column(), said, Kind.UNREADABLE);
    }

    static Problem notice(String file, Said said) {
        return new Problem(file, 0, 0, said, Kind.NOTICE);
    }

    /** Whether something could not be read (or was left out), which makes a command exit 3. */
    public boolean leftOut() {
        return kind != Kind.NOTICE;
    }

    /** In the order a reader meets them in the file. */
    public static final java.util.Comparator<Problem> BY_PLACE =
            java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

    public static Problem at(String file, Position pos, String message) {
        return new Problem(file, pos.line(), pos.column(), message);
    }

    public static Problem at(String file, Position pos, Said said) {
        return new Problem(file, pos.line(), pos.column(), said);
    }

    /** A problem that belongs to no file, such as a missing repository. */
    public static Problem general(String message) {
        return new Problem(null, 0, 0, message);
    }

    public static Problem general(Said said) {
        return new Problem(null, 0, 0, said);
    }

    /**
     * {@code FILE:LINE:COLUMN: message}, {@code FILE: message} when the place is unknown. The
     * message may quote a plan; whoever prints it makes it safe for where it goes.
     */
    public String format() {
        return format(message());
    }

    /** As {@link #format()}, with the message said as the reader reads it. */
    public String format(java.util.function.Function<Said, String> say) {
        return format(say.apply(said));
    }

    private String format(String message) {
        if (file == null) {
            return message;
        }
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return where + ": " + message;
    }
}
