package io.devplan.render;

import io.devplan.domain.Achievement;
import io.devplan.domain.DueKind;
import io.devplan.domain.DueState;
import io.devplan.domain.Employee;
import io.devplan.domain.Goal;
import io.devplan.domain.GoalStatus;
import io.devplan.domain.GoalView;
import io.devplan.domain.ItemView;
import io.devplan.domain.PlanView;
import io.devplan.domain.Support;
import io.devplan.render.doc.Block;
import io.devplan.render.doc.Block.Column;
import io.devplan.render.doc.Document;
import io.devplan.render.doc.Line;
import io.devplan.render.doc.Mark;
import io.devplan.render.doc.Tone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One plan, readable: what {@code devplan show} prints, built from the plan's {@link PlanView}. */
public final class PlanDocument {
    public static Document of(PlanView view, Words words) {
        return new PlanDocument(new Phrases(words)).build(view);
    }

    private final Phrases p;

    private PlanDocument(Phrases phrases) {
        this.p = phrases;
    }

    private Document build(PlanView view) {
        Employee e = view.employee();
        Line title = Line.ofData(e.name()).words(" (").code(e.id()).words(")");
        Line about = p.about(e);
        if (!about.isEmpty()) {
            title.words(" · ").then(about);
        }
        List<Block> blocks = new ArrayList<>();
        List<GoalView> goals = view.counted();
        blocks.add(new Block.Heading(3, p.line(Msg.HEADING_GOALS),
                goals.isEmpty() ? p.line(Msg.NO_GOALS_YET, "id", Line.of().code(e.id())) : Line.of()));
        for (GoalView g : goals) {
            blocks.add(goal(view, g));
        }
        int dropped = view.goals().size() - goals.size();
        if (dropped > 0) {
            blocks.add(new Block.Paragraph(Line.of().styled(Tone.MUTED, p.count(Msg.DROPPED_NOT_SHOWN, dropped))));
        }
        support(view, blocks);
        achievements(view, blocks);
        return new Document(title, checkIns(view), blocks, p.lang(), null);
    }

    private Line checkIns(PlanView view) {
        Line cadence = Line.of(p.words().cadence(view.cadence()));
        String last = view.lastCheckIn() == null ? p.text(Msg.NONE) : view.lastCheckIn().date().toString();
        ItemView next = view.nextCheckIn();
        if (next == null) {
            return p.line(Msg.CADENCE_LAST_NO_NEXT, "cadence", cadence, "last", last);
        }
        return p.line(Msg.CADENCE_LAST_NEXT, "cadence", cadence, "last", last, "next", Line.of()
                .styled(next.isOverdue() ? Tone.ALERT : null, p.when(next.due(), next.daysOverdue(), next.kind())));
    }

    private Block goal(PlanView view, GoalView gv) {
        Goal g = gv.goal();
        Line details = Line.of().code(g.id()).words("  ").meter(gv.progress(), gv.expected(), p.text(Msg.PROGRESS_OF, "goal", g.id()))
                .words("  ").styled(gv.isOverdue() ? Tone.ALERT : null, g.due() == null ? p.text(Msg.NO_DUE_DATE)
                        : gv.isOverdue() ? p.due(gv.dated()) : p.dueOn(g.due()))
                .words("  ").styled(g.status() == GoalStatus.AT_RISK ? Tone.WARN : null, p.name(g.status()));
        String moved = p.moved(gv.dated());
        if (!moved.isEmpty()) {
            details.words("  " + moved);
        }
        List<Line> lines = new ArrayList<>(List.of(details));
        if (g.target() != null) {
            lines.add(Line.of().styled(Tone.MUTED, p.value(g)));
        }
        List<Block.Row> rows = new ArrayList<>();
        for (ItemView i : gv.milestones()) {
            rows.add(item(i));
        }
        for (ItemView i : gv.actions()) {
            rows.add(item(i));
        }
        List<Block> children = rows.isEmpty() ? List.of() : List.of(new Block.Table(List.of(Column.fixed(""),
                Column.text(p.text(Msg.COLUMN_ITEM)), Column.fixed(p.text(Msg.COLUMN_WHEN))), rows, null, true));
        return new Block.Entry(Line.ofData(g.title()), lines, children, Map.of("employee", view.id(), "goal", g.id()));
    }

    private Block.Row item(ItemView i) {
        Line what = p.line(Msg.ITEM_LINE, "kind", p.name(i.kind()), "id", Line.of().code(i.id().substring(i.goal().length() + 1)),
                "title", Line.ofData(i.title()));
        if (i.kind() == DueKind.ACTION && i.owner() != null) {
            what.words(" [").data(i.owner()).words("]");
        }
        Line mark;
        String when;
        Tone tone = null;
        switch (i.state()) {
            case DONE -> {
                mark = Line.of().styled(Tone.GOOD, "✓");
                when = p.doneOn(i.done());
            }
            case OVERDUE -> {
                mark = Line.of().styled(Tone.ALERT, "!");
                when = p.due(i);
                tone = Tone.ALERT;
            }
            case SET_ASIDE -> {
                mark = Line.of("·");
                when = p.text(Msg.OPEN_GOAL_CLOSED);
            }
            default -> {
                mark = Line.of("·");
                when = i.due() == null ? p.text(Msg.NO_DUE_DATE) : i.state() == DueState.DUE_SOON ? p.due(i) : p.dueOn(i.due());
            }
        }
        return new Block.Row(List.of(mark, what, Line.of().styled(tone, p.withMoves(when, i))),
                Map.of("goal", i.goal(), "item", i.id()));
    }

    private void support(PlanView view, List<Block> blocks) {
        List<Block.Row> rows = new ArrayList<>();
        for (GoalView g : view.counted()) {
            for (Support s : g.goal().support()) {
                Line what = Line.of(s.kind() != null ? p.name(s.kind()) + ": " : "").data(s.title());
                Line cost = s.cost() == null ? Line.of() : Line.of(p.number(s.cost()) + Phrases.NBSP).data(s.currency());
                rows.add(new Block.Row(List.of(what, cost, Line.of(p.supportStatus(s)),
                        Line.of("(").code(g.id()).words(")")), Map.of("goal", g.id(), "support", s.id())));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        blocks.add(new Block.Heading(3, p.line(Msg.HEADING_SUPPORT), Line.of()));
        blocks.add(new Block.Table(List.of(Column.text(p.text(Msg.COLUMN_SUPPORT)), Column.number(p.text(Msg.COLUMN_COST)),
                Column.fixed(p.text(Msg.COLUMN_STATUS)), Column.fixed(p.text(Msg.COLUMN_GOAL))), rows, null, true));
    }

    private void achievements(PlanView view, List<Block> blocks) {
        List<Achievement> list = view.plan().achievements();
        if (list.isEmpty()) {
            return;
        }
        blocks.add(new Block.Heading(3, p.line(Msg.HEADING_ACHIEVEMENTS), Line.of()));
        List<Block.Bullet> items = new ArrayList<>();
        for (Achievement a : list) {
            items.add(new Block.Bullet(a.celebrated() != null ? Mark.DONE : Mark.WARN,
                    Line.of(a.date() != null ? a.date() + "  " : "").data(a.title()).words("  ")
                            .styled(a.celebrated() != null ? null : Tone.WARN,
                                    a.celebrated() != null ? p.text(Msg.CELEBRATED_ON, "date", a.celebrated())
                                            : p.text(Msg.NOT_YET_CELEBRATED)),
                    List.of()));
        }
        blocks.add(new Block.Bullets(items));
    }
}
