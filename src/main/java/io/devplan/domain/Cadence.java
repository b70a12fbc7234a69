package io.devplan.domain;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * How often a plan is followed up: a named cadence or an ISO-8601 period. Periods in months
 * and years are calendar periods, so January 31 plus a month is the last day of February.
 */
public record Cadence(String text, Period period) {
    public static final Cadence MONTHLY = new Cadence("monthly", Period.ofMonths(1));

    private static final Map<String, Period> NAMED = Map.of(
            "weekly", Period.ofWeeks(1),
            "biweekly", Period.ofWeeks(2),
            "monthly", Period.ofMonths(1),
            "quarterly", Period.ofMonths(3),
            "semiannual", Period.ofMonths(6),
            "annual", Period.ofYears(1));

    public static final String NAMES = "weekly, biweekly, monthly, quarterly, semiannual, annual";

    /**
     * Parses a named cadence or a positive ISO-8601 date period such as P3W or P1M15D.
     *
     * @return empty when the text is no cadence
     * @throws Bounds.OutOfBounds for a period longer than {@link Bounds#MAX_CADENCE_YEARS} years
     */
    public static Optional<Cadence> parse(String text) {
        Period named = NAMED.get(text);
        if (named != null) {
            return Optional.of(new Cadence(text, named));
        }
        if (!text.startsWith("P")) {
            return Optional.empty();
        }
        try {
            Period p = Period.parse(text);
            if (p.isNegative() || p.isZero()) {
                return Optional.empty();
            }
            if (!Bounds.withinCadence(p)) {
                throw new Bounds.OutOfBounds(Bounds.cadenceRule());
            }
            return Optional.of(new Cadence(text, p));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public java.time.LocalDate after(java.time.LocalDate date) {
        return date.plus(period);
    }

    @Override
    public String toString() {
        return text;
    }
}
