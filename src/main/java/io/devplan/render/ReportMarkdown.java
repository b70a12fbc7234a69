package io.devplan.render;

import io.devplan.domain.Achievement;
import io.devplan.domain.CadenceAdherence;
import io.devplan.domain.CompetencyChange;
import io.devplan.domain.CompetencyGap;
import io.devplan.domain.EmployeeReport;
import io.devplan.domain.Feedback;
import io.devplan.domain.Goal;
import io.devplan.domain.GoalReport;
import io.devplan.domain.Milestone;
import io.devplan.domain.MilestoneTimeliness;
import io.devplan.domain.Report;
import io.devplan.domain.ReportTotals;
import io.devplan.domain.Support;
import io.devplan.domain.UnaddressedFeedback;
import io.devplan.domain.WellbeingAverage;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report in Markdown as GitHub and GitLab render it (CommonMark with pipe tables): for pull
 * requests and wikis. Text from plans is escaped so it can never become markup or break a table.
 */
public final class ReportMarkdown {
    private PrintWriter out;
    private Report report;

    public void print(Report report, PrintWriter out) {
        this.out = out;
        this.report = report;
        out.println("# " + esc(ReportWords.title(report)));
        out.println();
        out.println("_" + esc(ReportWords.subtitle(report)) + "_");
        if (report.employees().isEmpty()) {
            out.println();
            out.println("No plans match.");
        }
        if (report.detailed()) {
            report.employees().forEach(this::employee);
        }
        if (!report.employees().isEmpty() && (!report.detailed() || report.employees().size() > 1)) {
            overview();
            totals(report.totals());
        }
        out.flush();
    }

    private void employee(EmployeeReport r) {
        var e = r.employee();
        out.println();
        out.println("## " + esc(e.name()) + " (`" + code(e.id()) + "`)");
        String about = ReportWords.about(e);
        if (!about.isEmpty()) {
            out.println();
            out.println(esc(about));
        }
        out.println();
        out.println("### Goals");
        out.println();
        out.println(r.activeGoals() + " active" + (r.averageProgress() != null ? ", average progress " + r.averageProgress() + "%" : "")
                + (r.dropped() > 0 ? ", " + r.dropped() + " dropped not shown" : "") + ".");
        out.println();
        table("Goal", "Status", "Progress", "Expected", "Due", "Milestones", "Attention");
        align("l", "l", "l", "r", "l", "l", "l");
        for (GoalReport g : r.goals()) {
            Goal goal = g.goal();
            row(esc(goal.title()) + " (`" + code(goal.id()) + "`)", goal.status().yamlName(),
                    "`" + Bar.of(g.progress(), 10) + "` " + g.progress() + "%", ReportWords.expected(g),
                    goal.due() == null ? "" : goal.due().toString(), esc(ReportWords.milestones(g.milestones())),
                    bold(ReportWords.flags(g)));
        }
        for (GoalReport g : r.goals()) {
            goalDetail(g);
        }
        support(r);
        achievements(r);
        feedback(r);
        checkIns(r);
        competencies(r);
    }

    private void goalDetail(GoalReport g) {
        Goal goal = g.goal();
        if (goal.milestones().isEmpty() && g.history().isEmpty()) {
            return;
        }
        out.println();
        out.println("#### " + esc(goal.title()));
        if (!g.history().isEmpty()) {
            out.println();
            List<String> points = new ArrayList<>();
            g.history().forEach(v -> points.add(v.date() + ": " + Text.number(v.value())));
            out.println("Trend `" + Sparkline.of(g.history(), goal.baseline(), goal.target()) + "` "
                    + esc(String.join(", ", points)) + (goal.target() != null ? " (target " + Text.number(goal.target())
                    + (goal.unit() != null ? " " + esc(goal.unit()) : "") + ")" : ""));
        }
        if (!goal.milestones().isEmpty()) {
            out.println();
            table("Milestone", "Due", "Done", "Timeliness");
            align("l", "l", "l", "l");
            for (Milestone m : goal.milestones()) {
                MilestoneTimeliness t = MilestoneTimeliness.of(m, goal, report.asOf());
                String when = t.yamlName().replace('-', ' ');
                row(esc(m.title()) + " (`" + code(m.id()) + "`)", m.due() == null ? "" : m.due().toString(),
                        m.done() == null ? "" : m.done().toString(), t == MilestoneTimeliness.OVERDUE ? bold(when) : when);
            }
        }
    }

