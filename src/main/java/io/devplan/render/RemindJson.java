package io.devplan.render;

import io.devplan.domain.Recipient;
import io.devplan.domain.Reminder;
import java.io.Writer;
import java.util.List;

/**
 * Reminders as JSON: an array with one element per person who must act, {@code recipient},
 * {@code name}, {@code email} (null when no address is known) and {@code items}; each item
 * has the fields of an overdue element plus {@code action} and {@code command}, the devplan
 * command line that clears it.
 */
public final class RemindJson {
    /** JSON is for scripts: its phrases stay English whatever the reader's language. */
    private static final Phrases ENGLISH = new Phrases(Words.english());

    private RemindJson() {}

    public static void print(List<Recipient> recipients, Writer out) {
        try (Json json = new Json(out)) {
            json.startArray();
            for (Recipient r : recipients) {
                json.startObject().put("recipient", r.id()).put("name", r.name()).put("email", r.email())
                        .startArray("items");
                for (Reminder reminder : r.reminders()) {
                    json.startObject();
                    DueItemJson.fields(json, reminder.item());
                    json.put("action", Phrases.plain(ENGLISH.action(reminder)))
                            .put("command", ShellWords.join(reminder.command())).endObject();
                }
                json.endArray().endObject();
            }
            json.endArray();
        }
    }
}
