package io.devplan.bench;

import io.devplan.store.Repository;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import javax.management.ObjectName;

/**
 * Loads every plan of a repository, as the whole-repository commands do, and prints how long it
 * took: the part of {@code overdue}, {@code validate} and {@code report} that grows with the
 * repository. Used by bench/profile under JFR; with ROUNDS above 1 the later rounds show the
 * JIT-compiled steady state.
 *
 * <p>With {@code -Dhistogram=N} it then prints the N largest classes of the live heap while the
 * plans are still referenced: what the loaded repository costs in memory.
 *
 * <pre>java -cp target/test-classes:target/devplan.jar io.devplan.bench.LoadAll DIR [ROUNDS]</pre>
 */
public final class LoadAll {
    private LoadAll() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: LoadAll DIR [ROUNDS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int rounds = args.length == 2 ? Integer.parseInt(args[1]) : 1;
        Repository.Plans plans = null;
        for (int i = 1; i <= rounds; i++) {
            plans = null;
            long t0 = System.nanoTime();
            Repository repo = Repository.open(dir, Path.of("").toAbsolutePath());
            plans = repo.loadAll();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.err.printf("round %d: %d plans, %d problems, %d ms, heap used %d MiB%n", i,
                    plans.plans().size(), plans.problems().size(), ms,
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        }
        int top = Integer.getInteger("histogram", 0);
        if (top > 0) {
            // Full GC first (the histogram's default), so only what the plans keep alive is counted.
            String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            histogram.lines().limit(top + 3L).forEach(System.err::println);
            System.err.println("plans still referenced: " + plans.plans().size());
        }
    }
}
