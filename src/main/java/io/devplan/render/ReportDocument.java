package io.devplan.render;

import io.devplan.domain.Achievement;
import io.devplan.domain.CadenceAdherence;
import io.devplan.domain.CompetencyChange;
import io.devplan.domain.CompetencyGap;
import io.devplan.domain.DueState;
import io.devplan.domain.Feedback;
import io.devplan.domain.Goal;
import io.devplan.domain.GoalStatus;
import io.devplan.domain.GoalView;
import io.devplan.domain.ItemView;
import io.devplan.domain.MilestoneTimeliness;
import io.devplan.domain.PlanView;
import io.devplan.domain.Report;
import io.devplan.domain.ReportTotals;
import io.devplan.domain.Support;
import io.devplan.domain.SupportTotals;
import io.devplan.domain.WellbeingAverage;
import io.devplan.render.doc.Block.Column;
import io.devplan.render.doc.Block;
import io.devplan.render.doc.Document;
import io.devplan.render.doc.Line;
import io.devplan.render.doc.Mark;
import io.devplan.render.doc.Tone;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A progress report as a {@link Document}: what text, Markdown and HTML show, built once. Each
 * named employee in full, then one row per employee and the totals.
 */
public final class ReportDocument {
    private final Report report;
    private final List<Block> blocks = new ArrayList<>();

    private ReportDocument(Report report) {
        this.report = report;
    }

    /** @param unreadable plans that could not be read, which the report leaves out */
    public static Document of(Report report, List<Unread> unreadable) {
        return new ReportDocument(report).build(unreadable);
    }

    private Document build(List<Unread> unreadable) {
        Notices.unreadable(unreadable, "this report leaves them out").ifPresent(blocks::add);
        if (report.employees().isEmpty()) {
            blocks.add(new Block.Paragraph(Line.of("No plan matches ").data(report.scope()).words(".")));
        }
        // Several people: the summary first, then (with detail) each person's page.
        if (report.employees().size() > 1 || !report.detailed() && !report.employees().isEmpty()) {
            overview();
            totals(report.totals());
        }
        if (report.detailed()) {
            report.employees().forEach(this::employee);
        }
        Line title = report.organization() != null
                ? Line.ofData(report.organization()).words(": progress report, ").data(report.scope())
                : Line.of("Progress report, ").data(report.scope());
        Line subtitle = Line.of("As of " + report.asOf() + " · for the " + report.audience().yamlName()
                + " · behind means more than " + report.behindPoints() + " points below expected progress");
        return new Document(title, subtitle, blocks, "en",
                report.audience().seesWellbeing() ? "Confidential: manager only" : null);
    }

    // ---- one employee in full

    private void employee(PlanView r) {
        var e = r.employee();
        List<Block> page = new ArrayList<>();
        page.add(new Block.Heading(2, Line.ofData(e.name()).words(" (").code(e.id()).words(")"), Line.of()));
        Line about = Phrases.about(e);
        if (!about.isEmpty()) {
            page.add(new Block.Paragraph(about));
        }
        int dropped = r.goals().size() - r.counted().size();
        Integer average = r.averageProgress();
        page.add(new Block.Heading(3, Line.of("Goals"), Line.of(r.active().size() + " active"
                + (average != null ? ", average progress " + average + "%" : "")
                + (dropped > 0 ? ", " + dropped + " dropped not shown" : ""))));
        for (GoalView g : r.counted()) {
            page.add(goal(r, g));
        }
        support(r, page);
        achievements(r, page);
        feedback(r, page);
        checkIns(r, page);
        competencies(r, page);
        blocks.add(new Block.Group("employee", "e-" + e.id(), page));
    }

    private Block goal(PlanView r, GoalView gv) {
        Goal g = gv.goal();
        Line details = Line.of().code(g.id()).words("  ").meter(gv.progress(), gv.expected(), "Progress of " + g.id());
        if (gv.expected() != null) {
            details.words("  expected" + Phrases.NBSP + gv.expected() + "%");
        }
        details.words("  " + (g.due() == null ? "no due date" : Phrases.on("due", g.due())) + "  ")
                .styled(statusTone(g.status()), g.status().yamlName());
        String flags = flags(gv);
        if (!flags.isEmpty()) {
            details.words("  ").styled(Tone.ALERT, flags);
        }
        List<Line> lines = new ArrayList<>(List.of(details));
        if (g.target() != null) {
            lines.add(Line.of().styled(Tone.MUTED, Phrases.value(g)));
        }
        List<Block> children = new ArrayList<>();
        if (!gv.history().isEmpty()) {
            children.add(trend(gv));
        }
        if (!gv.milestones().isEmpty()) {
            children.add(new Block.Paragraph(Line.of().styled(Tone.MUTED, "milestones: " + Phrases.milestones(gv.timeliness()))));
            List<Block.Row> rows = new ArrayList<>();
            for (ItemView m : gv.milestones()) {
                MilestoneTimeliness t = MilestoneTimeliness.of(m);
                rows.add(new Block.Row(List.of(mark(t), Line.ofData(m.title()).words(" (").code(m.id()).words(")"),
                        Line.of().styled(t == MilestoneTimeliness.OVERDUE ? Tone.ALERT : null, timeliness(m, t))),
                        Map.of("goal", g.id(), "item", m.id())));
            }
            children.add(new Block.Table(List.of(Column.fixed(""), Column.text("Milestone"), Column.fixed("When")), rows,
                    null, true));
        }
        return new Block.Entry(Line.ofData(g.title()), lines, children, Map.of("employee", r.id(), "goal", g.id()));
    }

