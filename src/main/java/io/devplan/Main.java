package io.devplan;

import io.devplan.cli.Cli;
import java.time.Clock;

/** Entry point: builds the command line and exits with its status; nothing else. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(Cli.create(Clock.systemDefaultZone(), args).execute(args));
    }
}
