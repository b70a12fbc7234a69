package io.devplan.domain;

import java.util.List;

/**
 * A person who must act, and what on.
 *
 * @param id the plan id of the person, or the plain name a plan uses for them
 * @param name the person's name from their plan or devplan.yaml's people, else {@code id}
 * @param email where their reminders are mailed: their plan's employee.email, else their entry in
 *     devplan.yaml's people; null when devplan knows no address
 * @param language the language they read (their plan's, their people entry's), or null for the repository's
 * @param reminders overdue first (most overdue first), then what is due soonest, then the undated
 */
public record Recipient(String id, String name, String email, Language language, List<Reminder> reminders) {
    public Recipient {
        reminders = List.copyOf(reminders);
    }

    /** The same person with other reminders (those still to be mailed, say). */
    public Recipient with(List<Reminder> others) {
        return new Recipient(id, name, email, language, others);
    }
}