    private void support(EmployeeReport r) {
        List<String[]> rows = new ArrayList<>();
        for (GoalReport g : r.goals()) {
            for (Support s : g.goal().support()) {
                rows.add(new String[] {esc(s.title()), s.kind() == null ? "" : s.kind().yamlName(), "`" + code(g.goal().id()) + "`",
                    s.cost() == null ? "" : Text.number(s.cost()) + (s.currency() != null ? " " + esc(s.currency()) : ""),
                    s.status() == null ? "requested" : s.status().yamlName()});
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        out.println();
        out.println("### Support");
        out.println();
        table("Support", "Kind", "Goal", "Cost", "Status");
        align("l", "l", "l", "r", "l");
        rows.forEach(this::row);
        List<String> totals = ReportWords.support(r.support());
        if (!totals.isEmpty()) {
            out.println();
            out.println("Total: " + esc(String.join("; ", totals)) + ".");
        }
    }

    private void achievements(EmployeeReport r) {
        List<Achievement> list = r.achievements(report.asOf());
        if (list.isEmpty()) {
            return;
        }
        out.println();
        out.println("### Achievements");
        out.println();
        for (Achievement a : list) {
            out.println("- " + (a.date() != null ? a.date() + ": " : "") + esc(a.title()) + " · "
                    + (a.celebrated() != null ? "celebrated " + a.celebrated() : "**not yet celebrated**"));
        }
    }

    private void feedback(EmployeeReport r) {
        if (r.plan().feedback().isEmpty()) {
            return;
        }
        out.println();
        out.println("### Feedback");
        out.println();
        table("Feedback", "Date", "From", "Kind", "Addressed by");
        align("l", "l", "l", "l", "l");
        for (Feedback f : r.plan().feedback()) {
            List<String> goals = UnaddressedFeedback.goalsAddressing(r.plan(), f.id());
            String by = r.unaddressed().contains(f) ? "**not addressed by any goal**"
                    : goals.isEmpty() ? "" : "`" + code(String.join("`, `", goals)) + "`";
            row(esc(ReportWords.oneLine(f.text())) + (f.isPrivate() ? " _(private)_" : ""),
                    f.date() == null ? "" : f.date().toString(), esc(f.from()),
                    f.kind() == null ? "" : f.kind().yamlName(), by);
        }
    }

    private void checkIns(EmployeeReport r) {
        out.println();
        out.println("### Check-ins");
        out.println();
        out.println("Cadence " + esc(r.cadence().text()) + ": " + ReportWords.checkIns(r.checkIns())
                + ". Next check-in: " + (r.checkInOverdue() ? "**" + ReportWords.when(r.nextCheckIn(), report.asOf()) + "**"
                : ReportWords.when(r.nextCheckIn(), report.asOf())) + ".");
        if (!r.wellbeing().isEmpty()) {
            List<String> points = new ArrayList<>();
            r.wellbeing().forEach(v -> points.add(v.date() + ": " + Text.number(v.value())));
            out.println();
            out.println("Wellbeing (1..5) `" + Sparkline.of(r.wellbeing(), BigDecimal.ONE, BigDecimal.valueOf(5)) + "` "
                    + String.join(", ", points));
        }
        if (r.checkIns().held().isEmpty()) {
            return;
        }
        out.println();
        boolean manager = report.audience().seesWellbeing();
        List<String> head = new ArrayList<>(List.of("Date", "With", "Within cadence", "Notes", "Blockers"));
        if (manager) {
            head.add("Private");
        }
        table(head.toArray(String[]::new));
        align(head.stream().map(h -> "l").toArray(String[]::new));
        for (CadenceAdherence.Held h : r.checkIns().held()) {
            var c = h.checkIn();
            List<String> cells = new ArrayList<>(List.of(c.date().toString(), esc(c.with()), h.withinCadence() ? "yes" : "**no**",
                    esc(ReportWords.oneLine(c.notes())), esc(ReportWords.oneLine(c.blockers()))));
            if (manager) {
                cells.add(esc(ReportWords.oneLine(c.privateNote())));
            }
            row(cells.toArray(String[]::new));
        }
    }

    private void competencies(EmployeeReport r) {
        if (r.competencies().isEmpty()) {
            return;
        }
        CompetencyGap.Result c = r.competencies().get();
        out.println();
        out.println("### Competencies");
        out.println();
        out.println(esc(ReportWords.target(c)) + "; levels as first → latest assessed.");
        out.println();
        table("Competency", "Expects", "Self", "Manager", "Gap");
        align("l", "r", "r", "r", "l");
        for (CompetencyGap.Row row : c.rows()) {
            row(esc(row.competency()), String.valueOf(row.expected()), ReportWords.level(row.selfBefore(), row.self()),
                    ReportWords.level(row.managerBefore(), row.manager()),
                    row.gap() != null && row.gap() > 0 ? bold(ReportWords.gap(row)) : ReportWords.gap(row));
        }
    }

    private void overview() {
        out.println();
        out.println("## Employees");
        out.println();
        table("Employee", "Team", "Active goals", "Average progress", "Overdue", "Last check-in", "Next check-in", "At risk");
        align("l", "l", "r", "l", "r", "l", "l", "r");
        for (EmployeeReport r : report.employees()) {
            var e = r.employee();
            String next = r.nextCheckIn() == null ? "none due" : r.nextCheckIn().toString();
            row(esc(e.name()) + " (`" + code(e.id()) + "`)", esc(e.team()), String.valueOf(r.activeGoals()),
                    r.averageProgress() == null ? "–" : "`" + Bar.of(r.averageProgress(), 10) + "` " + r.averageProgress() + "%",
                    String.valueOf(r.overdue().size()), r.lastCheckIn() == null ? "none" : r.lastCheckIn().toString(),
                    r.checkInOverdue() ? bold(next + " overdue") : next, String.valueOf(r.atRiskGoals()));
        }
    }

    private void totals(ReportTotals t) {
        out.println();
        out.println("## Totals");
        out.println();
        table("Measure", "Value");
        align("l", "l");
        List<String> byStatus = new ArrayList<>();
        t.goalsByStatus().forEach((s, n) -> byStatus.add(s.yamlName() + " " + n));
        row("Employees", String.valueOf(t.employees()));
        row("Goals by status", String.join(" · ", byStatus) + " (dropped goals count in no total)");
        row("Behind", t.behindGoals() + " of " + t.activeGoals() + " active goals; " + t.atRiskGoals() + " at risk");
        row("Milestones", ReportWords.milestones(t.milestones()));
        row("Check-ins", ReportWords.checkIns(t.checkInsHeld(), t.checkInsWithinCadence(), t.checkInsWithinCadenceShare()));
        List<String> teams = new ArrayList<>();
        t.overdueByTeam().forEach((team, n) -> teams.add(esc(team) + " " + n));
        row("Overdue by team", String.join(" · ", teams) + " (" + t.overdueItems() + " in all)");
        List<String> support = ReportWords.support(t.support());
        row("Support", support.isEmpty() ? "none with a cost" : esc(String.join(" · ", support)));
        if (report.audience().seesWellbeing()) {
            if (t.wellbeingByTeam().isEmpty()) {
                row("Wellbeing", "not shown: no group of at least " + WellbeingAverage.MIN_PEOPLE + " people with a score");
            }
            for (Map.Entry<String, WellbeingAverage.Result> w : t.wellbeingByTeam().entrySet()) {
                row("Wellbeing, " + esc(w.getKey()), String.format("%.1f of 5 (%d people)", w.getValue().average(), w.getValue().people()));
            }
        }
        if (!t.competencies().isEmpty()) {
            out.println();
            out.println("### Competency levels, before and after");
            out.println();
            out.println("Average of the first and the latest level each person's manager assessed.");
            out.println();
            table("Competency", "People", "Before", "After");
            align("l", "r", "r", "r");
            for (CompetencyChange.Row c : t.competencies()) {
                row(esc(c.competency()), String.valueOf(c.people()), String.format("%.1f", c.before()), String.format("%.1f", c.after()));
            }
        }
    }

    // ---- Markdown helpers

    private void table(String... head) {
        row(head);
    }

    private void align(String... how) {
        StringBuilder b = new StringBuilder("|");
        for (String h : how) {
            b.append(h.equals("r") ? " ---: |" : " --- |");
        }
        out.println(b);
    }

    private void row(String... cells) {
        StringBuilder b = new StringBuilder("|");
        for (String c : cells) {
            b.append(' ').append(c == null ? "" : c).append(" |");
        }
        out.println(b);
    }

    private static String bold(String s) {
        return s == null || s.isEmpty() ? "" : "**" + s + "**";
    }

    /** Escapes what CommonMark would read as markup, and what would end a table cell or a line. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        String one = io.devplan.store.Sanitize.controlChars(ReportWords.oneLine(s));
        StringBuilder b = new StringBuilder();
        for (char c : one.toCharArray()) {
            if ("\\`*_[]<>|~&".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        // A leading "#", "-", "+" or "=" would start a heading or a list where the text starts a line.
        return b.toString().matches("^[#+\\-=].*") ? "\\" + b : b.toString();
    }

    /** Text for inside a code span: no backticks or pipes that would end it or the cell. */
    private static String code(String s) {
        return s.replace("`", "'").replace("|", "/");
    }
}
