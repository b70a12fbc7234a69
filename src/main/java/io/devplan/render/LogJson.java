package io.devplan.render;

import io.devplan.domain.HistoryEntry;
import io.devplan.domain.PlanChanges;
import java.io.Writer;
import java.util.List;

/**
 * A plan's history as JSON: an array with one element per change, newest first, each with the
 * commit it came from ({@code commit}, {@code date}, {@code author}, {@code subject}), the
 * {@code employee} and {@code file}, and what changed: {@code kind}, {@code goal}, {@code item},
 * {@code from}, {@code to} and the {@code summary} in words.
 */
public final class LogJson {
    private LogJson() {}

    public static void print(List<HistoryEntry> entries, Writer out) {
        try (Json json = new Json(out)) {
            json.startArray();
            for (HistoryEntry e : entries) {
                for (PlanChanges.Change c : e.changes()) {
                    json.startObject()
                            .put("employee", e.employee())
                            .put("file", e.file())
                            .put("commit", e.commit())
                            .put("date", e.date())
                            .put("author", e.author())
                            .put("subject", e.subject())
                            .put("kind", c.kind().yamlName())
                            .put("goal", c.goal())
                            .put("item", c.item())
                            .put("from", c.from())
                            .put("to", c.to())
                            .put("summary", c.summary())
                            .endObject();
                }
            }
            json.endArray();
        }
    }
}
