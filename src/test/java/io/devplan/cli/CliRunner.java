package io.devplan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import picocli.CommandLine;

/** Runs devplan in-process with a fixed clock and captured output, as the picocli docs advise. */
public final class CliRunner {
    /** 2026-11-22 at noon UTC: the date the example repository is written for. */
    public static final Clock EXAMPLE_DAY = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    public record Result(int exit, String out, String err) {}

    private CliRunner() {}

    public static Result run(String... args) {
        return run(EXAMPLE_DAY, args);
    }

    public static Result run(Clock clock, String... args) {
        return runIn(null, null, clock, args);
    }

    /**
     * Runs as if started in {@code cwd} (null: the process's folder), with the parse cache under
     * {@code cacheHome} (null: the user's).
     */
    public static Result runIn(java.nio.file.Path cwd, java.nio.file.Path cacheHome, Clock clock, String... args) {
        return runIn(cwd, cacheHome, clock, java.util.Map.of(), args);
    }

    /** As {@link #runIn}, with {@code env} as the whole environment (null: none). */
    public static Result runWith(java.util.Map<String, String> env, java.nio.file.Path cwd, java.nio.file.Path cacheHome,
                                 Clock clock, String... args) {
        return runIn(cwd, cacheHome, clock, env == null ? java.util.Map.of() : env, args);
    }

    /** Runs with {@code environment} as the process's variables (the language ones: no others are read through it). */
    public static Result runWith(java.util.Map<String, String> environment, String... args) {
        return runIn(null, null, EXAMPLE_DAY, environment, args);
    }

    private static Result runIn(java.nio.file.Path cwd, java.nio.file.Path cacheHome, Clock clock,
                                java.util.Map<String, String> environment, String... args) {
        CommandLine cmd = Cli.create(clock, args);
        DevplanCommand root = (DevplanCommand) cmd.getCommand();
        // The tests' answers must not depend on the locale of the machine that runs them.
        root.useEnvironment(environment);
        if (cwd != null) {
            root.workIn(cwd);
        }
        if (cacheHome != null) {
            root.useCacheHome(cacheHome);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        // As Cli does for standard error: messages pass the one writer that makes them safe.
        cmd.setErr(new PrintWriter(new io.devplan.render.SafeWriter(err), true));
        int exit = cmd.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
