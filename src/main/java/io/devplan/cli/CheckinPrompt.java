package io.devplan.cli;

import io.devplan.domain.Cadence;
import io.devplan.domain.Plan;
import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;

/** The interactive check-in; JLine is loaded only from here, so other runs start without it. */
final class CheckinPrompt {
    private CheckinPrompt() {}

    static PlanChange.Result run(CommandSpec spec, Plan plan, String text, LocalDate date, Cadence cadence) {
        throw new UsageException("interactive check-in is not available yet; give --note and other options");
    }
}
