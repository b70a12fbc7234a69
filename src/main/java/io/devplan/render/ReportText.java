package io.devplan.render;

import io.devplan.domain.Achievement;
import io.devplan.domain.CadenceAdherence;
import io.devplan.domain.CompetencyChange;
import io.devplan.domain.CompetencyGap;
import io.devplan.domain.EmployeeReport;
import io.devplan.domain.Feedback;
import io.devplan.domain.Goal;
import io.devplan.domain.GoalReport;
import io.devplan.domain.GoalStatus;
import io.devplan.domain.Milestone;
import io.devplan.domain.MilestoneTimeliness;
import io.devplan.domain.Report;
import io.devplan.domain.ReportTotals;
import io.devplan.domain.Support;
import io.devplan.domain.UnaddressedFeedback;
import io.devplan.domain.WellbeingAverage;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report for the terminal: each named employee in full, then one row per employee and the
 * totals. Every line fits {@code width} columns; colour only through {@link Ansi}, so it is
 * off when not on a terminal or with NO_COLOR.
 */
public final class ReportText {
    /** Room for "done 2026-04-12, late (due 2026-04-01)" beside a milestone. */
    private static final int WHEN_COLUMN = 32;
    private final Ansi ansi;
    private final int width;
    private PrintWriter out;
    private Report report;

    public ReportText(Ansi ansi, int width) {
        this.ansi = ansi;
        this.width = Math.max(60, width);
    }

    public void print(Report report, PrintWriter out) {
        this.report = report;
        this.out = out;
        println(ansi.bold(fit(ReportWords.title(report))));
        println(ansi.dim(fit(ReportWords.subtitle(report))));
        if (report.employees().isEmpty()) {
            out.println();
            println("No plans match.");
            return;
        }
        if (report.detailed()) {
            report.employees().forEach(this::employee);
        }
        if (!report.detailed() || report.employees().size() > 1) {
            overview();
            totals(report.totals());
        }
        out.flush();
    }

    // ---- one employee in full

    private void employee(EmployeeReport r) {
        var e = r.employee();
        out.println();
        println(ansi.bold(fit(e.name() + " (" + e.id() + ")")));
        String about = ReportWords.about(e);
        if (!about.isEmpty()) {
            println(fit(about));
        }
        heading("Goals", r.activeGoals() + " active"
                + (r.averageProgress() != null ? ", average progress " + r.averageProgress() + "%" : "")
                + (r.dropped() > 0 ? ", " + r.dropped() + " dropped not shown" : ""));
        for (GoalReport g : r.goals()) {
            goal(g);
        }
        support(r);
        achievements(r);
        feedback(r);
        checkIns(r);
        competencies(r);
    }

