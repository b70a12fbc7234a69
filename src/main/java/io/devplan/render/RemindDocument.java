package io.devplan.render;

import io.devplan.domain.DueItem;
import io.devplan.domain.DueKind;
import io.devplan.domain.Recipient;
import io.devplan.domain.Reminder;
import io.devplan.render.doc.Block;
import io.devplan.render.doc.Line;
import io.devplan.render.doc.Mark;
import io.devplan.render.doc.Tone;
import java.util.ArrayList;
import java.util.List;

/**
 * Reminders for a mail or a terminal: each person who must act, then per item when it is due and
 * what to do, and below it what it is and where it is written, and the devplan command that
 * clears it.
 */
public final class RemindDocument {
    private final Phrases p;

    private RemindDocument(Phrases phrases) {
        this.p = phrases;
    }

    public static List<Block> of(List<Recipient> recipients, List<Unread> unreadable, Words words) {
        return new RemindDocument(new Phrases(words)).build(recipients, unreadable);
    }

    /** One person's reminders: a heading with how many, then one bullet each. */
    public static List<Block> of(Recipient r, Words words) {
        return new RemindDocument(new Phrases(words)).recipient(r);
    }

    /** "3 days overdue: finish the milestone: Retro", as in the list and in a mail's subject. */
    static Line what(Reminder reminder, Words words) {
        return new RemindDocument(new Phrases(words)).what(reminder);
    }

    private List<Block> build(List<Recipient> recipients, List<Unread> unreadable) {
        List<Block> out = new ArrayList<>();
        Notices.unreadable(unreadable, Msg.UNREADABLE_REMIND, p.words()).ifPresent(out::add);
        for (Recipient r : recipients) {
            out.addAll(recipient(r));
        }
        return out;
    }

    private List<Block> recipient(Recipient r) {
        int n = r.reminders().size();
        Line who = Line.ofData(r.name());
        if (!r.name().equals(r.id())) {
            who.words(" (").code(r.id()).words(")");
        }
        List<Block.Bullet> items = new ArrayList<>();
        for (Reminder reminder : r.reminders()) {
            items.add(bullet(reminder));
        }
        return List.of(new Block.Heading(2, p.words().countLine(Msg.REMIND_HEADING, n, "name", who), Line.of()),
                new Block.Bullets(items));
    }

    private Line what(Reminder reminder) {
        DueItem i = reminder.item();
        Line text = Line.of();
        if (i.due() != null) {
            String relative = p.relative(i.daysOverdue(), i.kind());
            String when = i.isOverdue() ? relative : p.text(Msg.REMIND_DUE, "relative", relative);
            text.styled(i.isOverdue() ? Tone.ALERT : null, when).words(": ");
        }
        text.then(p.action(reminder));
        // A check-in's title only repeats the action ("Check-in with ...").
        if (i.kind() != DueKind.CHECKIN) {
            text.words(": ").data(i.title());
        }
        return text;
    }

    private Block.Bullet bullet(Reminder reminder) {
        DueItem i = reminder.item();
        Line ref = Line.of();
        if (i.id() != null) {
            ref.code(i.id()).words(" · ");
        }
        ref.data(i.file()).words(":" + i.line());
        Line command = AgendaDocument.commandLine(reminder.command());
        return new Block.Bullet(i.isOverdue() ? Mark.OVERDUE : Mark.OPEN, what(reminder), List.of(ref, command));
    }
}
