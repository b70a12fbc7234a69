package io.devplan.render;

import io.devplan.domain.Achievement;
import io.devplan.domain.Agenda;
import io.devplan.domain.DueItem;
import io.devplan.domain.DueKind;
import io.devplan.domain.ClearingCommand;
import io.devplan.domain.Employee;
import io.devplan.domain.Feedback;
import io.devplan.domain.Goal;
import io.devplan.domain.GoalView;
import io.devplan.domain.ItemView;
import io.devplan.domain.PlanView;
import io.devplan.domain.SupportView;
import io.devplan.render.doc.Block;
import io.devplan.render.doc.Document;
import io.devplan.render.doc.Line;
import io.devplan.render.doc.Mark;
import java.util.ArrayList;
import java.util.List;

/** The agenda of a check-in as a {@link Document}: headed sections of one-line items. */
public final class AgendaDocument {
    private final Phrases p;

    private AgendaDocument(Phrases phrases) {
        this.p = phrases;
    }

    public static Document of(Agenda a, Words words) {
        return new AgendaDocument(new Phrases(words)).build(a);
    }

    private Document build(Agenda a) {
        PlanView v = a.view();
        Employee e = v.employee();
        List<Block> blocks = new ArrayList<>();
        agreed(v, blocks);
        bullets(blocks, p.text(Msg.AGENDA_CELEBRATE), v.toCelebrate().stream()
                .map(x -> cleared(achievement(x), ClearingCommand.of(e.id(), x))).toList());
        section(blocks, v.lastCheckIn() == null ? p.text(Msg.AGENDA_PROGRESS_SO_FAR)
                : p.text(Msg.AGENDA_PROGRESS_SINCE, "date", v.lastCheckIn().date()),
                a.progress().stream().map(this::progress).toList());
        bullets(blocks, p.text(Msg.AGENDA_DUE), a.due().stream()
                .map(i -> cleared(due(i), ClearingCommand.of(i))).toList());
        bullets(blocks, p.text(Msg.AGENDA_CARRIED_OVER), a.carriedOver().stream()
                .map(i -> cleared(action(i), ClearingCommand.of(v.item(i)))).toList());
        section(blocks, p.text(Msg.AGENDA_FEEDBACK), v.unaddressed().stream().map(this::feedback).toList());
        bullets(blocks, p.text(Msg.AGENDA_SUPPORT), v.undecided().stream()
                .map(x -> cleared(support(x), ClearingCommand.of(e.id(), x))).toList());
        managerOnly(v, blocks);
        if (blocks.isEmpty()) {
            blocks.add(new Block.Paragraph(p.line(Msg.AGENDA_NOTHING)));
        }
        ItemView next = v.nextCheckIn();
        String last = v.lastCheckIn() == null ? p.text(Msg.NONE) : v.lastCheckIn().date().toString();
        Line when = next == null ? p.line(Msg.AGENDA_WHEN_NO_NEXT, "last", last, "date", v.asOf())
                : p.line(Msg.AGENDA_WHEN, "next", p.when(next.due(), next.daysOverdue(), next.kind()), "last", last,
                        "date", v.asOf());
        return new Document(p.line(Msg.AGENDA_TITLE, "name", Line.ofData(e.name()), "id", Line.of().code(e.id())), when,
                blocks, p.lang(), null);
    }

    /** What was agreed last time opens the meeting: the last check-in's notes, blockers and next date. */
    private void agreed(PlanView v, List<Block> blocks) {
        var last = v.lastCheckIn();
        if (last == null) {
            return;
        }
        List<Line> lines = new ArrayList<>();
        if (last.notes() != null && !last.notes().isBlank()) {
            last.notes().strip().lines().filter(l -> !l.isBlank()).forEach(l -> lines.add(Line.ofData(l.strip())));
        }
        if (last.blockers() != null && !last.blockers().isBlank()) {
            lines.add(p.line(Msg.BLOCKERS, "text", Line.ofData(last.blockers())));
        }
        if (last.next() != null) {
            lines.add(p.line(Msg.AGENDA_NEXT_AGREED, "date", last.next()));
        }
        section(blocks, p.text(Msg.AGENDA_AGREED, "date", last.date()), lines);
    }

    /**
     * The private preparation, present only in a manager's view of the plan: the last private
     * note, the wellbeing trend and private feedback no goal addresses yet.
     */
    private void managerOnly(PlanView v, List<Block> blocks) {
        List<Line> lines = new ArrayList<>();
        var last = v.lastCheckIn();
        if (last != null && last.privateNote() != null) {
            lines.add(p.line(Msg.AGENDA_PRIVATE_NOTE, "date", last.date(), "text", Line.ofData(last.privateNote())));
        }
        var w = v.wellbeing();
        if (!w.isEmpty()) {
            Line trend = Line.of(p.text(Msg.WELLBEING_TREND) + " ").spark(w, java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(5)).words(" ");
            trend.words(String.join(", ", w.stream().map(x -> x.date() + ": " + p.number(x.value())).toList()));
            lines.add(trend.words(" (1..5)"));
        }
        v.unaddressed().stream().filter(Feedback::isPrivate)
                .forEach(f -> lines.add(p.line(Msg.AGENDA_PRIVATE_FEEDBACK, "feedback", feedback(f))));
        section(blocks, p.text(Msg.AGENDA_MANAGER_ONLY), lines);
    }

