package io.devplan.domain;

import java.util.Optional;
import java.time.LocalDate;

/**
 * When the next check-in of a plan is due: the latest check-in's {@code next} when given,
 * otherwise its date plus the cadence; with no check-in yet, {@code employee.since} plus the
 * cadence; with neither, none is due.
 */
public final class NextCheckIn {
    private NextCheckIn() {}

    public static Optional<LocalDate> of(Plan plan, Cadence repositoryCadence) {
        Cadence cadence = cadenceOf(plan, repositoryCadence);
        Optional<CheckIn> last = plan.lastCheckIn();
        if (last.isPresent()) {
            CheckIn c = last.get();
            return Optional.of(c.next() != null ? c.next() : cadence.after(c.date()));
        }
        return Optional.ofNullable(plan.employee().since()).map(cadence::after);
    }

    /** The plan's cadence, else the repository's, else monthly. */
    public static Cadence cadenceOf(Plan plan, Cadence repositoryCadence) {
        if (plan.employee().cadence() != null) {
            return plan.employee().cadence();
        }
        return repositoryCadence != null ? repositoryCadence : Cadence.MONTHLY;
    }
}
