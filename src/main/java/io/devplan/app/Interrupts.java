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
    /**
     * How long after the editor ends a SIGINT still counts as the editor's: the JVM looks the
     * handler up when its dispatcher thread gets to the signal, which on a loaded machine can be
     * after the editor has gone, and the default handler would then end devplan with status 130.
     */
    private static final long IN_FLIGHT_NANOS = 2_000_000_000L;

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

    /** Restores the previous handling, except for a SIGINT still in flight from the editor's Ctrl-C. */
    @Override
    public void close() {
        if (previous == null) {
            return;
        }
        long closed = System.nanoTime();
        Signal.handle(INT, signal -> {
            if (System.nanoTime() - closed < IN_FLIGHT_NANOS) {
                return;
            }
            // A Ctrl-C of its own: the previous handling takes it, as if this handler had never been.
            Signal.handle(INT, previous);
            Signal.raise(INT);
        });
    }
}
