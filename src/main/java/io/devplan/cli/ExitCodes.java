package io.devplan.cli;

/** Exit statuses of every command, as the command-line contract fixes them. */
public final class ExitCodes {
    private ExitCodes() {}

    public static final int OK = 0;
    /** The command worked and found problems (validate errors, overdue items with --exit-code). */
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    /** Input that cannot be read: a syntax error, a missing repository. */
    public static final int UNREADABLE = 3;
    /** A write refused: lock held, file changed since read, result would not validate. */
    public static final int WRITE_REFUSED = 4;
    /** A bug in devplan. */
    public static final int INTERNAL = 70;
}
