package io.devplan.domain;

import java.util.List;

/**
 * A person who must act, and what on.
 *
 * @param id the plan id of the person, or the plain name a plan uses for them
 * @param name the person's name from their plan, else {@code id}
 * @param reminders overdue first (most overdue first), then what is due soonest, then the undated
 */
public record Recipient(String id, String name, List<Reminder> reminders) {
    public Recipient {
        reminders = List.copyOf(reminders);
    }
}
