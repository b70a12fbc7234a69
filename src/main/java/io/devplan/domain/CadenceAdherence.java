package io.devplan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether check-ins were held within the plan's cadence.
 *
 * <p>Only check-ins held on or before the as-of date count, in date order. The first is within
 * cadence when it was held no later than one cadence after {@code employee.since} (a plan without
 * {@code since} has nothing to measure the first against, so it is within). Every later one is
 * within cadence when the gap since the check-in before it is at most one cadence; the period is
 * added in calendar terms (January 31 plus a month is the end of February). An agreed
 * {@code next} date does not stretch the cadence: adherence measures the rhythm the plan
 * promises. The check-in not yet held is {@link Overdue}'s business, not this rule's.
 */
public final class CadenceAdherence {
    private CadenceAdherence() {}

    /** One held check-in and whether it came within the cadence. */
    public record Held(CheckIn checkIn, boolean withinCadence) {}

    /** Check-ins held and how many of them within cadence. */
    public record Result(List<Held> held, int withinCadence) {
        public static final Result NONE = new Result(List.of(), 0);

        public Result {
            held = List.copyOf(held);
        }

        public int count() {
            return held.size();
        }

        /** Within cadence as a whole percent of those held; null when none was held. */
        public Integer share() {
            return Share.percent(withinCadence, held.size());
        }
    }

    public static Result of(Plan plan, LocalDate asOf, Cadence repositoryCadence) {
        Cadence cadence = NextCheckIn.cadenceOf(plan, repositoryCadence);
        LocalDate previous = plan.employee().since();
        List<Held> out = new ArrayList<>();
        int within = 0;
        for (CheckIn c : ValueHistory.held(plan, asOf)) {
            boolean ok = previous == null || !c.date().isAfter(cadence.after(previous));
            out.add(new Held(c, ok));
            within += ok ? 1 : 0;
            previous = c.date();
        }
        return new Result(out, within);
    }
}
