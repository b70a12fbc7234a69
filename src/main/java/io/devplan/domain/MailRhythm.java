package io.devplan.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The rule of {@code remind --send}: a reminder is mailed to a person when it is new to them, when
 * it changed since it was last mailed to them ({@link Reminder#fingerprint()}: due soon became
 * overdue, the date moved), or when at least {@code repeatDays} days have passed since; otherwise
 * it stays out of the mail. {@code force} mails every reminder. A person none of whose reminders
 * is due for mailing gets no mail at all.
 */
public final class MailRhythm {
    private MailRhythm() {}

    /** The reminders of {@code r} to mail as of {@code asOf}, in their order. */
    public static List<Reminder> toMail(Recipient r, SentLog log, LocalDate asOf, int repeatDays, boolean force) {
        return r.reminders().stream().filter(rem -> force || due(log.last(r.id(), rem.key()).orElse(null), rem,
                asOf, repeatDays)).toList();
    }

    private static boolean due(SentLog.Sent last, Reminder r, LocalDate asOf, int repeatDays) {
        return last == null || !last.fingerprint().equals(r.fingerprint())
                || ChronoUnit.DAYS.between(last.date(), asOf) >= repeatDays;
    }
}
