package io.devplan.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;

/** Builds the configured picocli command line; tests call this with their own clock. */
public final class Cli {
    private Cli() {}

    public static CommandLine create(Clock clock) {
        CommandLine cmd = new CommandLine(new DevplanCommand(clock));
        ErrorHandler errors = new ErrorHandler();
        cmd.setExecutionExceptionHandler(errors);
        cmd.setParameterExceptionHandler(errors);
        // Plans are UTF-8; print UTF-8 whatever the platform's default, as git does.
        cmd.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return cmd;
    }
}
