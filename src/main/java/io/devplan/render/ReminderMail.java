package io.devplan.render;

import io.devplan.domain.Language;
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
 * cut, and as HTML. Every sentence is a whole one from {@link Msg}, with its numbers and names put
 * in, in the language the person reads.
 *
 * @param subject one line
 * @param text the plain-text body
 * @param html the HTML alternative
 */
public record ReminderMail(String subject, String text, String html) {
    /** Mail text wraps where mail readers expect it. */
    private static final int WIDTH = 72;

    /**
     * The mail of {@code r}, from the reminders it holds (those due for mailing), in {@code words}:
     * the recipient's language as {@link Language#forPerson} chooses it.
     */
    public static ReminderMail of(Recipient r, String organization, Words words) {
        int n = r.reminders().size();
        Block hello = new Block.Paragraph(words.line(Msg.MAIL_HELLO, "name", Line.ofData(r.name())));
        Block intro = new Block.Paragraph(words.countLine(Msg.MAIL_INTRO, n));
        List<Block> reminders = RemindDocument.of(r, words);
        Block footer = new Block.Paragraph(organization == null ? words.line(Msg.MAIL_FOOTER)
                : words.line(Msg.MAIL_FOOTER_ORG, "organization", Line.ofData(organization)));
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
        new HtmlDoc(new PrintWriter(html)).write(new Document(words.line(Msg.MAIL_TITLE, "name", Line.ofData(r.name())),
                Line.of(), blocks, words.code(), null));
        return new ReminderMail(subject(r.reminders(), words), text.toString(), html.toString());
    }

    /** "3 things to do, the most urgent: 5 days overdue: finish the milestone: Retro". */
    static String subject(List<Reminder> reminders, Words words) {
        String urgent = SafeText.oneLine(Phrases.plain(RemindDocument.what(reminders.get(0), words)));
        return SafeText.oneLine(words.count(Msg.MAIL_SUBJECT, reminders.size(), "urgent", urgent));
    }
}
