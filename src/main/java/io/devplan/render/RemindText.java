package io.devplan.render;

import io.devplan.domain.DueItem;
import io.devplan.domain.DueKind;
import io.devplan.domain.Recipient;
import io.devplan.domain.Reminder;
import java.io.PrintWriter;
import java.util.List;

/**
 * Reminders as text for a mail or a terminal: each person who must act, then per item when it
 * is due and what to do, and below it what it is and where it is written.
 */
public final class RemindText {
    private final Ansi ansi;
    private final int width;

    public RemindText(Ansi ansi, int width) {
        this.ansi = ansi;
        this.width = Math.max(60, width);
    }

    public void print(List<Recipient> recipients, PrintWriter out) {
        int when = 2 + recipients.stream().flatMap(r -> r.reminders().stream())
                .mapToInt(r -> Due.when(r.item()).length()).max().orElse(0);
        boolean first = true;
        for (Recipient r : recipients) {
            if (!first) {
                out.println();
            }
            first = false;
            int n = r.reminders().size();
            out.println(ansi.bold(r.name() + (r.name().equals(r.id()) ? "" : " (" + r.id() + ")")) + ": "
                    + n + (n == 1 ? " thing" : " things") + " to do");
            for (Reminder reminder : r.reminders()) {
                DueItem i = reminder.item();
                String due = Text.pad(Due.when(i), when);
                int room = width - when - 2;
                // A check-in's title only repeats the action ("Check-in with ...").
                String what = i.kind() == DueKind.CHECKIN ? reminder.action() : reminder.action() + ": " + i.title();
                out.println("  " + (i.isOverdue() ? ansi.red(due) : due) + Text.fit(what, room));
                String ref = (i.id() != null ? i.id() + " · " : "") + i.file() + ":" + i.line();
                out.println(" ".repeat(when + 2) + ansi.dim(Text.fit(ref, room)));
            }
        }
    }
}
