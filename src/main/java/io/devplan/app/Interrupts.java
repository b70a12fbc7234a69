package io.devplan.app;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C belongs to the editor while it runs, as with {@code git commit} and {@code crontab -e}:
 * the terminal sends SIGINT to every process in the foreground, and devplan, which waits for the
 * editor, must not die of it and leave the edit behind. A handler that does nothing (not SIG_IGN,
 * which a child would inherit) lets the editor start with the default and handle Ctrl-C itself.
 */
final class Interrupts implements AutoCloseable {
    private static final Signal INT = new Signal("INT");

    private final SignalHandler previous;

    private Interrupts(SignalHandler previous) {
        this.previous = previous;
    }

    /** Ignores SIGINT until {@link #close()}; where the JVM does not let it (-Xrs), changes nothing. */
    static Interrupts ignored() {
        try {
            return new Interrupts(Signal.handle(INT, signal -> { }));
        } catch (IllegalArgumentException e) {
            return new Interrupts(null);
        }
    }

    @Override
    public void close() {
        if (previous != null) {
            Signal.handle(INT, previous);
        }
    }
}
