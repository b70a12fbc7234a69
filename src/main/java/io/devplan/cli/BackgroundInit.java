package io.devplan.cli;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs slow static initialisers of JDK classes on the second core while picocli builds the
 * command line on the first, instead of on the critical path when a plan is first read.
 * Initialisation is thread-safe in the JVM: a reader that gets there first simply waits.
 */
final class BackgroundInit {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private BackgroundInit() {}

    static void start() {
        if (STARTED.compareAndSet(false, true)) {
            Thread t = new Thread(BackgroundInit::run, "devplan-init");
            t.setDaemon(true);
            t.start();
        }
    }

    private static void run() {
        // Since JDK 25, BigDecimal's static initialiser computes 5^(2^16): 15-17 ms before the
        // JIT has compiled BigInteger, about as long as the rest of reading 15 cached plans.
        BigDecimal.ONE.signum();
    }
}
