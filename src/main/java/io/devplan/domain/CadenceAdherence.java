package io.devplan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether check-ins were held within the plan's cadence.
 *
 * <p>The check-ins of a plan as of a date ({@link PlanAsOf}) count, in date order. A check-in is
 * kept when it was held on or before the date it was due: the first no later than one cadence
 * after {@code employee.since} (a plan without {@code since} has nothing to measure the first
 * against, so it is kept); every later one on or before the {@code next} date agreed at the
 * check-in before it, or, where none was agreed, within one cadence of it. The period is added
 * in calendar terms (January 31 plus a month is the end of February), as {@link NextCheckIn}
 * does. The check-in not yet held is {@link PlanView#nextCheckIn}'s business, not this rule's.
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

    /** @param cadence the plan's cadence ({@link NextCheckIn#cadenceOf}) */
    public static Result of(Plan plan, Cadence cadence) {
        LocalDate due = plan.employee().since() != null ? cadence.after(plan.employee().since()) : null;
        List<Held> out = new ArrayList<>();
        int within = 0;
        for (CheckIn c : ValueHistory.held(plan)) {
            boolean ok = due == null || !c.date().isAfter(due);
            out.add(new Held(c, ok));
            within += ok ? 1 : 0;
            due = c.next() != null ? c.next() : cadence.after(c.date());
        }
        return new Result(out, within);
    }
}
