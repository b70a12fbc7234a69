package io.devplan.render;

import io.devplan.domain.Recipient;
import io.devplan.domain.Reminder;
import io.devplan.render.doc.Block;
import io.devplan.render.doc.Document;
import io.devplan.render.doc.Line;
import io.devplan.render.doc.SafeText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The mail {@code remind --send} sends one person: a subject that says how many things and the
 * most urgent, and the person's reminders ({@link RemindDocument}) as plain text, wrapped and never
 * cut, and as HTML. Every sentence is whole, with its numbers and names put in, so that it can be
 * translated as one.
 *
 * @param subject one line
 * @param text the plain-text body
 * @param html the HTML alternative
 */
public record ReminderMail(String subject, String text, String html) {
    /** Mail text wraps where mail readers expect it. */
    private static final int WIDTH = 72;

    /** The mail of {@code r}, from the reminders it holds (those due for mailing). */
    public static ReminderMail of(Recipient r, String organization) {
        Block hello = new Block.Paragraph(Line.of("Hello ").data(r.name()).words(","));
        Block intro = new Block.Paragraph(Line.of(intro(r.reminders().size())));
        List<Block> reminders = RemindDocument.of(r);
        Block footer = new Block.Paragraph(Line.of(footer(organization)));
        List<Block> blocks = new ArrayList<>(List.of(hello, intro));
        blocks.addAll(reminders);
        blocks.add(footer);
        // Text: each part on its own, a blank line between, none indented by the part before.
        StringWriter text = new StringWriter();
        PrintWriter pw = new PrintWriter(text);
        for (List<Block> part : List.of(List.of(hello), List.of(intro), reminders, List.of(footer))) {
            if (part.get(0) != hello) {
                pw.println();
            }
            new TextDoc(Ansi.OFF, WIDTH, false, pw).write(part);
        }
        pw.flush();
        StringWriter html = new StringWriter();
        new HtmlDoc(new PrintWriter(html)).write(new Document(Line.of(title(SafeText.oneLine(r.name()))), Line.of(), blocks,
                r.language() != null ? r.language().code() : "en", null));
        return new ReminderMail(subject(r.reminders()), text.toString(), html.toString());
    }

    /** "3 things to do, the most urgent: 5 days overdue: finish the milestone: Retro". */
    static String subject(List<Reminder> reminders) {
        String urgent = SafeText.oneLine(Phrases.plain(RemindDocument.what(reminders.get(0))));
        int n = reminders.size();
        return n == 1 ? String.format("devplan: 1 thing to do: %s", urgent)
                : String.format("devplan: %d things to do, the most urgent: %s", n, urgent);
    }

    private static String intro(int n) {
        return n == 1 ? "This is the one thing the development plans ask of you now. Each line says where it "
                + "is written and the devplan command that records what was done."
                : String.format("These are the %d things the development plans ask of you now, the most urgent "
                + "first. Each line says where it is written and the devplan command that records what was done.", n);
    }

    private static String title(String name) {
        return String.format("Reminders for %s", name);
    }

    private static String footer(String org) {
        String organization = org == null ? null : SafeText.oneLine(org);
        return organization == null
                ? "Sent by devplan remind --send. You get the same reminder again after a while if it is still open."
                : String.format("Sent by devplan remind --send for %s. You get the same reminder again after a while "
                + "if it is still open.", organization);
    }
}