    private void goal(GoalReport gr) {
        Goal g = gr.goal();
        println("  " + ansi.bold(fit(g.title(), width - 2)));
        String exp = gr.expected() == null ? "" : "  expected " + gr.expected() + "%";
        String due = g.due() == null ? "no due date" : "due " + g.due();
        String flags = ReportWords.flags(gr);
        String plain = "    " + Text.pad(g.id(), 0) + "  " + Bar.of(gr.progress(), 10)
                + String.format(" %3d%%", gr.progress()) + exp + "  " + due + "  " + g.status().yamlName()
                + (flags.isEmpty() ? "" : "  " + flags);
        if (plain.length() <= width) {
            println("    " + g.id() + "  " + Bar.of(gr.progress(), 10) + String.format(" %3d%%", gr.progress()) + exp
                    + "  " + due + "  " + status(g.status()) + (flags.isEmpty() ? "" : "  " + ansi.red(flags)));
        } else {
            println("    " + fit(g.id(), width - 4));
            println("      " + Bar.of(gr.progress(), 10) + String.format(" %3d%%", gr.progress()) + exp + "  "
                    + status(g.status()) + (flags.isEmpty() ? "" : "  " + ansi.red(fit(flags, width - 48))));
            println("      " + due);
        }
        if (!gr.history().isEmpty()) {
            var first = gr.history().get(0);
            var last = gr.history().get(gr.history().size() - 1);
            println(fit("      trend " + Sparkline.of(gr.history(), g.baseline(), g.target()) + "  "
                    + Text.number(first.value()) + " → " + Text.number(last.value())
                    + (g.target() != null ? " of " + Text.number(g.target()) : "") + (g.unit() != null ? " " + g.unit() : "")
                    + "  (" + first.date() + " to " + last.date() + ")"));
        }
        if (gr.milestones().total() > 0) {
            println(ansi.dim(fit("      milestones: " + ReportWords.milestones(gr.milestones()))));
        }
        for (Milestone m : g.milestones()) {
            MilestoneTimeliness t = MilestoneTimeliness.of(m, g, report.asOf());
            String mark = switch (t) {
                case DONE_ON_TIME -> ansi.green("✓");
                case DONE_LATE -> ansi.yellow("✓");
                case OVERDUE -> ansi.red("!");
                case OPEN -> "·";
            };
            String when = switch (t) {
                case DONE_ON_TIME -> "done " + m.done() + " on time";
                case DONE_LATE -> "done " + m.done() + ", late (due " + m.due() + ")";
                case OVERDUE -> "due " + m.due() + ", " + Text.days(report.asOf().toEpochDay() - m.due().toEpochDay()) + " overdue";
                case OPEN -> m.due() == null ? "open" : "due " + m.due();
            };
            // Dates line up in a column; a long "when" takes room from the title, never past the width.
            int room = Math.max(10, Math.min(width - 10 - WHEN_COLUMN, width - 10 - when.length()));
            String head = fit(m.title(), room);
            println("      " + mark + " " + Text.pad(head, room) + "  " + (t == MilestoneTimeliness.OVERDUE ? ansi.red(when) : when));
        }
    }

