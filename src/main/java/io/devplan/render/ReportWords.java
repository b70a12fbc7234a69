package io.devplan.render;

import io.devplan.domain.CadenceAdherence;
import io.devplan.domain.CompetencyGap;
import io.devplan.domain.Employee;
import io.devplan.domain.GoalReport;
import io.devplan.domain.MilestoneTimeliness;
import io.devplan.domain.Report;
import io.devplan.domain.SupportTotals;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The phrases every report format shares, so text, Markdown and HTML say the same thing the same way. */
final class ReportWords {
    private ReportWords() {}

    static String title(Report r) {
        return (r.organization() != null ? r.organization() + ": progress report, " : "Progress report, ") + r.scope();
    }

    static String subtitle(Report r) {
        return "As of " + r.asOf() + " · for the " + r.audience().yamlName()
                + " · behind means more than " + r.behindPoints() + " points below expected progress";
    }

    static String about(Employee e) {
        List<String> about = new ArrayList<>();
        if (e.role() != null) {
            about.add(e.role());
        }
        if (e.team() != null) {
            about.add("team " + e.team());
        }
        if (e.manager() != null) {
            about.add("manager " + e.manager());
        }
        if (e.track() != null) {
            about.add(e.track() + (e.level() != null ? " " + e.level() : ""));
        }
        return String.join(" · ", about);
    }

    static String milestones(MilestoneTimeliness.Counts c) {
        if (c.total() == 0) {
            return "no milestones";
        }
        String s = c.doneOnTime() + " done on time, " + c.doneLate() + " done late, " + c.overdue() + " overdue, "
                + c.open() + " open";
        Integer share = c.onTimeShare();
        return share == null ? s : s + " (" + share + "% on time)";
    }

    static String checkIns(CadenceAdherence.Result a) {
        if (a.count() == 0) {
            return "no check-in held yet";
        }
        return a.count() + " held, " + a.withinCadence() + " within cadence (" + a.share() + "%)";
    }

    static String checkIns(int held, int within, Integer share) {
        return held == 0 ? "no check-in held yet" : held + " held, " + within + " within cadence (" + share + "%)";
    }

    /** "EUR: 450 provided, 300 requested", one entry per currency. */
    static List<String> support(List<SupportTotals.Line> lines) {
        Map<String, List<String>> byCurrency = new LinkedHashMap<>();
        for (SupportTotals.Line l : lines) {
            byCurrency.computeIfAbsent(l.currency(), k -> new ArrayList<>())
                    .add(Text.number(l.amount()) + " " + l.status().yamlName());
        }
        List<String> out = new ArrayList<>();
        byCurrency.forEach((currency, parts) -> out.add(currency + ": " + String.join(", ", parts)));
        return out;
    }

    static String progress(GoalReport g) {
        return g.progress() + "%";
    }

    static String expected(GoalReport g) {
        return g.expected() == null ? "" : g.expected() + "%";
    }

    /** "behind", "at risk", "overdue 5 days": what needs attention about a goal, or "". */
    static String flags(GoalReport g) {
        List<String> f = new ArrayList<>();
        if (g.behind()) {
            f.add("behind");
        }
        if (g.overdue()) {
            f.add("overdue " + Text.days(g.daysOverdue()));
        }
        return String.join(", ", f);
    }

    static String when(LocalDate date, LocalDate asOf) {
        if (date == null) {
            return "none due";
        }
        long d = ChronoUnit.DAYS.between(date, asOf);
        if (d > 0) {
            return date + " (" + Text.days(d) + " overdue)";
        }
        return date + (d == 0 ? " (today)" : " (in " + Text.days(-d) + ")");
    }

    static String level(Integer before, Integer after) {
        if (after == null) {
            return "–";
        }
        return before == null || before.equals(after) ? String.valueOf(after) : before + "→" + after;
    }

    static String gap(CompetencyGap.Row row) {
        Integer gap = row.gap();
        if (gap == null) {
            return "not assessed";
        }
        return gap > 0 ? gap + " short" : "ready";
    }

    static String target(CompetencyGap.Result c) {
        return (c.top() ? "Current level (top of the track) " : "Next level ") + c.target().level()
                + (c.target().title() != null ? " " + c.target().title() : "") + " on track " + c.track();
    }

    static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
