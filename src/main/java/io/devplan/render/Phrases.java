package io.devplan.render;

import io.devplan.domain.CadenceAdherence;
import io.devplan.domain.CompetencyGap;
import io.devplan.domain.Employee;
import io.devplan.domain.Goal;
import io.devplan.domain.ItemView;
import io.devplan.domain.MilestoneTimeliness;
import io.devplan.domain.Reminder;
import io.devplan.domain.SupportTotals;
import io.devplan.render.doc.Line;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrases every human format shares, so text, Markdown, HTML and mail say the same thing the
 * same way. Relative dates are said here and nowhere else.
 */
final class Phrases {
    /** Keeps a number with its unit, a date with its note: never broken across lines. */
    static final String NBSP = "\u00a0";

    private Phrases() {}

    static String days(long n) {
        return n == 1 ? "1" + NBSP + "day" : n + NBSP + "days";
    }

    /** "5 days overdue", "today", "in 3 days": where a due date stands, from its days overdue. */
    static String relative(long daysOverdue) {
        if (daysOverdue > 0) {
            return days(daysOverdue) + " overdue";
        }
        return daysOverdue == 0 ? "today" : "in " + days(-daysOverdue);
    }

    /** "due 2026-11-17 (5 days overdue)", "due 2026-11-27 (in 5 days)", "no due date". */
    static String due(ItemView i) {
        if (i.due() == null) {
            return "no due date";
        }
        return on("due", i.due()) + " (" + relative(i.daysOverdue()) + ")";
    }

    /** "due 2026-11-17", "done 2026-04-12": a word and its date, kept on one line. */
    static String on(String word, LocalDate date) {
        return word + NBSP + date;
    }

    /** "2026-11-25 (in 3 days)", "none due". */
    static String when(LocalDate date, long daysOverdue) {
        return date == null ? "none due" : date + NBSP + "(" + relative(daysOverdue) + ")";
    }

    /** "moved twice, +45 days": how a due date moved, or "". */
    static String moved(ItemView i) {
        int n = i.rescheduled().size();
        if (n == 0) {
            return "";
        }
        long d = i.daysMoved();
        String times = n == 1 ? "once" : n == 2 ? "twice" : n + " times";
        return "moved " + times + (d != 0 ? ", " + (d > 0 ? "+" : "") + days(d) : "");
    }

    /** How far a measured goal is: "5 of 6 reviews (from 0)"; reduce-to: "18 larm/månad (30 → 10)". */
    static Line value(Goal g) {
        BigDecimal base = g.baseline() != null ? g.baseline() : BigDecimal.ZERO;
        BigDecimal now = g.current() != null ? g.current() : base;
        Line unit = g.unit() != null ? Line.of(NBSP).data(g.unit()) : Line.of();
        if (g.target().compareTo(base) < 0) {
            return Line.of(number(now)).then(unit).words(" (" + number(base) + " → " + number(g.target()) + ")");
        }
        return Line.of(number(now) + " of " + number(g.target())).then(unit).words(" (from " + number(base) + ")");
    }

    static String number(BigDecimal n) {
        return Text.number(n);
    }

    /** "Backend Engineer · team platform · manager bob-berg · engineering L3"; empty when nothing is known. */
    static Line about(Employee e) {
        List<Line> about = new ArrayList<>();
        if (e.role() != null) {
            about.add(Line.ofData(e.role()));
        }
        if (e.team() != null) {
            about.add(Line.of("team ").data(e.team()));
        }
        if (e.manager() != null) {
            about.add(Line.of("manager ").data(e.manager()));
        }
        if (e.track() != null) {
            about.add(Line.ofData(e.track()).words(e.level() != null ? NBSP : "").data(e.level()));
        }
        return Line.join(" · ", about);
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
        return checkIns(a.count(), a.withinCadence(), a.share());
    }

    static String checkIns(int held, int within, Integer share) {
        return held == 0 ? "no check-in held yet" : held + " held, " + within + " within cadence (" + share + "%)";
    }

    /** "EUR: 450 provided, 300 requested", one entry per currency. */
    static List<Line> support(List<SupportTotals.Line> lines) {
        Map<String, List<String>> byCurrency = new LinkedHashMap<>();
        for (SupportTotals.Line l : lines) {
            byCurrency.computeIfAbsent(l.currency(), k -> new ArrayList<>())
                    .add(number(l.amount()) + NBSP + l.status().yamlName());
        }
        List<Line> out = new ArrayList<>();
        byCurrency.forEach((currency, parts) -> out.add(Line.ofData(currency).words(": " + String.join(", ", parts))));
        return out;
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

    static Line target(CompetencyGap.Result c) {
        return Line.of(c.top() ? "Current level (top of the track) " : "Next level ").data(c.target().level())
                .words(c.target().title() != null ? " " : "").data(c.target().title()).words(" on track ").data(c.track());
    }

    /** What a reminder asks of its recipient: "hold the check-in with Alice Andersen". */
    static Line action(Reminder r) {
        Line name = Line.ofData(r.employeeName());
        return switch (r.action()) {
            case FINISH_ACTION -> Line.of("finish the action");
            case FINISH_OR_MOVE_ACTION -> Line.of("finish the action or agree a new date");
            case FINISH_MILESTONE -> Line.of("finish the milestone");
            case FINISH_OR_MOVE_MILESTONE -> Line.of("finish the milestone or agree a new date");
            case CLOSE_GOAL -> Line.of("close, extend or drop the goal with ").then(name);
            case REVIEW_GOAL -> Line.of("review the goal with ").then(name).words(" before it is due");
            case REVIEW_GOAL_AT_RISK -> Line.of("review the goal with ").then(name).words(" before it is due; it is at risk");
            case RESCUE_GOAL -> Line.of("agree with ").then(name).words(" how to get the goal back on track");
            case HOLD_CHECKIN -> Line.of("hold the check-in with ").then(name);
            case DECIDE_SUPPORT -> Line.of("approve or decline the support ").then(name).words(" requested");
            case CELEBRATE -> Line.of("celebrate ").then(name).words("'s achievement"
                    + (r.date() != null ? " of " + r.date() : ""));
        };
    }

    /** A line as plain text, for data formats that carry a phrase (JSON's {@code action}). */
    static String plain(Line l) {
        StringBuilder b = new StringBuilder();
        plain(l.spans(), b);
        return b.toString();
    }

    private static void plain(List<io.devplan.render.doc.Span> spans, StringBuilder b) {
        for (var s : spans) {
            if (s instanceof io.devplan.render.doc.Span.Styled st) {
                plain(st.spans(), b);
            }
            if (s instanceof io.devplan.render.doc.Span.Words w) {
                b.append(w.text().replace(NBSP, " "));
            } else if (s instanceof io.devplan.render.doc.Span.Data d) {
                b.append(d.text());
            } else if (s instanceof io.devplan.render.doc.Span.Code c) {
                b.append(c.text());
            }
        }
    }
}
