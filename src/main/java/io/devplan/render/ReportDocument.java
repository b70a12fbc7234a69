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
    private final Phrases p;
    private final List<Block> blocks = new ArrayList<>();

    private ReportDocument(Report report, Phrases phrases) {
        this.report = report;
        this.p = phrases;
    }

    /** @param unreadable plans that could not be read, which the report leaves out */
    public static Document of(Report report, List<Unread> unreadable, Words words) {
        return new ReportDocument(report, new Phrases(words)).build(unreadable);
    }

    private Document build(List<Unread> unreadable) {
        Notices.unreadable(unreadable, Msg.UNREADABLE_REPORT, p.words()).ifPresent(blocks::add);
        if (report.employees().isEmpty()) {
            blocks.add(new Block.Paragraph(p.line(Msg.NO_PLAN_MATCHES, "filter", p.scope(report.selection()))));
        }
        // Several people: the summary first, then (with detail) each person's page.
        if (report.employees().size() > 1 || !report.detailed() && !report.employees().isEmpty()) {
            overview();
            totals(report.totals());
        }
        if (report.detailed()) {
            report.employees().forEach(this::employee);
        }
        Line scope = p.scope(report.selection());
        Line title = report.organization() != null
                ? p.line(Msg.REPORT_TITLE_ORG, "organization", Line.ofData(report.organization()), "scope", scope)
                : p.line(Msg.REPORT_TITLE, "scope", scope);
        Line subtitle = p.line(report.audience().seesWellbeing() ? Msg.REPORT_SUBTITLE_MANAGER : Msg.REPORT_SUBTITLE_EMPLOYEE,
                "date", report.asOf(), "points", report.behindPoints());
        return new Document(title, subtitle, blocks, p.lang(),
                report.audience().seesWellbeing() ? p.text(Msg.CONFIDENTIAL_MANAGER) : null);
    }

    // ---- one employee in full

    private void employee(PlanView r) {
        var e = r.employee();
        List<Block> page = new ArrayList<>();
        page.add(new Block.Heading(2, Line.ofData(e.name()).words(" (").code(e.id()).words(")"), Line.of()));
        Line about = p.about(e);
        if (!about.isEmpty()) {
            page.add(new Block.Paragraph(about));
        }
        int dropped = r.goals().size() - r.counted().size();
        Integer average = r.averageProgress();
        String goals = average != null ? p.count(Msg.GOALS_ACTIVE_AVERAGE, r.active().size(), "average", average)
                : p.count(Msg.GOALS_ACTIVE, r.active().size());
        page.add(new Block.Heading(3, p.line(Msg.HEADING_GOALS), Line.of(dropped > 0
                ? p.text(Msg.GOALS_DROPPED_NOT_SHOWN, "goals", goals, "dropped", p.number(dropped)) : goals)));
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
        Line details = Line.of().code(g.id()).words("  ").meter(gv.progress(), gv.expected(), p.text(Msg.PROGRESS_OF, "goal", g.id()));
        if (gv.expected() != null) {
            details.words("  " + p.text(Msg.EXPECTED, "percent", gv.expected()));
        }
        details.words("  " + (g.due() == null ? p.text(Msg.NO_DUE_DATE) : p.dueOn(g.due())) + "  ")
                .styled(statusTone(g.status()), p.name(g.status()));
        String flags = flags(gv);
        if (!flags.isEmpty()) {
            details.words("  ").styled(Tone.ALERT, flags);
        }
        List<Line> lines = new ArrayList<>(List.of(details));
        if (g.target() != null) {
            lines.add(Line.of().styled(Tone.MUTED, p.value(g)));
        }
        List<Block> children = new ArrayList<>();
        if (!gv.history().isEmpty()) {
            children.add(trend(gv));
        }
        if (!gv.milestones().isEmpty()) {
            children.add(new Block.Paragraph(Line.of().styled(Tone.MUTED,
                    p.text(Msg.MILESTONES_SUMMARY, "counts", p.milestones(gv.timeliness())))));
            List<Block.Row> rows = new ArrayList<>();
            for (ItemView m : gv.milestones()) {
                MilestoneTimeliness t = MilestoneTimeliness.of(m);
                rows.add(new Block.Row(List.of(mark(t), Line.ofData(m.title()).words(" (").code(m.id()).words(")"),
                        Line.of().styled(t == MilestoneTimeliness.OVERDUE ? Tone.ALERT : null, timeliness(m, t))),
                        Map.of("goal", g.id(), "item", m.id())));
            }
            children.add(new Block.Table(List.of(Column.fixed(""), Column.text(p.text(Msg.COLUMN_MILESTONE)),
                    Column.fixed(p.text(Msg.COLUMN_WHEN))), rows,
                    null, true));
        }
        return new Block.Entry(Line.ofData(g.title()), lines, children, Map.of("employee", r.id(), "goal", g.id()));
    }

    private Block trend(GoalView gv) {
        Goal g = gv.goal();
        var first = gv.history().get(0);
        var last = gv.history().get(gv.history().size() - 1);
        Line summary = Line.of(p.text(Msg.TREND) + " ").spark(gv.history(), g.baseline(), g.target()).words("  "
                + (g.target() != null
                        ? p.text(Msg.TREND_VALUES_TARGET, "first", p.number(first.value()), "last", p.number(last.value()),
                                "target", p.number(g.target()))
                        : p.text(Msg.TREND_VALUES, "first", p.number(first.value()), "last", p.number(last.value()))));
        if (g.unit() != null) {
            summary.words(" ").data(g.unit());
        }
        summary.words("  " + p.text(Msg.TREND_DATES, "from", first.date(), "to", last.date()));
        BigDecimal floor = g.baseline() != null ? g.baseline() : g.target() != null ? BigDecimal.ZERO : null;
        Line measure = g.measure() != null ? Line.ofData(g.measure()) : p.line(Msg.VALUE);
        Line caption = g.target() != null
                ? p.line(Msg.VALUE_AT_CHECKINS_TARGET, "measure", measure, "target", p.number(g.target()))
                : p.line(Msg.VALUE_AT_CHECKINS, "measure", measure);
        return new Block.Chart(p.text(Msg.TREND_OF, "title", g.title()), gv.history(), floor, g.target(), g.unit(), summary,
                caption);
    }

    /** "behind", "overdue 5 days": what needs attention about a goal, or "". */
    private String flags(GoalView g) {
        List<String> f = new ArrayList<>();
        if (g.behind()) {
            f.add(p.text(Msg.BEHIND));
        }
        if (g.isOverdue()) {
            f.add(p.text(Msg.OVERDUE_BY, "days", p.days(g.dated().daysOverdue())));
        }
        String moved = p.moved(g.dated());
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

    private String timeliness(ItemView m, MilestoneTimeliness t) {
        String when = switch (t) {
            case DONE_ON_TIME -> p.text(Msg.DONE_ON_TIME, "date", m.done());
            case DONE_LATE -> p.text(Msg.DONE_LATE, "date", m.done(), "due", m.due());
            case OVERDUE -> p.text(Msg.DUE_AND_RELATIVE, "date", m.due(), "relative", p.relative(m.daysOverdue(), m.kind()));
            case OPEN -> m.state() == DueState.SET_ASIDE ? p.text(Msg.OPEN_GOAL_CLOSED)
                    : m.due() == null ? p.text(Msg.OPEN) : p.dueOn(m.due());
        };
        return p.withMoves(when, m);
    }

    private void support(PlanView r, List<Block> page) {
        List<Block.Row> rows = new ArrayList<>();
        for (GoalView g : r.counted()) {
            for (Support s : g.goal().support()) {
                Line cost = s.cost() == null ? Line.of() : Line.of(p.number(s.cost()) + Phrases.NBSP).data(s.currency());
                rows.add(new Block.Row(List.of(Line.ofData(s.title()), Line.of(s.kind() == null ? "" : p.name(s.kind())),
                        Line.of().code(g.id()), cost, Line.of(p.supportStatus(s))), Map.of("goal", g.id(), "support", s.id())));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        page.add(new Block.Heading(3, p.line(Msg.HEADING_SUPPORT), Line.of()));
        page.add(new Block.Table(List.of(Column.text(p.text(Msg.COLUMN_SUPPORT)), Column.fixed(p.text(Msg.COLUMN_KIND)).droppable(1),
                Column.fixed(p.text(Msg.COLUMN_GOAL)), Column.number(p.text(Msg.COLUMN_COST)),
                Column.fixed(p.text(Msg.COLUMN_STATUS))), rows));
        List<Line> totals = p.support(SupportTotals.of(List.of(r.plan())));
        if (!totals.isEmpty()) {
            page.add(new Block.Paragraph(p.line(Msg.SUPPORT_TOTAL, "totals", Line.join("; ", totals))));
        }
    }

    private void achievements(PlanView r, List<Block> page) {
        List<Achievement> list = r.plan().achievements();
        if (list.isEmpty()) {
            return;
        }
        page.add(new Block.Heading(3, p.line(Msg.HEADING_ACHIEVEMENTS), Line.of()));
        List<Block.Bullet> items = new ArrayList<>();
        for (Achievement a : list) {
            Line text = Line.of(a.date() != null ? a.date() + "  " : "").data(a.title()).words("  ");
            text.styled(a.celebrated() != null ? null : Tone.WARN,
                    a.celebrated() != null ? p.text(Msg.CELEBRATED_ON, "date", a.celebrated()) : p.text(Msg.NOT_YET_CELEBRATED));
            items.add(new Block.Bullet(a.celebrated() != null ? Mark.DONE : Mark.WARN, text, List.of()));
        }
        page.add(new Block.Bullets(items));
    }

    private void feedback(PlanView r, List<Block> page) {
        if (r.plan().feedback().isEmpty()) {
            return;
        }
        page.add(new Block.Heading(3, p.line(Msg.HEADING_FEEDBACK), Line.of(r.unaddressed().isEmpty()
                ? p.text(Msg.FEEDBACK_ALL_ADDRESSED) : p.count(Msg.FEEDBACK_UNADDRESSED, r.unaddressed().size()))));
        List<Block.Bullet> items = new ArrayList<>();
        for (Feedback f : r.plan().feedback()) {
            boolean open = r.unaddressed().contains(f);
            List<String> goals = r.goalsAddressing(f.id());
            Line head = Line.of().code(f.id()).words("  " + (f.date() != null ? f.date() : ""));
            if (f.from() != null) {
                head.words(" ").then(p.line(Msg.FEEDBACK_FROM, "from", Line.ofData(f.from())));
            }
            if (f.kind() != null) {
                head.words(", " + p.name(f.kind()));
            }
            if (f.source() != null) {
                head.words(", ").data(p.source(f.source(), report.conversation()));
            }
            head.words((f.isPrivate() ? ", " + p.text(Msg.PRIVATE) : "") + "  ");
            if (open) {
                head.styled(Tone.ALERT, p.text(Msg.NOT_ADDRESSED));
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
        page.add(new Block.Heading(3, p.line(Msg.HEADING_CHECKINS), p.line(Msg.CADENCE_SUMMARY,
                "cadence", Line.of(p.words().cadence(r.cadence())), "held", p.checkIns(a))));
        List<Block.Bullet> items = new ArrayList<>();
        for (CadenceAdherence.Held h : a.held()) {
            var c = h.checkIn();
            Line head = c.with() != null ? p.line(Msg.CHECKIN_WITH, "date", c.date(), "with", Line.ofData(c.with()))
                    : Line.of(c.date().toString());
            head.words((h.withinCadence() ? "" : ", " + p.text(Msg.LATE_FOR_CADENCE))
                    + (c.wellbeing() != null ? ", " + p.text(Msg.WELLBEING_VALUE, "value", c.wellbeing()) : ""));
            List<Line> more = new ArrayList<>();
            if (c.notes() != null) {
                more.add(Line.ofData(c.notes()));
            }
            if (c.blockers() != null) {
                more.add(p.line(Msg.BLOCKERS, "text", Line.ofData(c.blockers())));
            }
            if (c.privateNote() != null) {
                more.add(p.line(Msg.PRIVATE_NOTE, "text", Line.ofData(c.privateNote())));
            }
            items.add(new Block.Bullet(h.withinCadence() ? Mark.DONE : Mark.WARN, head, more));
        }
        if (!items.isEmpty()) {
            page.add(new Block.Bullets(items));
        }
        ItemView next = r.nextCheckIn();
        page.add(new Block.Paragraph(Line.of().styled(r.checkInOverdue() ? Tone.ALERT : null, p.text(Msg.NEXT,
                "when", next == null ? p.text(Msg.NONE_DUE) : p.when(next.due(), next.daysOverdue(), next.kind())))));
        if (!r.wellbeing().isEmpty()) {
            var w = r.wellbeing();
            page.add(new Block.Paragraph(Line.of(p.text(Msg.WELLBEING_TREND) + " ").spark(w, BigDecimal.ONE, BigDecimal.valueOf(5))
                    .words("  " + p.text(Msg.WELLBEING_RANGE, "first", p.number(w.get(0).value()),
                            "last", p.number(w.get(w.size() - 1).value())))));
        }
    }

    private void competencies(PlanView r, List<Block> page) {
        if (r.competencies().isEmpty()) {
            return;
        }
        CompetencyGap.Result c = r.competencies().get();
        page.add(new Block.Heading(3, p.line(Msg.HEADING_COMPETENCIES), p.target(c)));
        List<Block.Row> rows = new ArrayList<>();
        for (CompetencyGap.Row row : c.rows()) {
            rows.add(new Block.Row(List.of(Line.ofData(row.competency()), Line.of(String.valueOf(row.expected())),
                    Line.of(Phrases.level(row.selfBefore(), row.self())),
                    Line.of(Phrases.level(row.managerBefore(), row.manager())),
                    Line.of().styled(row.gap() != null && row.gap() > 0 ? Tone.WARN : null, p.gap(row))), Map.of()));
        }
        page.add(new Block.Table(List.of(Column.fixed(p.text(Msg.COLUMN_COMPETENCY)), Column.number(p.text(Msg.COLUMN_EXPECTS)),
                Column.number(p.text(Msg.COLUMN_SELF)), Column.number(p.text(Msg.COLUMN_MANAGER)),
                Column.text(p.text(Msg.COLUMN_GAP))), rows));
    }

    // ---- many employees

    private void overview() {
        int n = report.employees().size();
        blocks.add(new Block.Heading(2, p.line(Msg.HEADING_EMPLOYEES), Line.of(p.count(Msg.PLANS, n))));
        List<Block.Row> rows = new ArrayList<>();
        for (PlanView r : report.employees()) {
            Integer average = r.averageProgress();
            ItemView next = r.nextCheckIn();
            String nextText = next == null ? p.text(Msg.NONE_DUE)
                    : r.checkInOverdue() ? p.text(Msg.NEXT_OVERDUE, "date", next.due()) : next.due().toString();
            rows.add(new Block.Row(List.of(
                    Line.ofData(r.employee().name()),
                    Line.ofData(r.employee().team() == null ? "" : r.employee().team()),
                    Line.of(String.valueOf(r.active().size())),
                    average == null ? Line.of("–") : Line.of().meter(average, null, p.text(Msg.AVERAGE_PROGRESS_OF, "employee", r.id())),
                    Line.of(String.valueOf(r.overdue().size())),
                    Line.of(r.lastCheckIn() == null ? p.text(Msg.NONE) : r.lastCheckIn().date().toString()),
                    Line.of().styled(r.checkInOverdue() ? Tone.ALERT : null, nextText),
                    Line.of(String.valueOf(r.counted().stream().filter(GoalView::atRisk).count()))),
                    Map.of("employee", r.id())));
        }
        blocks.add(new Block.Table(List.of(Column.text(p.text(Msg.COLUMN_EMPLOYEE)), Column.fixed(p.text(Msg.COLUMN_TEAM)).droppable(2),
                Column.number(p.text(Msg.COLUMN_ACTIVE_GOALS)), Column.fixed(p.text(Msg.COLUMN_AVERAGE_PROGRESS)),
                Column.number(p.text(Msg.COLUMN_OVERDUE)), Column.fixed(p.text(Msg.COLUMN_LAST_CHECKIN)).droppable(1),
                Column.text(p.text(Msg.COLUMN_NEXT_CHECKIN)), Column.number(p.text(Msg.COLUMN_AT_RISK))), rows,
                p.line(Msg.EMPLOYEES_CAPTION), false));
    }

    private void totals(ReportTotals t) {
        blocks.add(new Block.Heading(2, p.line(Msg.HEADING_TOTALS), Line.of(p.count(Msg.EMPLOYEES, t.employees()))));
        List<Block.Fact> facts = new ArrayList<>();
        List<Line> byStatus = new ArrayList<>();
        t.goalsByStatus().forEach((s, count) -> byStatus.add(p.line(Msg.STATUS_COUNT, "status", p.name(s), "n", p.number(count))));
        facts.add(new Block.Fact(p.text(Msg.GOALS_BY_STATUS), byStatus));
        facts.add(new Block.Fact(p.text(Msg.FACT_BEHIND), List.of(p.line(Msg.BEHIND_OF_ACTIVE, "behind", p.number(t.behindGoals()),
                "active", p.number(t.activeGoals())), p.line(Msg.AT_RISK_COUNT, "n", p.number(t.atRiskGoals())))));
        facts.add(new Block.Fact(p.text(Msg.HEADING_MILESTONES), List.of(Line.of(p.milestones(t.milestones())))));
        facts.add(new Block.Fact(p.text(Msg.HEADING_CHECKINS), List.of(Line.of(p.checkIns(t.checkInsHeld(),
                t.checkInsWithinCadence(), t.checkInsWithinCadenceShare())))));
        List<Line> teams = new ArrayList<>();
        t.overdueByTeam().forEach((team, count) -> teams.add(p.line(Msg.TEAM_COUNT, "team", Line.ofData(team), "n", p.number(count))));
        teams.add(p.line(Msg.IN_ALL, "n", p.number(t.overdueItems())));
        facts.add(new Block.Fact(p.text(Msg.OVERDUE_BY_TEAM), teams));
        List<Line> support = p.support(t.support());
        facts.add(new Block.Fact(p.text(Msg.HEADING_SUPPORT), support.isEmpty() ? List.of(p.line(Msg.NONE_WITH_COST)) : support));
        if (report.audience().seesWellbeing()) {
            List<Line> wellbeing = new ArrayList<>();
            t.wellbeingByTeam().forEach((team, w) -> wellbeing.add(p.words().countLine(Msg.WELLBEING_TEAM, w.people(),
                    "team", Line.ofData(team), "average", p.words().oneDecimal(w.average()))));
            facts.add(new Block.Fact(p.text(Msg.WELLBEING), wellbeing.isEmpty()
                    ? List.of(p.line(Msg.WELLBEING_HIDDEN, "n", WellbeingAverage.MIN_PEOPLE)) : wellbeing));
        }
        blocks.add(new Block.Facts(facts));
        if (!t.competencies().isEmpty()) {
            blocks.add(new Block.Heading(3, p.line(Msg.COMPETENCY_LEVELS), p.line(Msg.COMPETENCY_LEVELS_NOTE)));
            List<Block.Row> rows = new ArrayList<>();
            for (CompetencyChange.Row c : t.competencies()) {
                rows.add(new Block.Row(List.of(Line.ofData(c.competency()), Line.of(p.words().oneDecimal(c.before())),
                        Line.of(p.words().oneDecimal(c.after())), Line.of(String.valueOf(c.people()))), Map.of()));
            }
            blocks.add(new Block.Table(List.of(Column.text(p.text(Msg.COLUMN_COMPETENCY)), Column.number(p.text(Msg.COLUMN_BEFORE)),
                    Column.number(p.text(Msg.COLUMN_AFTER)), Column.number(p.text(Msg.COLUMN_PEOPLE))), rows));
        }
    }
}
