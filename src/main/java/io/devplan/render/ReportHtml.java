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
 * A report as one self-contained HTML file: inline CSS and inline SVG charts, no script and no
 * reference to anything outside the file, so it opens offline and can be mailed or archived. It
 * prints on A4, and reads with a screen reader: real tables with header cells, headings in
 * order, and a text alternative for every chart. Rows carry {@code data-employee} and
 * {@code data-goal} so scripts and tests can find them.
 */
public final class ReportHtml {
    private static final String CSS = """
            @page { size: A4; margin: 14mm 12mm; }
            :root { --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --fill: #2f6f4f; --warn: #9a3412; --late: #7a5b00; }
            body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); margin: 0; }
            main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
            h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
            h2 { font-size: 1.3rem; margin: 2rem 0 .4rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
            h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
            h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
            .sub, .note { color: var(--muted); }
            table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
            th, td { text-align: left; vertical-align: top; padding: .25rem .5rem; border-bottom: 1px solid var(--line); }
            th { font-weight: 600; background: #f6f8fa; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            .warn { color: var(--warn); font-weight: 600; }
            .late { color: var(--late); }
            .ok { color: var(--fill); }
            .pre { white-space: pre-line; }
            svg { display: block; max-width: 100%; height: auto; }
            td svg { display: inline-block; vertical-align: middle; margin-right: .4rem; }
            svg text { font-size: 10px; fill: var(--muted); }
            svg .track { fill: #e6e9ed; }
            svg .fill { fill: var(--fill); }
            svg .expected { stroke: var(--ink); stroke-width: 2; }
            svg .axis { stroke: var(--line); }
            svg .target { stroke: var(--muted); stroke-dasharray: 4 3; }
            svg .line { fill: none; stroke: var(--fill); stroke-width: 2; }
            svg .dot { fill: var(--fill); }
            figure { margin: .4rem 0 1rem; }
            figcaption { color: var(--muted); font-size: .9rem; }
            @media print {
              body { font-size: 10pt; }
              main { max-width: none; padding: 0; }
              section.employee { break-before: page; }
              section.employee:first-of-type { break-before: auto; }
              tr, figure { break-inside: avoid; }
              h2, h3, h4 { break-after: avoid; }
              th { background: none; }
            }
            """;

    private final SvgCharts charts = new SvgCharts();
    private PrintWriter out;
    private Report report;

