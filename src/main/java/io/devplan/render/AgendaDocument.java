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
    private AgendaDocument() {}

    public static Document of(Agenda a) {
        PlanView v = a.view();
        Employee e = v.employee();
        List<Block> blocks = new ArrayList<>();
        agreed(v, blocks);
        bullets(blocks, "Achievements to celebrate", v.toCelebrate().stream()
                .map(x -> cleared(achievement(x), ClearingCommand.of(e.id(), x))).toList());
        section(blocks, v.lastCheckIn() == null ? "Progress so far (no check-in yet)"
                : "Progress since the last check-in (" + v.lastCheckIn().date() + ")",
                a.progress().stream().map(AgendaDocument::progress).toList());
        bullets(blocks, "Overdue and due soon", a.due().stream()
                .map(i -> cleared(due(i), ClearingCommand.of(i))).toList());
        bullets(blocks, "Open actions carried over", a.carriedOver().stream()
                .map(i -> cleared(action(i), ClearingCommand.of(v.item(i)))).toList());
        section(blocks, "Feedback no goal addresses yet", v.unaddressed().stream().map(AgendaDocument::feedback).toList());
        bullets(blocks, "Support to decide", v.undecided().stream()
                .map(x -> cleared(support(x), ClearingCommand.of(e.id(), x))).toList());
        managerOnly(v, blocks);
        if (blocks.isEmpty()) {
            blocks.add(new Block.Paragraph(Line.of("Nothing to cover yet: no goals in progress, nothing due, nothing open.")));
        }
        ItemView next = v.nextCheckIn();
        Line when = Line.of((next == null ? "Next check-in: none due (no check-in and no 'since' date)"
                : "Next check-in " + Phrases.when(next.due(), next.daysOverdue()))
                + " · last check-in " + (v.lastCheckIn() == null ? "none" : v.lastCheckIn().date().toString())
                + " · as of " + v.asOf());
        return new Document(Line.of("Check-in with ").data(e.name()).words(" (").code(e.id()).words(")"), when, blocks,
                "en", null);
    }

    /** What was agreed last time opens the meeting: the last check-in's notes, blockers and next date. */
    private static void agreed(PlanView v, List<Block> blocks) {
        var last = v.lastCheckIn();
        if (last == null) {
            return;
        }
        List<Line> lines = new ArrayList<>();
        if (last.notes() != null && !last.notes().isBlank()) {
            last.notes().strip().lines().filter(l -> !l.isBlank()).forEach(l -> lines.add(Line.ofData(l.strip())));
        }
        if (last.blockers() != null && !last.blockers().isBlank()) {
            lines.add(Line.of("blockers: ").data(last.blockers()));
        }
        if (last.next() != null) {
            lines.add(Line.of("next check-in agreed for " + last.next()));
        }
        section(blocks, "Agreed at the last check-in (" + last.date() + ")", lines);
    }

    /**
     * The private preparation, present only in a manager's view of the plan: the last private
     * note, the wellbeing trend and private feedback no goal addresses yet.
     */
    private static void managerOnly(PlanView v, List<Block> blocks) {
        List<Line> lines = new ArrayList<>();
        var last = v.lastCheckIn();
        if (last != null && last.privateNote() != null) {
            lines.add(Line.of("private note of " + last.date() + ": ").data(last.privateNote()));
        }
        var w = v.wellbeing();
        if (!w.isEmpty()) {
            Line trend = Line.of("wellbeing ").spark(w, java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(5)).words(" ");
            trend.words(String.join(", ", w.stream().map(x -> x.date() + ": " + Phrases.number(x.value())).toList()));
            lines.add(trend.words(" (1..5)"));
        }
        v.unaddressed().stream().filter(Feedback::isPrivate)
                .forEach(f -> lines.add(Line.of("private feedback ").then(feedback(f))));
        section(blocks, "For the manager only", lines);
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

    private static Line progress(GoalView p) {
        Goal g = p.goal();
        Line value = null;
        var m = p.movement();
        if (g.target() != null && m.now() != null) {
            Line of = Line.of(" of " + Phrases.number(g.target()));
            if (g.unit() != null) {
                of.words(" ").data(g.unit());
            }
            value = (m.before() != null && m.before().compareTo(m.now()) != 0
                    ? Line.of(Phrases.number(m.before()) + " → " + Phrases.number(m.now()))
                    : Line.of(Phrases.number(m.now()))).then(of);
        }
        List<Line> parts = new ArrayList<>();
        if (m.moved()) {
            if (value != null) {
                parts.add(value);
            }
            if (!m.milestonesDone().isEmpty()) {
                parts.add(Line.of("done ").then(done(m.milestonesDone())));
            }
            if (!m.actionsDone().isEmpty()) {
                parts.add(Line.of("actions done ").then(done(m.actionsDone())));
            }
        } else {
            parts.add(value == null ? Line.of("no progress recorded")
                    : Line.of("no progress recorded (").then(value).words(")"));
        }
        return Line.of().code(g.id()).words(" " + p.progress() + "% " + g.status().yamlName() + ": ")
                .then(Line.join("; ", parts));
    }

    private static Line done(List<ItemView> items) {
        List<Line> out = items.stream().map(i -> Line.of().code(i.id().substring(i.goal().length() + 1))
                .words(" (" + i.done() + ")")).toList();
        return Line.join(", ", out);
    }

    private static Line due(DueItem i) {
        Line l = Line.of(Phrases.relative(i.daysOverdue()) + " · " + i.kind().yamlName() + " ").code(i.id())
                .words(": ").data(i.title());
        if (i.kind() == DueKind.ACTION && i.owner() != null) {
            l.words(" · owner ").data(i.owner());
        }
        return l.words(" · due " + i.due());
    }

    private static Line action(ItemView a) {
        Line l = Line.of().code(a.id()).words(": ").data(a.title());
        if (a.owner() != null) {
            l.words(" · owner ").data(a.owner());
        }
        return l.words(a.due() != null ? " · due " + a.due() : " · no due date");
    }

    private static Line feedback(Feedback f) {
        Line l = Line.of(f.date() != null ? f.date() + " " : "");
        if (f.from() != null) {
            l.words("from ").data(f.from()).words(" ");
        }
        return l.code(f.id()).words(": ").data(f.text());
    }

    private static Line support(SupportView x) {
        var s = x.support();
        Line l = Line.of().code(x.id()).words(": ").data(s.title()).words(" (" + (s.kind() != null ? s.kind().yamlName() : "support"));
        if (s.cost() != null) {
            l.words(", " + Phrases.number(s.cost()));
            if (s.currency() != null) {
                l.words(Phrases.NBSP).data(s.currency());
            }
        }
        return l.words(")");
    }
}
