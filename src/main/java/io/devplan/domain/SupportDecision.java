package io.devplan.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether support may move to a status on a date: what {@code support set} records. A decision is
 * recorded when it was made, so never on a day still to come, never before the support was
 * requested, and never twice.
 */
public final class SupportDecision {
    private SupportDecision() {}

    /** Why {@code s} cannot reach {@code status} on {@code date} as of {@code asOf}, or empty when it can. */
    public static Optional<String> refusal(String address, Support s, SupportStatus status, LocalDate date,
                                           LocalDate asOf) {
        if (s.status() == status) {
            LocalDate when = s.date(status);
            return Optional.of("support '" + address + "' is already " + status.yamlName()
                    + (when != null ? " (" + when + ")" : ""));
        }
        if (date.isAfter(asOf)) {
            return Optional.of("--date " + date + " is after today (" + asOf + "): record a decision on the day it "
                    + "was made");
        }
        LocalDate requested = s.date(SupportStatus.REQUESTED);
        if (status != SupportStatus.REQUESTED && requested != null && date.isBefore(requested)) {
            return Optional.of("--date " + date + " is before support '" + address + "' was requested ("
                    + requested + ")");
        }
        return Optional.empty();
    }

    /** Why {@code code} is no currency a plan can total, or empty when it is one. */
    public static Optional<String> currencyRefusal(String code) {
        if (code == null || Currencies.isKnown(code)) {
            return Optional.empty();
        }
        return Optional.of("'" + code + "' is no ISO 4217 currency code such as EUR, DKK or SEK"
                + Currencies.hint(code));
    }
}
