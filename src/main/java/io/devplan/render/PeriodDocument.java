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
    private final Phrases p;
    private final String conversation;

    private PeriodDocument(Phrases phrases, String conversation) {
        this.p = phrases;
        this.conversation = conversation;
    }

    /** @param conversation the organisation's name for its development conversation, or null */
    public static Document of(List<PeriodReport> reports, LocalDate since, LocalDate asOf, Words words,
                              String conversation) {
        return new PeriodDocument(new Phrases(words), conversation).build(reports, since, asOf);
    }

    private Document build(List<PeriodReport> reports, LocalDate since, LocalDate asOf) {
        List<Block> blocks = new ArrayList<>();
        for (PeriodReport r : reports) {
            blocks.add(new Block.Heading(2, Line.ofData(r.name()).words(" (").code(r.employee()).words(")"), Line.of()));
            blocks.add(new Block.Paragraph(r.fromHistory() ? p.line(Msg.PERIOD_FROM_HISTORY, "date", r.since())
                    : p.line(Msg.PERIOD_FROM_DATES, "date", r.since())));
            section(blocks, Msg.PERIOD_GOALS_DONE, r.goalsDone().stream()
                    .map(g -> Line.of().code(g.goal()).words("  ").data(g.title())).toList());
            section(blocks, Msg.PERIOD_PROGRESS, r.progress().stream().map(g -> {
                Line l = Line.of().code(g.goal()).words("  " + p.text(Msg.TREND_VALUES, "first", value(g.from()),
                        "last", value(g.to())));
                if (g.unit() != null) {
                    l.words(" ").data(g.unit());
                }
                return l.words("  " + p.text(Msg.PERIOD_POINTS, "from", g.percentFrom(), "to", g.percentTo(),
                        "points", (g.points() >= 0 ? "+" : "") + g.points()));
            }).toList());
            section(blocks, Msg.PERIOD_ITEMS_DONE, r.done().stream().map(d -> Line.of(d.date() + "  ")
                    .code(d.goal() + "/" + d.item()).words("  ").data(d.title())).toList());
            section(blocks, Msg.PERIOD_SLIPPED, r.slipped().stream().map(s -> Line.of().code(s.goal() + "/" + s.item())
                    .words("  ").data(s.title()).words("  " + (s.to() != null
                            ? p.text(Msg.PERIOD_MOVED, "from", s.from(), "to", s.to())
                            : p.text(Msg.PERIOD_NOT_DONE, "date", s.from())))).toList());
            section(blocks, Msg.HEADING_CHECKINS, r.checkins().stream().map(d -> Line.of(d.toString())).toList());
            section(blocks, Msg.PERIOD_FEEDBACK, r.feedback().stream().map(this::feedback).toList());
            section(blocks, Msg.HEADING_ACHIEVEMENTS, r.achievements().stream()
                    .map(a -> Line.of(a.date() + "  ").data(a.title())).toList());
            section(blocks, Msg.PERIOD_SUPPORT, r.support().stream().map(s -> Line.of().code(s.goal() + "/" + s.support())
                    .words("  ").data(s.title()).words(": " + (s.from() == null
                            ? p.text(Msg.PERIOD_SUPPORT_ADDED, "status", status(s.to()))
                            : p.text(Msg.TREND_VALUES, "first", status(s.from()), "last", status(s.to()))))).toList());
        }
        return new Document(p.line(Msg.PERIOD_TITLE, "from", since, "to", asOf), Line.of(), blocks, p.lang(), null);
    }

    private void section(List<Block> blocks, Msg title, List<Line> items) {
        blocks.add(new Block.Heading(3, p.line(title), items.isEmpty() ? p.line(Msg.NONE) : Line.of()));
        if (!items.isEmpty()) {
            blocks.add(new Block.Bullets(items.stream().map(l -> new Block.Bullet(Mark.ITEM, l, List.of())).toList()));
        }
    }

    private Line feedback(Feedback f) {
        List<String> about = new ArrayList<>();
        if (f.kind() != null) {
            about.add(p.name(f.kind()));
        }
        if (f.source() != null) {
            about.add(p.source(f.source(), conversation));
        }
        Line l = Line.of(f.date() + "  ").code(f.id()).words(about.isEmpty() ? "" : " (" + String.join(", ", about) + ")");
        return f.from() != null ? l.words(" ").then(p.line(Msg.FEEDBACK_FROM, "from", Line.ofData(f.from()))) : l;
    }

    /** A support status as the period names it, in the reader's words. */
    private String status(String yaml) {
        return io.devplan.domain.YamlName.parse(io.devplan.domain.SupportStatus.class, yaml).map(p::name).orElse(yaml);
    }

    private String value(BigDecimal n) {
        return n == null ? p.text(Msg.NONE) : p.number(n);
    }
}
