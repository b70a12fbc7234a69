package io.devplan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Whether support may move to a status on a date: what {@code support set} records. A decision is
 * recorded when it was made, so never on a day still to come, never before the support was
 * requested, and never twice.
 */
public final class SupportDecision {
    private SupportDecision() {}

    /** Why {@code s} cannot reach {@code status} on {@code date} as of {@code asOf}, or empty when it can. */
    public static Optional<Said> refusal(String address, Support s, SupportStatus status, LocalDate date,
                                         LocalDate asOf) {
        if (s.status() == status) {
            LocalDate when = s.date(status);
            return Optional.of(when != null
                    ? Said.of(RefusalText.SUPPORT_ALREADY_ON, "support", address, "status", status, "date", when)
                    : Said.of(RefusalText.SUPPORT_ALREADY, "support", address, "status", status));
        }
        if (date.isAfter(asOf)) {
            return Optional.of(Said.of(RefusalText.DECISION_AFTER_TODAY, "date", date, "today", asOf));
        }
        LocalDate requested = s.date(SupportStatus.REQUESTED);
        if (status != SupportStatus.REQUESTED && requested != null && date.isBefore(requested)) {
            return Optional.of(Said.of(RefusalText.DECISION_BEFORE_REQUEST, "date", date, "support", address,
                    "requested", requested));
        }
        return Optional.empty();
    }

    /** Why {@code code} is no currency a plan can total, or empty when it is one. */
    public static Optional<Said> currencyRefusal(String code) {
        if (code == null || Currencies.isKnown(code)) {
            return Optional.empty();
        }
        List<String> close = Currencies.suggestions(code);
        return Optional.of(close.isEmpty() ? Said.of(RefusalText.NO_CURRENCY, "code", code)
                : Said.of(RefusalText.NO_CURRENCY_DID_YOU_MEAN, "code", code, "suggestion", Alternatives.of(close)));
    }
}
