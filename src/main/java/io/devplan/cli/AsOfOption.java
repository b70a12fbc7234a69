package io.devplan.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --as-of DATE}, on every read command, so results are reproducible. */
final class AsOfOption {
    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "Answer as of this date (YYYY-MM-DD) instead of today in the repository's time zone.")
    LocalDate asOf;
}