    private static Block trend(GoalView gv) {
        Goal g = gv.goal();
        var first = gv.history().get(0);
        var last = gv.history().get(gv.history().size() - 1);
        Line summary = Line.of("trend ").spark(gv.history(), g.baseline(), g.target()).words("  "
                + Phrases.number(first.value()) + " → " + Phrases.number(last.value())
                + (g.target() != null ? " of " + Phrases.number(g.target()) : ""));
        if (g.unit() != null) {
            summary.words(" ").data(g.unit());
        }
        summary.words("  (" + first.date() + " to " + last.date() + ")");
        BigDecimal floor = g.baseline() != null ? g.baseline() : g.target() != null ? BigDecimal.ZERO : null;
        Line caption = (g.measure() != null ? Line.ofData(g.measure()) : Line.of("Value")).words(" at each check-in"
                + (g.target() != null ? "; the dashed line is the target, " + Phrases.number(g.target()) : ""));
        return new Block.Chart("Trend of " + g.title(), gv.history(), floor, g.target(), g.unit(), summary, caption);
    }

    /** "behind", "overdue 5 days": what needs attention about a goal, or "". */
    private static String flags(GoalView g) {
        List<String> f = new ArrayList<>();
        if (g.behind()) {
            f.add("behind");
        }
        if (g.isOverdue()) {
            f.add("overdue " + Phrases.days(g.dated().daysOverdue()));
        }
        String moved = Phrases.moved(g.dated());
        if (!moved.isEmpty()) {
            f.add(moved);
        }
        return String.join(", ", f);
    }

    private static Tone statusTone(GoalStatus s) {
        return switch (s) {
            case AT_RISK -> Tone.WARN;
            case DONE -> Tone.GOOD;
            default -> null;
        };
    }

    private static Line mark(MilestoneTimeliness t) {
        return switch (t) {
            case DONE_ON_TIME -> Line.of().styled(Tone.GOOD, "✓");
            case DONE_LATE -> Line.of().styled(Tone.WARN, "✓");
            case OVERDUE -> Line.of().styled(Tone.ALERT, "!");
            case OPEN -> Line.of("·");
        };
    }

    private static String timeliness(ItemView m, MilestoneTimeliness t) {
        String moved = Phrases.moved(m);
        String when = switch (t) {
            case DONE_ON_TIME -> Phrases.on("done", m.done()) + " on time";
            case DONE_LATE -> Phrases.on("done", m.done()) + ", late (due " + m.due() + ")";
            case OVERDUE -> Phrases.on("due", m.due()) + ", " + Phrases.relative(m.daysOverdue());
            case OPEN -> m.state() == DueState.SET_ASIDE ? "open, goal closed" : m.due() == null ? "open" : Phrases.on("due", m.due());
        };
        return moved.isEmpty() ? when : when + "; " + moved;
    }

