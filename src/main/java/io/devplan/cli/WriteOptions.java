package io.devplan.cli;

import picocli.CommandLine.Option;

/** Options of every command that changes a plan. */
final class WriteOptions {
    @Option(names = {"-n", "--dry-run"},
            description = "Print the change as a unified diff instead of writing it.")
    boolean dryRun;

    @Option(names = "--commit",
            description = "Commit the changed plan with git (also when devplan.yaml says git.commit: true). "
                    + "Nothing is pushed.")
    boolean commit;
}