    private void support(EmployeeReport r) {
        List<String> lines = new ArrayList<>();
        for (GoalReport gr : r.goals()) {
            for (Support s : gr.goal().support()) {
                String tail = (s.cost() != null ? "  " + Text.number(s.cost()) + (s.currency() != null ? " " + s.currency() : "") : "")
                        + "  " + (s.status() != null ? s.status().yamlName() : "requested") + "  (" + gr.goal().id() + ")";
                lines.add("  " + fit((s.kind() != null ? s.kind().yamlName() : "support") + ": " + s.title(),
                        Math.max(10, width - 2 - tail.length())) + tail);
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        heading("Support", null);
        lines.forEach(this::println);
        for (String total : ReportWords.support(r.support())) {
            println(fit("  total " + total));
        }
    }

    private void achievements(EmployeeReport r) {
        List<Achievement> list = r.achievements(report.asOf());
        if (list.isEmpty()) {
            return;
        }
        heading("Achievements", null);
        for (Achievement a : list) {
            String note = a.celebrated() != null ? "celebrated " + a.celebrated() : "not yet celebrated";
            String head = "  " + (a.date() != null ? a.date() + "  " : "");
            println(head + fit(a.title(), Math.max(10, width - head.length() - note.length() - 2)) + "  "
                    + (a.celebrated() != null ? note : ansi.yellow(note)));
        }
    }

    private void feedback(EmployeeReport r) {
        if (r.plan().feedback().isEmpty()) {
            return;
        }
        heading("Feedback", r.unaddressed().isEmpty() ? "every improvement has a goal"
                : r.unaddressed().size() + " not addressed by any goal");
        for (Feedback f : r.plan().feedback()) {
            List<String> goals = UnaddressedFeedback.goalsAddressing(r.plan(), f.id());
            boolean open = r.unaddressed().contains(f);
            String head = "  " + (open ? ansi.red("!") : " ") + " " + f.id() + "  " + (f.date() != null ? f.date() : "")
                    + (f.from() != null ? " from " + f.from() : "") + (f.kind() != null ? ", " + f.kind().yamlName() : "")
                    + (f.isPrivate() ? ", private" : "");
            String tail = open ? ansi.red("not addressed by any goal") : goals.isEmpty() ? "" : "→ " + String.join(", ", goals);
            println(fit(head + "  " + tail, width + (ansi.enabled() ? 18 : 0)));
            println(ansi.dim(fit("      " + ReportWords.oneLine(f.text()))));
        }
    }

    private void checkIns(EmployeeReport r) {
        CadenceAdherence.Result a = r.checkIns();
        heading("Check-ins", "cadence " + r.cadence().text() + ", " + ReportWords.checkIns(a));
        for (CadenceAdherence.Held h : a.held()) {
            var c = h.checkIn();
            String head = "  " + (h.withinCadence() ? ansi.green("✓") : ansi.yellow("~")) + " " + c.date()
                    + (c.with() != null ? " with " + c.with() : "") + (h.withinCadence() ? "" : ", late for the cadence")
                    + (c.wellbeing() != null ? ", wellbeing " + c.wellbeing() : "");
            println(fit(head, width + (ansi.enabled() ? 9 : 0)));
            if (c.notes() != null) {
                println(ansi.dim(fit("      " + ReportWords.oneLine(c.notes()))));
            }
            if (c.blockers() != null) {
                println(fit("      blockers: " + ReportWords.oneLine(c.blockers())));
            }
            if (c.privateNote() != null) {
                println(fit("      private: " + ReportWords.oneLine(c.privateNote())));
            }
        }
        String next = "  next " + ReportWords.when(r.nextCheckIn(), report.asOf());
        println(r.checkInOverdue() ? ansi.red(fit(next)) : fit(next));
        if (!r.wellbeing().isEmpty()) {
            var w = r.wellbeing();
            println(fit("  wellbeing " + Sparkline.of(w, java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(5)) + "  "
                    + Text.number(w.get(0).value()) + " → " + Text.number(w.get(w.size() - 1).value()) + " (1..5)"));
        }
    }

    private void competencies(EmployeeReport r) {
        if (r.competencies().isEmpty()) {
            return;
        }
        CompetencyGap.Result c = r.competencies().get();
        heading("Competencies", ReportWords.target(c));
        int name = Math.max(12, Math.min(24, width - 45));
        println(ansi.dim(String.format("  %-" + name + "s %7s %7s %8s  %s", "competency", "expects", "self", "manager", "gap")));
        for (CompetencyGap.Row row : c.rows()) {
            String gap = ReportWords.gap(row);
            println(String.format("  %-" + name + "s %7d %7s %8s  ", fit(row.competency(), name), row.expected(),
                    ReportWords.level(row.selfBefore(), row.self()), ReportWords.level(row.managerBefore(), row.manager()))
                    + (row.gap() != null && row.gap() > 0 ? ansi.yellow(gap) : gap));
        }
    }

    // ---- many employees

    private void overview() {
        int bar = width >= 100 ? 10 : 5;
        // Columns that do not fit give way, least needed first: last check-in, then team.
        int fixed = 2 + 6 + 2 + bar + 5 + 8 + 2 + 11 + 8;
        boolean team = fixed + 12 + 11 <= width;
        boolean last = fixed + 12 + 11 + 12 <= width;
        int nameWidth = Math.min(24, width - fixed - (team ? 11 : 0) - (last ? 12 : 0));
        heading("Employees", report.employees().size() + (report.employees().size() == 1 ? " plan" : " plans"));
        println(ansi.dim("  " + Text.pad("name", nameWidth) + (team ? String.format(" %-10s", "team") : "")
                + String.format(" %5s  %-" + (bar + 5) + "s %7s", "goals", "progress", "overdue")
                + (last ? String.format("  %-10s", "last") : "") + String.format("  %-11s %7s", "next", "at risk")));
        for (EmployeeReport r : report.employees()) {
            String progress = r.averageProgress() == null ? Text.pad("–", bar + 5)
                    : Bar.of(r.averageProgress(), bar) + String.format(" %3d%%", r.averageProgress());
            String next = r.nextCheckIn() == null ? "none" : r.nextCheckIn().toString() + (r.checkInOverdue() ? "!" : "");
            String nextCol = String.format("%-11s", next);
            println("  " + Text.pad(fit(r.employee().name(), nameWidth), nameWidth)
                    + (team ? String.format(" %-10s", fit(r.employee().team() == null ? "" : r.employee().team(), 10)) : "")
                    + String.format(" %5d  ", r.activeGoals()) + progress + String.format(" %7d", r.overdue().size())
                    + (last ? String.format("  %-10s", r.lastCheckIn() == null ? "none" : r.lastCheckIn()) : "")
                    + "  " + (r.checkInOverdue() ? ansi.red(nextCol) : nextCol) + String.format(" %7d", r.atRiskGoals()));
        }
        List<String> legend = List.of("progress: average of active goals", "next!: check-in overdue",
                "at risk: marked at-risk or behind");
        println(ansi.dim(fit("  " + String.join(" · ", legend))));
    }

    private void totals(ReportTotals t) {
        heading("Totals", t.employees() + (t.employees() == 1 ? " employee" : " employees"));
        List<String> byStatus = new ArrayList<>();
        t.goalsByStatus().forEach((s, n) -> byStatus.add(s.yamlName() + " " + n));
        row("Goals by status", byStatus);
        row("Behind", List.of(t.behindGoals() + " of " + t.activeGoals() + " active goals", t.atRiskGoals() + " at risk"));
        row("Milestones", List.of(ReportWords.milestones(t.milestones())));
        row("Check-ins", List.of(ReportWords.checkIns(t.checkInsHeld(), t.checkInsWithinCadence(), t.checkInsWithinCadenceShare())));
        List<String> teams = new ArrayList<>();
        t.overdueByTeam().forEach((team, n) -> teams.add(team + " " + n));
        teams.add(t.overdueItems() + " in all");
        row("Overdue by team", teams);
        List<String> support = ReportWords.support(t.support());
        row("Support", support.isEmpty() ? List.of("none with a cost") : support);
        if (report.audience().seesWellbeing()) {
            List<String> wellbeing = new ArrayList<>();
            t.wellbeingByTeam().forEach((team, w) -> wellbeing.add(team + " " + String.format("%.1f", w.average())
                    + " of 5 (" + w.people() + " people)"));
            row("Wellbeing", wellbeing.isEmpty() ? List.of("not shown: no group of at least " + WellbeingAverage.MIN_PEOPLE
                    + " people with a score") : wellbeing);
        }
        if (!t.competencies().isEmpty()) {
            heading("Competency levels", "average of the first and the latest level each manager assessed");
            for (CompetencyChange.Row c : t.competencies()) {
                println(fit(String.format("  %-24s %.1f → %.1f  (%d %s)", c.competency(), c.before(), c.after(),
                        c.people(), c.people() == 1 ? "person" : "people")));
            }
        }
    }

    /** A labelled line of parts joined by " · ", wrapped under the label where it would not fit. */
    private void row(String label, List<String> parts) {
        String indent = " ".repeat(19);
        StringBuilder line = new StringBuilder("  " + Text.pad(label, 16) + " ");
        boolean first = true;
        for (String part : parts) {
            String sep = first ? "" : " · ";
            if (!first && line.length() + sep.length() + part.length() > width) {
                println(fit(line.toString()));
                line = new StringBuilder(indent);
                sep = "";
            }
            line.append(sep).append(part);
            first = false;
        }
        println(fit(line.toString()));
    }

    // ---- helpers

    private void heading(String title, String note) {
        out.println();
        String plain = title + (note == null ? "" : "  " + note);
        if (plain.length() > width) {
            println(ansi.bold(fit(title)));
            println(ansi.dim(fit("  " + note)));
        } else {
            println(ansi.bold(title) + (note == null ? "" : "  " + ansi.dim(note)));
        }
    }

    private String status(GoalStatus s) {
        return switch (s) {
            case AT_RISK -> ansi.yellow(s.yamlName());
            case DONE -> ansi.green(s.yamlName());
            default -> s.yamlName();
        };
    }

    private String fit(String s) {
        return Text.fit(s, width);
    }

    private static String fit(String s, int w) {
        return Text.fit(s, Math.max(1, w));
    }

    private void println(String s) {
        out.println(s);
    }
}