    private void support(PlanView r, List<Block> page) {
        List<Block.Row> rows = new ArrayList<>();
        for (GoalView g : r.counted()) {
            for (Support s : g.goal().support()) {
                Line cost = s.cost() == null ? Line.of() : Line.of(Phrases.number(s.cost()) + Phrases.NBSP).data(s.currency());
                var decided = s.date(s.status());
                rows.add(new Block.Row(List.of(Line.ofData(s.title()), Line.of(s.kind() == null ? "" : s.kind().yamlName()),
                        Line.of().code(g.id()), cost, Line.of(s.status().yamlName()
                                + (decided != null ? " " + decided : ""))), Map.of("goal", g.id(), "support", s.id())));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        page.add(new Block.Heading(3, Line.of("Support"), Line.of()));
        page.add(new Block.Table(List.of(Column.text("Support"), Column.fixed("Kind").droppable(1), Column.fixed("Goal"),
                Column.number("Cost"), Column.fixed("Status")), rows));
        List<Line> totals = Phrases.support(SupportTotals.of(List.of(r.plan())));
        if (!totals.isEmpty()) {
            page.add(new Block.Paragraph(Line.of("Total ").then(Line.join("; ", totals))));
        }
    }

    private void achievements(PlanView r, List<Block> page) {
        List<Achievement> list = r.plan().achievements();
        if (list.isEmpty()) {
            return;
        }
        page.add(new Block.Heading(3, Line.of("Achievements"), Line.of()));
        List<Block.Bullet> items = new ArrayList<>();
        for (Achievement a : list) {
            Line text = Line.of(a.date() != null ? a.date() + "  " : "").data(a.title()).words("  ");
            text.styled(a.celebrated() != null ? null : Tone.WARN,
                    a.celebrated() != null ? "celebrated " + a.celebrated() : "not yet celebrated");
            items.add(new Block.Bullet(a.celebrated() != null ? Mark.DONE : Mark.WARN, text, List.of()));
        }
        page.add(new Block.Bullets(items));
    }

    private void feedback(PlanView r, List<Block> page) {
        if (r.plan().feedback().isEmpty()) {
            return;
        }
        page.add(new Block.Heading(3, Line.of("Feedback"), Line.of(r.unaddressed().isEmpty()
                ? "every improvement has a goal" : r.unaddressed().size() + " not addressed by any goal")));
        List<Block.Bullet> items = new ArrayList<>();
        for (Feedback f : r.plan().feedback()) {
            boolean open = r.unaddressed().contains(f);
            List<String> goals = r.goalsAddressing(f.id());
            Line head = Line.of().code(f.id()).words("  " + (f.date() != null ? f.date() : ""));
            if (f.from() != null) {
                head.words(" from ").data(f.from());
            }
            head.words((f.kind() != null ? ", " + f.kind().yamlName() : "") + (f.isPrivate() ? ", private" : "") + "  ");
            if (open) {
                head.styled(Tone.ALERT, "not addressed by any goal");
            } else if (!goals.isEmpty()) {
                head.words("→ ");
                for (int i = 0; i < goals.size(); i++) {
                    head.words(i > 0 ? ", " : "").code(goals.get(i));
                }
            }
            items.add(new Block.Bullet(open ? Mark.OVERDUE : Mark.NONE, head, List.of(Line.ofData(f.text()))));
        }
        page.add(new Block.Bullets(items));
    }

    private void checkIns(PlanView r, List<Block> page) {
        CadenceAdherence.Result a = r.checkIns();
        page.add(new Block.Heading(3, Line.of("Check-ins"), Line.of("cadence ").data(r.cadence().text())
                .words(", " + Phrases.checkIns(a))));
        List<Block.Bullet> items = new ArrayList<>();
        for (CadenceAdherence.Held h : a.held()) {
            var c = h.checkIn();
            Line head = Line.of(c.date().toString());
            if (c.with() != null) {
                head.words(" with ").data(c.with());
            }
            head.words((h.withinCadence() ? "" : ", late for the cadence")
                    + (c.wellbeing() != null ? ", wellbeing " + c.wellbeing() : ""));
            List<Line> more = new ArrayList<>();
            if (c.notes() != null) {
                more.add(Line.ofData(c.notes()));
            }
            if (c.blockers() != null) {
                more.add(Line.of("blockers: ").data(c.blockers()));
            }
            if (c.privateNote() != null) {
                more.add(Line.of("private: ").data(c.privateNote()));
            }
            items.add(new Block.Bullet(h.withinCadence() ? Mark.DONE : Mark.WARN, head, more));
        }
        if (!items.isEmpty()) {
            page.add(new Block.Bullets(items));
        }
        ItemView next = r.nextCheckIn();
        page.add(new Block.Paragraph(Line.of().styled(r.checkInOverdue() ? Tone.ALERT : null,
                "next " + (next == null ? "none due" : Phrases.when(next.due(), next.daysOverdue())))));
        if (!r.wellbeing().isEmpty()) {
            var w = r.wellbeing();
            page.add(new Block.Paragraph(Line.of("wellbeing ").spark(w, BigDecimal.ONE, BigDecimal.valueOf(5))
                    .words("  " + Phrases.number(w.get(0).value()) + " → " + Phrases.number(w.get(w.size() - 1).value())
                            + " (1..5)")));
        }
    }

    private void competencies(PlanView r, List<Block> page) {
        if (r.competencies().isEmpty()) {
            return;
        }
        CompetencyGap.Result c = r.competencies().get();
        page.add(new Block.Heading(3, Line.of("Competencies"), Phrases.target(c)));
        List<Block.Row> rows = new ArrayList<>();
        for (CompetencyGap.Row row : c.rows()) {
            rows.add(new Block.Row(List.of(Line.ofData(row.competency()), Line.of(String.valueOf(row.expected())),
                    Line.of(Phrases.level(row.selfBefore(), row.self())),
                    Line.of(Phrases.level(row.managerBefore(), row.manager())),
                    Line.of().styled(row.gap() != null && row.gap() > 0 ? Tone.WARN : null, Phrases.gap(row))), Map.of()));
        }
        page.add(new Block.Table(List.of(Column.fixed("Competency"), Column.number("Expects"), Column.number("Self"),
                Column.number("Manager"), Column.text("Gap")), rows));
    }

    // ---- many employees

    private void overview() {
        int n = report.employees().size();
        blocks.add(new Block.Heading(2, Line.of("Employees"), Line.of(n + (n == 1 ? " plan" : " plans"))));
        List<Block.Row> rows = new ArrayList<>();
        for (PlanView r : report.employees()) {
            Integer average = r.averageProgress();
            ItemView next = r.nextCheckIn();
            String nextText = next == null ? "none due" : next.due() + (r.checkInOverdue() ? " overdue" : "");
            rows.add(new Block.Row(List.of(
                    Line.ofData(r.employee().name()),
                    Line.ofData(r.employee().team() == null ? "" : r.employee().team()),
                    Line.of(String.valueOf(r.active().size())),
                    average == null ? Line.of("–") : Line.of().meter(average, null, "Average progress of " + r.id()),
                    Line.of(String.valueOf(r.overdue().size())),
                    Line.of(r.lastCheckIn() == null ? "none" : r.lastCheckIn().date().toString()),
                    Line.of().styled(r.checkInOverdue() ? Tone.ALERT : null, nextText),
                    Line.of(String.valueOf(r.counted().stream().filter(GoalView::atRisk).count()))),
                    Map.of("employee", r.id())));
        }
        blocks.add(new Block.Table(List.of(Column.text("Employee"), Column.fixed("Team").droppable(2),
                Column.number("Active goals"), Column.fixed("Average progress"), Column.number("Overdue"),
                Column.fixed("Last check-in").droppable(1), Column.text("Next check-in"), Column.number("At risk")), rows,
                Line.of("Average progress of the active goals; at risk: marked at-risk or behind."), false));
    }

    private void totals(ReportTotals t) {
        blocks.add(new Block.Heading(2, Line.of("Totals"),
                Line.of(t.employees() + (t.employees() == 1 ? " employee" : " employees"))));
        List<Block.Fact> facts = new ArrayList<>();
        List<Line> byStatus = new ArrayList<>();
        t.goalsByStatus().forEach((s, count) -> byStatus.add(Line.of(s.yamlName() + " " + count)));
        facts.add(new Block.Fact("Goals by status", byStatus));
        facts.add(new Block.Fact("Behind", List.of(Line.of(t.behindGoals() + " of " + t.activeGoals() + " active goals"),
                Line.of(t.atRiskGoals() + " at risk"))));
        facts.add(new Block.Fact("Milestones", List.of(Line.of(Phrases.milestones(t.milestones())))));
        facts.add(new Block.Fact("Check-ins", List.of(Line.of(Phrases.checkIns(t.checkInsHeld(),
                t.checkInsWithinCadence(), t.checkInsWithinCadenceShare())))));
        List<Line> teams = new ArrayList<>();
        t.overdueByTeam().forEach((team, count) -> teams.add(Line.ofData(team).words(" " + count)));
        teams.add(Line.of(t.overdueItems() + " in all"));
        facts.add(new Block.Fact("Overdue by team", teams));
        List<Line> support = Phrases.support(t.support());
        facts.add(new Block.Fact("Support", support.isEmpty() ? List.of(Line.of("none with a cost")) : support));
        if (report.audience().seesWellbeing()) {
            List<Line> wellbeing = new ArrayList<>();
            t.wellbeingByTeam().forEach((team, w) -> wellbeing.add(Line.ofData(team).words(" " + String.format("%.1f", w.average())
                    + " of 5 (" + w.people() + " people)")));
            facts.add(new Block.Fact("Wellbeing", wellbeing.isEmpty() ? List.of(Line.of("not shown: no group of at least "
                    + WellbeingAverage.MIN_PEOPLE + " people with a score")) : wellbeing));
        }
        blocks.add(new Block.Facts(facts));
        if (!t.competencies().isEmpty()) {
            blocks.add(new Block.Heading(3, Line.of("Competency levels"),
                    Line.of("average of the first and the latest level each manager assessed")));
            List<Block.Row> rows = new ArrayList<>();
            for (CompetencyChange.Row c : t.competencies()) {
                rows.add(new Block.Row(List.of(Line.ofData(c.competency()), Line.of(String.format("%.1f", c.before())),
                        Line.of(String.format("%.1f", c.after())), Line.of(String.valueOf(c.people()))), Map.of()));
            }
            blocks.add(new Block.Table(List.of(Column.text("Competency"), Column.number("Before"), Column.number("After"),
                    Column.number("People")), rows));
        }
    }
}