    private static void section(List<Block> blocks, String heading, List<Line> lines) {
        bullets(blocks, heading, lines.stream().map(l -> new Block.Bullet(Mark.ITEM, l, List.of())).toList());
    }

    private static void bullets(List<Block> blocks, String heading, List<Block.Bullet> bullets) {
        if (!bullets.isEmpty()) {
            blocks.add(new Block.Heading(3, Line.of(heading), Line.of()));
            blocks.add(new Block.Bullets(bullets));
        }
    }

    /** An item and below it the devplan command that clears it, on one line to copy whole. */
    private static Block.Bullet cleared(Line item, List<String> command) {
        return new Block.Bullet(Mark.ITEM, item, List.of(commandLine(command)));
    }

    /** A command line to copy: no-break spaces until written, so it is never wrapped. */
    static Line commandLine(List<String> command) {
        return Line.of().code(ShellWords.join(command).replace(" ", Phrases.NBSP));
    }

    private static Line achievement(Achievement x) {
        Line l = Line.of(x.date() != null ? x.date() + " " : "").data(x.title());
        return x.goal() != null ? l.words(" (").code(x.goal()).words(")") : l;
    }

    private Line progress(GoalView gv) {
        Goal g = gv.goal();
        Line value = null;
        var m = gv.movement();
        if (g.target() != null && m.now() != null) {
            Line unit = g.unit() != null ? Line.of(" ").data(g.unit()) : Line.of();
            String now = m.before() != null && m.before().compareTo(m.now()) != 0
                    ? p.text(Msg.TREND_VALUES, "first", p.number(m.before()), "last", p.number(m.now())) : p.number(m.now());
            value = p.line(Msg.AGENDA_VALUE, "now", now, "target", p.number(g.target()), "unit", unit);
        }
        List<Line> parts = new ArrayList<>();
        if (m.moved()) {
            if (value != null) {
                parts.add(value);
            }
            if (!m.milestonesDone().isEmpty()) {
                parts.add(p.line(Msg.AGENDA_MILESTONES_DONE, "items", done(m.milestonesDone())));
            }
            if (!m.actionsDone().isEmpty()) {
                parts.add(p.line(Msg.AGENDA_ACTIONS_DONE, "items", done(m.actionsDone())));
            }
        } else {
            parts.add(value == null ? p.line(Msg.AGENDA_NO_PROGRESS) : p.line(Msg.AGENDA_NO_PROGRESS_VALUE, "value", value));
        }
        return Line.of().code(g.id()).words(" " + gv.progress() + "% " + p.name(g.status()) + ": ")
                .then(Line.join("; ", parts));
    }

    private static Line done(List<ItemView> items) {
        List<Line> out = items.stream().map(i -> Line.of().code(i.id().substring(i.goal().length() + 1))
                .words(" (" + i.done() + ")")).toList();
        return Line.join(", ", out);
    }

    private Line due(DueItem i) {
        Line l = Line.of(p.relative(i.daysOverdue(), i.kind()) + " · " + p.name(i.kind()) + " ").code(i.id())
                .words(": ").data(i.title());
        if (i.kind() == DueKind.ACTION && i.owner() != null) {
            l.words(" · ").then(p.line(Msg.OWNER, "owner", Line.ofData(i.owner())));
        }
        return l.words(" · " + p.dueOn(i.due()));
    }

    private Line action(ItemView a) {
        Line l = Line.of().code(a.id()).words(": ").data(a.title());
        if (a.owner() != null) {
            l.words(" · ").then(p.line(Msg.OWNER, "owner", Line.ofData(a.owner())));
        }
        return l.words(" · " + (a.due() != null ? p.dueOn(a.due()) : p.text(Msg.NO_DUE_DATE)));
    }

    private Line feedback(Feedback f) {
        Line l = Line.of(f.date() != null ? f.date() + " " : "");
        if (f.from() != null) {
            l.then(p.line(Msg.FEEDBACK_FROM, "from", Line.ofData(f.from()))).words(" ");
        }
        return l.code(f.id()).words(": ").data(f.text());
    }

    private Line support(SupportView x) {
        var s = x.support();
        Line l = Line.of().code(x.id()).words(": ").data(s.title()).words(" (" + (s.kind() != null ? p.name(s.kind())
                : p.text(Msg.SUPPORT_WORD)));
        if (s.cost() != null) {
            l.words(", " + p.number(s.cost()));
            if (s.currency() != null) {
                l.words(Phrases.NBSP).data(s.currency());
            }
        }
        return l.words(")");
    }
}
