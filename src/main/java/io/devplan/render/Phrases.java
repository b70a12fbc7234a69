package io.devplan.render;

import io.devplan.domain.CadenceAdherence;
import io.devplan.domain.CompetencyGap;
import io.devplan.domain.DueKind;
import io.devplan.domain.Employee;
import io.devplan.domain.Goal;
import io.devplan.domain.ItemView;
import io.devplan.domain.MilestoneTimeliness;
import io.devplan.domain.PlanFilter;
import io.devplan.domain.Reminder;
import io.devplan.domain.Support;
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

    final Words w;

    Phrases(Words words) {
        this.w = words;
    }

    Words words() {
        return w;
    }

    /** The language's code, for the document's {@code lang}. */
    String lang() {
        return w.code();
    }

    String text(Msg m, Object... args) {
        return w.text(m, args);
    }

    Line line(Msg m, Object... args) {
        return w.line(m, args);
    }

    String count(Msg m, long n, Object... args) {
        return w.count(m, n, args);
    }

    /** A status or kind word as people read it ("at-risk" is "i farozonen" in Swedish); YAML keeps its own. */
    String name(io.devplan.domain.YamlName value) {
        return w.name(value);
    }

    /**
     * Where feedback came from, as people say it: from the development conversation in the
     * organisation's own word ({@code terms.conversation}, "MUS") where it has one.
     */
    String source(io.devplan.domain.FeedbackSource source, String conversation) {
        return source == io.devplan.domain.FeedbackSource.REVIEW && conversation != null ? conversation : name(source);
    }

    String days(long n) {
        return w.count(Msg.DAYS, n);
    }

    /** "5 days overdue", "today", "in 3 days": where a due date stands, from its days overdue. */
    String relative(long daysOverdue) {
        return relative(daysOverdue, null);
    }

    /** As {@link #relative(long)}, in the grammar of the item's kind (Swedish: "försenat" for a goal, "försenad" for an action). */
    String relative(long daysOverdue, DueKind kind) {
        String variant = kind == null ? null : kind.yamlName();
        if (daysOverdue > 0) {
            return w.countFor(Msg.DAYS_OVERDUE, variant, daysOverdue);
        }
        return daysOverdue == 0 ? w.textFor(Msg.TODAY, variant) : w.countFor(Msg.IN_DAYS, variant, -daysOverdue);
    }

    /** "due 2026-11-17 (5 days overdue)", "due 2026-11-27 (in 5 days)", "no due date". */
    String due(ItemView i) {
        if (i.due() == null) {
            return w.text(Msg.NO_DUE_DATE);
        }
        return w.text(Msg.DUE_RELATIVE, "date", i.due(), "relative", relative(i.daysOverdue(), i.kind()));
    }

    /** "due 2026-11-17": a due date, kept on one line. */
    String dueOn(LocalDate date) {
        return w.text(Msg.DUE_ON, "date", date);
    }

    /** "done 2026-04-12". */
    String doneOn(LocalDate date) {
        return w.text(Msg.DONE_ON, "date", date);
    }

    /** "2026-11-25 (in 3 days)", "none due". */
    String when(LocalDate date, long daysOverdue, DueKind kind) {
        return date == null ? w.text(Msg.NONE_DUE)
                : w.text(Msg.DATE_RELATIVE, "date", date, "relative", relative(daysOverdue, kind));
    }

    /** "moved twice, +45 days": how a due date moved, or "". */
    String moved(ItemView i) {
        int n = i.rescheduled().size();
        if (n == 0) {
            return "";
        }
        String times = n == 2 ? w.text(Msg.MOVED_TWICE) : w.count(Msg.MOVED, n);
        long d = i.daysMoved();
        if (d == 0) {
            return times;
        }
        String shift = d > 0 ? w.count(Msg.SHIFT_LATER, d) : w.count(Msg.SHIFT_EARLIER, -d);
        return w.text(Msg.MOVED_BY, "moved", times, "shift", shift);
    }

    /** "{when}; moved twice, +45 days", or only when it never moved. */
    String withMoves(String when, ItemView i) {
        String moved = moved(i);
        return moved.isEmpty() ? when : w.text(Msg.WHEN_AND_MOVED, "when", when, "moved", moved);
    }

    /** How far a measured goal is: "5 of 6 reviews (from 0)"; reduce-to: "18 larm/månad (30 → 10)". */
    Line value(Goal g) {
        BigDecimal base = g.baseline() != null ? g.baseline() : BigDecimal.ZERO;
        BigDecimal now = g.current() != null ? g.current() : base;
        Line unit = g.unit() != null ? Line.of(NBSP).data(g.unit()) : Line.of();
        Msg m = g.target().compareTo(base) < 0 ? Msg.VALUE_REDUCE : Msg.VALUE_OF;
        return w.line(m, "now", number(now), "target", number(g.target()), "unit", unit, "baseline", number(base));
    }

    String number(BigDecimal n) {
        return w.number(n);
    }

    String number(long n) {
        return w.number(n);
    }

    /** "Backend Engineer · team platform · manager bob-berg · engineering L3"; empty when nothing is known. */
    Line about(Employee e) {
        List<Line> about = new ArrayList<>();
        if (e.role() != null) {
            about.add(Line.ofData(e.role()));
        }
        if (e.team() != null) {
            about.add(w.line(Msg.ABOUT_TEAM, "team", Line.ofData(e.team())));
        }
        if (e.manager() != null) {
            about.add(w.line(Msg.ABOUT_MANAGER, "manager", Line.ofData(e.manager())));
        }
        if (e.track() != null) {
            about.add(Line.ofData(e.track()).words(e.level() != null ? NBSP : "").data(e.level()));
        }
        return Line.join(" · ", about);
    }

    String milestones(MilestoneTimeliness.Counts c) {
        if (c.total() == 0) {
            return w.text(Msg.NO_MILESTONES);
        }
        Integer share = c.onTimeShare();
        return w.text(share == null ? Msg.MILESTONE_COUNTS : Msg.MILESTONE_COUNTS_SHARE, "onTime", c.doneOnTime(),
                "late", c.doneLate(), "overdue", c.overdue(), "open", c.open(), "share", share);
    }

    String checkIns(CadenceAdherence.Result a) {
        return checkIns(a.count(), a.withinCadence(), a.share());
    }

    String checkIns(int held, int within, Integer share) {
        return held == 0 ? w.text(Msg.CHECKINS_NONE)
                : w.text(Msg.CHECKINS_HELD, "held", held, "within", within, "share", share);
    }

    /** "EUR: 450 provided, 300 requested", one entry per currency. */
    List<Line> support(List<SupportTotals.Line> lines) {
        Map<String, List<String>> byCurrency = new LinkedHashMap<>();
        for (SupportTotals.Line l : lines) {
            byCurrency.computeIfAbsent(l.currency(), k -> new ArrayList<>())
                    .add(w.text(Msg.SUPPORT_AMOUNT, "amount", number(l.amount()), "status", name(l.status())));
        }
        List<Line> out = new ArrayList<>();
        byCurrency.forEach((currency, parts) -> out.add(Line.ofData(currency).words(": " + String.join(", ", parts))));
        return out;
    }

    /** "approved 2026-05-02": a support entry's status and when it was decided. */
    String supportStatus(Support s) {
        LocalDate decided = s.date(s.status());
        return decided == null ? name(s.status()) : w.text(Msg.STATUS_ON, "status", name(s.status()), "date", decided);
    }

    static String level(Integer before, Integer after) {
        if (after == null) {
            return "–";
        }
        return before == null || before.equals(after) ? String.valueOf(after) : before + "→" + after;
    }

    String gap(CompetencyGap.Row row) {
        Integer gap = row.gap();
        if (gap == null) {
            return w.text(Msg.GAP_NOT_ASSESSED);
        }
        return gap > 0 ? w.count(Msg.GAP_SHORT, gap) : w.text(Msg.GAP_READY);
    }

    Line target(CompetencyGap.Result c) {
        Line title = c.target().title() != null ? Line.of(" ").data(c.target().title()) : Line.of();
        return w.line(c.top() ? Msg.TARGET_TOP : Msg.TARGET_NEXT, "level", Line.ofData(c.target().level()),
                "title", title, "track", Line.ofData(c.track()));
    }

    /** The plans a command was asked about: "team payments and the reports of bob-berg", "everyone". */
    Line scope(PlanFilter f) {
        List<Line> parts = new ArrayList<>();
        if (!f.employees().isEmpty()) {
            parts.add(Line.ofData(String.join(", ", f.employees())));
        }
        if (f.team() != null) {
            parts.add(w.line(Msg.SCOPE_TEAM, "team", Line.ofData(f.team())));
        }
        if (f.manager() != null) {
            parts.add(w.line(f.allLevels() ? Msg.SCOPE_BELOW : Msg.SCOPE_MANAGER, "manager", Line.ofData(f.manager())));
        }
        if (parts.isEmpty()) {
            return w.line(Msg.SCOPE_EVERYONE);
        }
        Line out = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            out = w.line(Msg.SCOPE_AND, "first", out, "second", parts.get(i));
        }
        return out;
    }

    /** What a reminder asks of its recipient: "hold the check-in with Alice Andersen". */
    Line action(Reminder r) {
        Line name = Line.ofData(r.employeeName());
        return switch (r.action()) {
            case FINISH_ACTION -> w.line(Msg.ACT_FINISH_ACTION);
            case FINISH_OR_MOVE_ACTION -> w.line(Msg.ACT_FINISH_OR_MOVE_ACTION);
            case FINISH_MILESTONE -> w.line(Msg.ACT_FINISH_MILESTONE);
            case FINISH_OR_MOVE_MILESTONE -> w.line(Msg.ACT_FINISH_OR_MOVE_MILESTONE);
            case CLOSE_GOAL -> w.line(Msg.ACT_CLOSE_GOAL, "name", name);
            case REVIEW_GOAL -> w.line(Msg.ACT_REVIEW_GOAL, "name", name);
            case REVIEW_GOAL_AT_RISK -> w.line(Msg.ACT_REVIEW_GOAL_AT_RISK, "name", name);
            case RESCUE_GOAL -> w.line(Msg.ACT_RESCUE_GOAL, "name", name);
            case HOLD_CHECKIN -> w.line(Msg.ACT_HOLD_CHECKIN, "name", name);
            case DECIDE_SUPPORT -> w.line(Msg.ACT_DECIDE_SUPPORT, "name", name);
            case CELEBRATE -> r.date() != null ? w.line(Msg.ACT_CELEBRATE_OF, "name", name, "date", r.date())
                    : w.line(Msg.ACT_CELEBRATE, "name", name);
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