    public void print(Report report, PrintWriter out) {
        this.out = out;
        this.report = report;
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\">");
        out.println("<head>");
        out.println("<meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>" + esc(ReportWords.title(report)) + "</title>");
        out.println("<style>");
        out.print(CSS);
        out.println("</style>");
        out.println("</head>");
        out.println("<body>");
        out.println("<main>");
        out.println("<h1>" + esc(ReportWords.title(report)) + "</h1>");
        out.println("<p class=\"sub\">" + esc(ReportWords.subtitle(report)) + "</p>");
        if (report.employees().isEmpty()) {
            out.println("<p>No plans match.</p>");
        }
        if (report.detailed()) {
            report.employees().forEach(this::employee);
        }
        if (!report.employees().isEmpty() && (!report.detailed() || report.employees().size() > 1)) {
            overview();
            totals(report.totals());
        }
        out.println("</main>");
        out.println("</body>");
        out.println("</html>");
        out.flush();
    }

    private void employee(EmployeeReport r) {
        var e = r.employee();
        String id = "e-" + e.id();
        out.println("<section class=\"employee\" aria-labelledby=\"" + esc(id) + "\">");
        out.println("<h2 id=\"" + esc(id) + "\">" + esc(e.name()) + " <span class=\"note\">(" + esc(e.id()) + ")</span></h2>");
        String about = ReportWords.about(e);
        if (!about.isEmpty()) {
            out.println("<p>" + esc(about) + "</p>");
        }
        out.println("<h3>Goals</h3>");
        out.println("<p>" + r.activeGoals() + " active" + (r.averageProgress() != null ? ", average progress " + r.averageProgress() + "%" : "")
                + (r.dropped() > 0 ? ", " + r.dropped() + " dropped not shown" : "") + ".</p>");
        out.println("<table>");
        out.println("<caption class=\"note\">Progress against expected progress (the black tick): the share of the goal's time that has passed.</caption>");
        head("Goal", "Status", "Progress", "#Expected", "Due", "Milestones", "Attention");
        for (GoalReport g : r.goals()) {
            Goal goal = g.goal();
            String flags = ReportWords.flags(g);
            out.println("<tr data-employee=\"" + esc(e.id()) + "\" data-goal=\"" + esc(goal.id()) + "\"><th scope=\"row\">"
                    + esc(goal.title()) + "</th><td>" + esc(goal.status().yamlName()) + "</td><td>"
                    + charts.progress(g.progress(), g.expected(), "Progress of " + goal.id())
                    + "<span class=\"progress\">" + g.progress() + "%</span></td><td class=\"num expected\">"
                    + esc(ReportWords.expected(g)) + "</td><td>" + (goal.due() == null ? "" : goal.due()) + "</td><td>"
                    + esc(ReportWords.milestones(g.milestones())) + "</td><td class=\"warn\">" + esc(flags) + "</td></tr>");
        }
        out.println("</tbody></table>");
        for (GoalReport g : r.goals()) {
            goalDetail(g);
        }
        support(r);
        achievements(r);
        feedback(r);
        checkIns(r);
        competencies(r);
        out.println("</section>");
    }

    private void goalDetail(GoalReport g) {
        Goal goal = g.goal();
        if (goal.milestones().isEmpty() && g.history().isEmpty()) {
            return;
        }
        out.println("<h4>" + esc(goal.title()) + "</h4>");
        if (!g.history().isEmpty()) {
            BigDecimal floor = goal.baseline() != null ? goal.baseline() : goal.target() != null ? BigDecimal.ZERO : null;
            out.println("<figure>" + charts.trend(g.history(), floor, goal.target(), "Trend of " + goal.title(), goal.unit())
                    + "<figcaption>" + esc((goal.measure() != null ? goal.measure() : "Value") + " at each check-in"
                    + (goal.target() != null ? "; the dashed line is the target, " + Text.number(goal.target()) : "")) + "</figcaption></figure>");
        }
        if (!goal.milestones().isEmpty()) {
            out.println("<table>");
            head("Milestone", "Due", "Done", "Timeliness");
            for (Milestone m : goal.milestones()) {
                MilestoneTimeliness t = MilestoneTimeliness.of(m, goal, report.asOf());
                String css = switch (t) {
                    case OVERDUE -> "warn";
                    case DONE_LATE -> "late";
                    case DONE_ON_TIME -> "ok";
                    case OPEN -> "";
                };
                out.println("<tr><th scope=\"row\">" + esc(m.title()) + "</th><td>" + (m.due() == null ? "" : m.due())
                        + "</td><td>" + (m.done() == null ? "" : m.done()) + "</td><td class=\"" + css + "\">"
                        + t.yamlName().replace('-', ' ') + "</td></tr>");
            }
            out.println("</tbody></table>");
        }
    }

    private void support(EmployeeReport r) {
        List<String> rows = new ArrayList<>();
        for (GoalReport g : r.goals()) {
            for (Support s : g.goal().support()) {
                rows.add("<tr><th scope=\"row\">" + esc(s.title()) + "</th><td>" + (s.kind() == null ? "" : s.kind().yamlName())
                        + "</td><td>" + esc(g.goal().id()) + "</td><td class=\"num\">"
                        + (s.cost() == null ? "" : Text.number(s.cost()) + " " + esc(s.currency())) + "</td><td>"
                        + (s.status() == null ? "requested" : s.status().yamlName()) + "</td></tr>");
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        out.println("<h3>Support</h3>");
        out.println("<table>");
        head("Support", "Kind", "Goal", "#Cost", "Status");
        rows.forEach(out::println);
        out.println("</tbody></table>");
        List<String> totals = ReportWords.support(r.support());
        if (!totals.isEmpty()) {
            out.println("<p>Total: " + esc(String.join("; ", totals)) + ".</p>");
        }
    }

    private void achievements(EmployeeReport r) {
        List<Achievement> list = r.achievements(report.asOf());
        if (list.isEmpty()) {
            return;
        }
        out.println("<h3>Achievements</h3>");
        out.println("<ul>");
        for (Achievement a : list) {
            out.println("<li>" + (a.date() != null ? a.date() + ": " : "") + esc(a.title()) + " · "
                    + (a.celebrated() != null ? "celebrated " + a.celebrated() : "<strong class=\"late\">not yet celebrated</strong>") + "</li>");
        }
        out.println("</ul>");
    }

    private void feedback(EmployeeReport r) {
        if (r.plan().feedback().isEmpty()) {
            return;
        }
        out.println("<h3>Feedback</h3>");
        out.println("<table>");
        head("Feedback", "Date", "From", "Kind", "Addressed by");
        for (Feedback f : r.plan().feedback()) {
            List<String> goals = UnaddressedFeedback.goalsAddressing(r.plan(), f.id());
            String by = r.unaddressed().contains(f) ? "<strong class=\"warn\">not addressed by any goal</strong>"
                    : esc(String.join(", ", goals));
            out.println("<tr><th scope=\"row\" class=\"pre\">" + esc(f.text() == null ? "" : f.text().strip())
                    + (f.isPrivate() ? " <em>(private)</em>" : "") + "</th><td>" + (f.date() == null ? "" : f.date())
                    + "</td><td>" + esc(f.from()) + "</td><td>" + (f.kind() == null ? "" : f.kind().yamlName()) + "</td><td>"
                    + by + "</td></tr>");
        }
        out.println("</tbody></table>");
    }

    private void checkIns(EmployeeReport r) {
        out.println("<h3>Check-ins</h3>");
        String next = ReportWords.when(r.nextCheckIn(), report.asOf());
        out.println("<p>Cadence " + esc(r.cadence().text()) + ": " + esc(ReportWords.checkIns(r.checkIns()))
                + ". Next check-in: " + (r.checkInOverdue() ? "<strong class=\"warn\">" + esc(next) + "</strong>" : esc(next)) + ".</p>");
        if (!r.wellbeing().isEmpty()) {
            out.println("<figure>" + charts.trend(r.wellbeing(), BigDecimal.ONE, BigDecimal.valueOf(5),
                    "Wellbeing of " + r.employee().name(), "1 to 5") + "<figcaption>Wellbeing (1 to 5) at each check-in</figcaption></figure>");
        }
        if (r.checkIns().held().isEmpty()) {
            return;
        }
        boolean manager = report.audience().seesWellbeing();
        List<String> cols = new ArrayList<>(List.of("Date", "With", "Within cadence", "Notes", "Blockers"));
        if (manager) {
            cols.add("Private");
        }
        out.println("<table>");
        head(cols.toArray(String[]::new));
        for (CadenceAdherence.Held h : r.checkIns().held()) {
            var c = h.checkIn();
            out.println("<tr><th scope=\"row\">" + c.date() + "</th><td>" + esc(c.with()) + "</td><td"
                    + (h.withinCadence() ? ">yes" : " class=\"late\">no") + "</td><td class=\"pre\">" + esc(strip(c.notes()))
                    + "</td><td class=\"pre\">" + esc(strip(c.blockers())) + "</td>"
                    + (manager ? "<td class=\"pre\">" + esc(strip(c.privateNote())) + "</td>" : "") + "</tr>");
        }
        out.println("</tbody></table>");
    }

    private void competencies(EmployeeReport r) {
        if (r.competencies().isEmpty()) {
            return;
        }
        CompetencyGap.Result c = r.competencies().get();
        out.println("<h3>Competencies</h3>");
        out.println("<p>" + esc(ReportWords.target(c)) + "; levels as first → latest assessed.</p>");
        out.println("<table>");
        head("Competency", "#Expects", "#Self", "#Manager", "Gap");
        for (CompetencyGap.Row row : c.rows()) {
            boolean gap = row.gap() != null && row.gap() > 0;
            out.println("<tr><th scope=\"row\">" + esc(row.competency()) + "</th><td class=\"num\">" + row.expected()
                    + "</td><td class=\"num\">" + ReportWords.level(row.selfBefore(), row.self()) + "</td><td class=\"num\">"
                    + ReportWords.level(row.managerBefore(), row.manager()) + "</td><td" + (gap ? " class=\"warn\"" : "") + ">"
                    + ReportWords.gap(row) + "</td></tr>");
        }
        out.println("</tbody></table>");
    }

    private void overview() {
        out.println("<section aria-labelledby=\"employees\">");
        out.println("<h2 id=\"employees\">Employees</h2>");
        out.println("<table id=\"employee-table\">");
        out.println("<caption class=\"note\">Average progress of active goals; at risk: marked at-risk or behind.</caption>");
        head("Employee", "Team", "#Active goals", "Average progress", "#Overdue", "Last check-in", "Next check-in", "#At risk");
        for (EmployeeReport r : report.employees()) {
            var e = r.employee();
            String next = r.nextCheckIn() == null ? "none due" : r.nextCheckIn().toString();
            out.println("<tr data-employee=\"" + esc(e.id()) + "\"><th scope=\"row\">" + esc(e.name()) + "</th><td>"
                    + esc(e.team()) + "</td><td class=\"num active\">" + r.activeGoals() + "</td><td>"
                    + (r.averageProgress() == null ? "–" : charts.progress(r.averageProgress(), null,
                    "Average progress of " + e.name()) + "<span class=\"progress\">" + r.averageProgress() + "%</span>")
                    + "</td><td class=\"num overdue\">" + r.overdue().size() + "</td><td>"
                    + (r.lastCheckIn() == null ? "none" : r.lastCheckIn()) + "</td><td"
                    + (r.checkInOverdue() ? " class=\"warn\">" + next + " overdue" : ">" + next) + "</td><td class=\"num atrisk\">"
                    + r.atRiskGoals() + "</td></tr>");
        }
        out.println("</tbody></table>");
        out.println("</section>");
    }

    private void totals(ReportTotals t) {
        out.println("<section aria-labelledby=\"totals\">");
        out.println("<h2 id=\"totals\">Totals</h2>");
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        t.goalsByStatus().forEach((s, n) -> {
            labels.add(s.yamlName());
            values.add(n);
        });
        out.println("<figure>" + charts.bars(labels, values, "Goals by status")
                + "<figcaption>Goals by status (dropped goals count in no total)</figcaption></figure>");
        out.println("<table>");
        head("Measure", "Value");
        List<String> byStatus = new ArrayList<>();
        t.goalsByStatus().forEach((s, n) -> byStatus.add(s.yamlName() + " " + n));
        total("Employees", String.valueOf(t.employees()));
        total("Goals by status", String.join(" · ", byStatus));
        total("Behind", t.behindGoals() + " of " + t.activeGoals() + " active goals; " + t.atRiskGoals() + " at risk");
        total("Milestones", ReportWords.milestones(t.milestones()));
        total("Check-ins", ReportWords.checkIns(t.checkInsHeld(), t.checkInsWithinCadence(), t.checkInsWithinCadenceShare()));
        List<String> teams = new ArrayList<>();
        t.overdueByTeam().forEach((team, n) -> teams.add(team + " " + n));
        total("Overdue by team", String.join(" · ", teams) + " (" + t.overdueItems() + " in all)");
        List<String> support = ReportWords.support(t.support());
        total("Support", support.isEmpty() ? "none with a cost" : String.join(" · ", support));
        if (report.audience().seesWellbeing()) {
            if (t.wellbeingByTeam().isEmpty()) {
                total("Wellbeing", "not shown: no group of at least " + WellbeingAverage.MIN_PEOPLE + " people with a score");
            }
            for (Map.Entry<String, WellbeingAverage.Result> w : t.wellbeingByTeam().entrySet()) {
                total("Wellbeing, " + w.getKey(), String.format("%.1f of 5 (%d people)", w.getValue().average(), w.getValue().people()));
            }
        }
        out.println("</tbody></table>");
        if (!t.competencies().isEmpty()) {
            out.println("<h3>Competency levels, before and after</h3>");
            out.println("<table>");
            out.println("<caption class=\"note\">Average of the first and the latest level each person's manager assessed.</caption>");
            head("Competency", "#People", "#Before", "#After");
            for (CompetencyChange.Row c : t.competencies()) {
                out.println("<tr><th scope=\"row\">" + esc(c.competency()) + "</th><td class=\"num\">" + c.people()
                        + "</td><td class=\"num\">" + String.format("%.1f", c.before()) + "</td><td class=\"num\">"
                        + String.format("%.1f", c.after()) + "</td></tr>");
            }
            out.println("</tbody></table>");
        }
        out.println("</section>");
    }

    private void total(String label, String value) {
        out.println("<tr><th scope=\"row\">" + esc(label) + "</th><td>" + esc(value) + "</td></tr>");
    }

    /** A header row; a name starting with '#' is a numeric (right-aligned) column. Opens the body. */
    private void head(String... names) {
        StringBuilder b = new StringBuilder("<thead><tr>");
        for (String n : names) {
            boolean num = n.startsWith("#");
            b.append("<th scope=\"col\"").append(num ? " class=\"num\"" : "").append('>')
                    .append(esc(num ? n.substring(1) : n)).append("</th>");
        }
        out.println(b.append("</tr></thead><tbody>"));
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String esc(String s) {
        return Html.esc(s);
    }
}
