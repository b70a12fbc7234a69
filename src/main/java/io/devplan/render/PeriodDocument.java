package io.devplan.render;

import io.devplan.domain.Feedback;
import io.devplan.domain.PeriodReport;
import io.devplan.render.doc.Block;
import io.devplan.render.doc.Document;
import io.devplan.render.doc.Line;
import io.devplan.render.doc.Mark;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What changed in a period (report ID --since DATE), one part per employee: text and Markdown. */
public final class PeriodDocument {
    private PeriodDocument() {}

    public static Document of(List<PeriodReport> reports, LocalDate since, LocalDate asOf) {
        List<Block> blocks = new ArrayList<>();
        for (PeriodReport r : reports) {
            blocks.add(new Block.Heading(2, Line.ofData(r.name()).words(" (").code(r.employee()).words(")"), Line.of()));
            blocks.add(new Block.Paragraph(Line.of(r.fromHistory()
                    ? "Compared with the plan as committed before " + r.since() + "."
                    : "No committed version before " + r.since() + ": start values come from the plan's own dates.")));
            section(blocks, "Goals done", r.goalsDone().stream()
                    .map(g -> Line.of().code(g.goal()).words("  ").data(g.title())).toList());
            section(blocks, "Progress", r.progress().stream().map(g -> {
                Line l = Line.of().code(g.goal()).words("  " + value(g.from()) + " → " + value(g.to()));
                if (g.unit() != null) {
                    l.words(" ").data(g.unit());
                }
                return l.words("  " + g.percentFrom() + "% → " + g.percentTo() + "% (" + (g.points() >= 0 ? "+" : "")
                        + g.points() + ")");
            }).toList());
            section(blocks, "Milestones and actions done", r.done().stream().map(d -> Line.of(d.date() + "  ")
                    .code(d.goal() + "/" + d.item()).words("  ").data(d.title())).toList());
            section(blocks, "Slipped", r.slipped().stream().map(s -> Line.of().code(s.goal() + "/" + s.item())
                    .words("  ").data(s.title()).words("  " + (s.to() != null ? "due " + s.from() + " → " + s.to()
                            : "was due " + s.from() + ", not done"))).toList());
            section(blocks, "Check-ins", r.checkins().stream().map(d -> Line.of(d.toString())).toList());
            section(blocks, "Feedback received", r.feedback().stream().map(PeriodDocument::feedback).toList());
            section(blocks, "Achievements", r.achievements().stream()
                    .map(a -> Line.of(a.date() + "  ").data(a.title())).toList());
            section(blocks, "Support decisions", r.support().stream().map(s -> Line.of().code(s.goal() + "/" + s.support())
                    .words("  ").data(s.title()).words(": " + (s.from() == null ? "added, " + s.to()
                            : s.from() + " → " + s.to()))).toList());
        }
        return new Document(Line.of("What changed from " + since + " to " + asOf), Line.of(), blocks, "en", null);
    }

    private static void section(List<Block> blocks, String title, List<Line> items) {
        blocks.add(new Block.Heading(3, Line.of(title), items.isEmpty() ? Line.of("none") : Line.of()));
        if (!items.isEmpty()) {
            blocks.add(new Block.Bullets(items.stream().map(l -> new Block.Bullet(Mark.ITEM, l, List.of())).toList()));
        }
    }

    private static Line feedback(Feedback f) {
        List<String> about = new ArrayList<>();
        if (f.kind() != null) {
            about.add(f.kind().yamlName());
        }
        if (f.source() != null) {
            about.add(f.source().yamlName());
        }
        Line l = Line.of(f.date() + "  ").code(f.id()).words(about.isEmpty() ? "" : " (" + String.join(", ", about) + ")");
        return f.from() != null ? l.words(" from ").data(f.from()) : l;
    }

    private static String value(BigDecimal n) {
        return n == null ? "none" : Text.number(n);
    }
}
