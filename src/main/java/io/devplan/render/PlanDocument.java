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
    private PlanDocument() {}

    public static Document of(PlanView view) {
        Employee e = view.employee();
        Line title = Line.ofData(e.name()).words(" (").code(e.id()).words(")");
        Line about = Phrases.about(e);
        if (!about.isEmpty()) {
            title.words(" · ").then(about);
        }
        List<Block> blocks = new ArrayList<>();
        List<GoalView> goals = view.counted();
        blocks.add(new Block.Heading(3, Line.of("Goals"),
                goals.isEmpty() ? Line.of("none yet: devplan goal add ").code(e.id()) : Line.of()));
        for (GoalView g : goals) {
            blocks.add(goal(view, g));
        }
        int dropped = view.goals().size() - goals.size();
        if (dropped > 0) {
            blocks.add(new Block.Paragraph(Line.of().styled(Tone.MUTED,
                    "(" + dropped + " dropped " + (dropped == 1 ? "goal" : "goals") + " not shown)")));
        }
        support(view, blocks);
        achievements(view, blocks);
        return new Document(title, checkIns(view), blocks, "en", null);
    }

    private static Line checkIns(PlanView view) {
        Line l = Line.of("Cadence ").data(view.cadence().text()).words(" · last check-in "
                + (view.lastCheckIn() == null ? "none" : view.lastCheckIn().date().toString()));
        ItemView next = view.nextCheckIn();
        if (next == null) {
            return l.words(" · next check-in: none due (no 'since' date)");
        }
        return l.words(" · next ").styled(next.isOverdue() ? Tone.ALERT : null, Phrases.when(next.due(), next.daysOverdue()));
    }

    private static Block goal(PlanView view, GoalView gv) {
        Goal g = gv.goal();
        Line details = Line.of().code(g.id()).words("  ").meter(gv.progress(), gv.expected(), "Progress of " + g.id())
                .words("  ").styled(gv.isOverdue() ? Tone.ALERT : null, g.due() == null ? "no due date"
                        : gv.isOverdue() ? Phrases.due(gv.dated()) : Phrases.on("due", g.due()))
                .words("  ").styled(g.status() == GoalStatus.AT_RISK ? Tone.WARN : null, g.status().yamlName());
        String moved = Phrases.moved(gv.dated());
        if (!moved.isEmpty()) {
            details.words("  " + moved);
        }
        List<Line> lines = new ArrayList<>(List.of(details));
        if (g.statusReason() != null) {
            lines.add(Line.of().styled(Tone.MUTED, Line.of(g.status().yamlName() + ": ").data(g.statusReason())));
        }
        if (g.target() != null) {
            lines.add(Line.of().styled(Tone.MUTED, Phrases.value(g)));
        }
        List<Block.Row> rows = new ArrayList<>();
        for (ItemView i : gv.milestones()) {
            rows.add(item(i));
        }
        for (ItemView i : gv.actions()) {
            rows.add(item(i));
        }
        List<Block> children = rows.isEmpty() ? List.of() : List.of(new Block.Table(List.of(Column.fixed(""),
                Column.text("Item"), Column.fixed("When")), rows, null, true));
        return new Block.Entry(Line.ofData(g.title()), lines, children, Map.of("employee", view.id(), "goal", g.id()));
    }

    private static Block.Row item(ItemView i) {
        Line what = Line.of(i.kind().yamlName() + " ").code(i.id().substring(i.goal().length() + 1)).words(": ")
                .data(i.title());
        if (i.kind() == DueKind.ACTION && i.owner() != null) {
            what.words(" [").data(i.owner()).words("]");
        }
        Line mark;
        String when;
        Tone tone = null;
        switch (i.state()) {
            case DONE -> {
                mark = Line.of().styled(Tone.GOOD, "✓");
                when = Phrases.on("done", i.done());
            }
            case OVERDUE -> {
                mark = Line.of().styled(Tone.ALERT, "!");
                when = Phrases.due(i);
                tone = Tone.ALERT;
            }
            case SET_ASIDE -> {
                mark = Line.of("·");
                when = "open, goal closed";
            }
            default -> {
                mark = Line.of("·");
                when = i.due() == null ? "no due date" : i.state() == DueState.DUE_SOON ? Phrases.due(i) : Phrases.on("due", i.due());
            }
        }
        String moved = Phrases.moved(i);
        return new Block.Row(List.of(mark, what, Line.of().styled(tone, moved.isEmpty() ? when : when + "; " + moved)),
                Map.of("goal", i.goal(), "item", i.id()));
    }

    private static void support(PlanView view, List<Block> blocks) {
        List<Block.Row> rows = new ArrayList<>();
        for (GoalView g : view.counted()) {
            for (Support s : g.goal().support()) {
                Line what = Line.of(s.kind() != null ? s.kind().yamlName() + ": " : "").data(s.title());
                Line cost = s.cost() == null ? Line.of() : Line.of(Phrases.number(s.cost()) + Phrases.NBSP).data(s.currency());
                var decided = s.date(s.status());
                rows.add(new Block.Row(List.of(what, cost, Line.of(s.status().yamlName() + (decided != null ? " " + decided : "")),
                        Line.of("(").code(g.id()).words(")")), Map.of("goal", g.id(), "support", s.id())));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        blocks.add(new Block.Heading(3, Line.of("Support"), Line.of()));
        blocks.add(new Block.Table(List.of(Column.text("Support"), Column.number("Cost"), Column.fixed("Status"),
                Column.fixed("Goal")), rows, null, true));
    }

    private static void achievements(PlanView view, List<Block> blocks) {
        List<Achievement> list = view.plan().achievements();
        if (list.isEmpty()) {
            return;
        }
        blocks.add(new Block.Heading(3, Line.of("Achievements"), Line.of()));
        List<Block.Bullet> items = new ArrayList<>();
        for (Achievement a : list) {
            items.add(new Block.Bullet(a.celebrated() != null ? Mark.DONE : Mark.WARN,
                    Line.of(a.date() != null ? a.date() + "  " : "").data(a.title()).words("  ")
                            .styled(a.celebrated() != null ? null : Tone.WARN,
                                    a.celebrated() != null ? "celebrated " + a.celebrated() : "not yet celebrated"),
                    List.of()));
        }
        blocks.add(new Block.Bullets(items));
    }
}
