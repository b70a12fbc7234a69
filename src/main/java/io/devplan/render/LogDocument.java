package io.devplan.render;

import io.devplan.domain.HistoryEntry;
import io.devplan.domain.PlanChanges;
import io.devplan.render.doc.Block;
import io.devplan.render.doc.Line;
import io.devplan.render.doc.Tone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plan's history for people: one entry per commit, newest first, its date, commit, author and
 * subject, and each change of the plan below. Authors and subjects come from commits, which
 * anyone can write, so they are plan data like every text of a plan.
 */
public final class LogDocument {
    private LogDocument() {}

    /** @param empty what to say when there is no change to show; {@code words} say each change */
    public static List<Block> of(List<HistoryEntry> entries, Line empty, Words words) {
        if (entries.isEmpty()) {
            return List.of(new Block.Paragraph(empty));
        }
        List<Block> out = new ArrayList<>();
        for (HistoryEntry e : entries) {
            if (!out.isEmpty()) {
                out.add(new Block.Paragraph(Line.of()));
            }
            Line title = Line.of(e.date() + "  ").code(e.shortCommit()).words("  ").data(e.author()).words("  ")
                    .styled(Tone.MUTED, Line.ofData(e.subject()));
            List<Line> details = new ArrayList<>();
            if (e.unreadable() != null) {
                details.add(Line.of().styled(Tone.ALERT, words.line(Msg.LOG_UNREADABLE, "reason", Line.ofData(e.unreadable()))));
            }
            for (PlanChanges.Change c : e.changes()) {
                details.add(words.line(c.said()));
            }
            out.add(new Block.Entry(title, details, List.of(), Map.of("commit", e.commit())));
        }
        return out;
    }
}
