package io.devplan.render;

import io.devplan.domain.HistoryEntry;
import io.devplan.domain.PlanChanges;
import io.devplan.store.Sanitize;
import java.io.PrintWriter;
import java.util.List;

/**
 * A plan's history as text: one block per commit, newest first, its date, commit, author and
 * subject on the first line and each change of the plan below. Names and subjects come from
 * commits, so they are shown without control characters, like every plan text.
 */
public final class LogText {
    private final Ansi ansi;
    private final int width;

    public LogText(Ansi ansi, int width) {
        this.ansi = ansi;
        this.width = width;
    }

    public void print(List<HistoryEntry> entries, String empty, PrintWriter out) {
        if (entries.isEmpty()) {
            out.println(empty);
            return;
        }
        boolean first = true;
        for (HistoryEntry e : entries) {
            if (!first) {
                out.println();
            }
            first = false;
            String head = e.date() + "  " + e.shortCommit() + "  " + Sanitize.controlChars(e.author());
            out.println(ansi.bold(head) + "  " + Text.fit(e.subject(), Math.max(10, width - head.length() - 2)));
            if (e.unreadable() != null) {
                print(ansi.red("the plan did not read at this commit: " + Sanitize.controlChars(e.unreadable())), out);
            }
            for (PlanChanges.Change c : e.changes()) {
                print(Sanitize.controlChars(c.summary()), out);
            }
        }
    }

    private void print(String line, PrintWriter out) {
        for (String part : Text.wrap(line, Math.max(20, width - 4))) {
            out.println("    " + part);
        }
    }
}
