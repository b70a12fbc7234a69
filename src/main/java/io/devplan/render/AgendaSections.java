package io.devplan.render;

import io.devplan.domain.Achievement;
import io.devplan.domain.Action;
import io.devplan.domain.Agenda;
import io.devplan.domain.DueItem;
import io.devplan.domain.DueKind;
import io.devplan.domain.Feedback;
import io.devplan.domain.Goal;
import io.devplan.domain.Support;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The agenda as headed sections of one-line items, the same for every format; a format says
 * through {@link Marks} how ids and the user's own text are written.
 */
final class AgendaSections {
    private AgendaSections() {}

    record Section(String heading, List<String> lines) {}

    /** How a format writes an id and a text from a plan. */
    interface Marks {
        String id(String id);

        String text(String text);
    }

    /** "Next check-in 2026-11-25 (in 3 days) · last check-in 2026-10-21 · as of 2026-11-22". */
    static String when(Agenda a) {
        String next = a.nextCheckIn() == null ? "Next check-in: none due (no check-in and no 'since' date)"
                : "Next check-in " + a.nextCheckIn() + " (" + relative(a.nextCheckIn(), a.asOf()) + ")";
        return next + " · last check-in " + (a.lastCheckIn() == null ? "none" : a.lastCheckIn().toString())
                + " · as of " + a.asOf();
    }

    static List<Section> of(Agenda a, Marks m) {
        List<Section> out = new ArrayList<>();
        add(out, "Achievements to celebrate", a.toCelebrate().stream().map(x -> achievement(x, m)).toList());
        add(out, a.lastCheckIn() == null ? "Progress so far (no check-in yet)"
                        : "Progress since the last check-in (" + a.lastCheckIn() + ")",
                a.progress().stream().map(p -> progress(p, m)).toList());
        add(out, "Overdue and due soon", a.due().stream().map(i -> due(i, m)).toList());
        add(out, "Open actions carried over", a.carriedOver().stream()
                .map(x -> action(x.goal(), x.action(), m)).toList());
        add(out, "Feedback no goal addresses yet", a.unaddressed().stream().map(f -> feedback(f, m)).toList());
        add(out, "Support to decide", a.undecided().stream().map(x -> support(x.goal(), x.support(), m)).toList());
        add(out, "Blockers from the last check-in", a.blockers() == null ? List.of() : List.of(m.text(a.blockers())));
        return out;
    }

    private static void add(List<Section> out, String heading, List<String> lines) {
        if (!lines.isEmpty()) {
            out.add(new Section(heading, lines));
        }
    }

    private static String achievement(Achievement x, Marks m) {
        return (x.date() != null ? x.date() + " " : "") + m.text(x.title())
                + (x.goal() != null ? " (" + m.id(x.goal()) + ")" : "");
    }

    private static String progress(Agenda.GoalProgress p, Marks m) {
        Goal g = p.goal();
        List<String> parts = new ArrayList<>();
        String value = null;
        if (g.target() != null && p.now() != null) {
            String of = " of " + Text.number(g.target()) + (g.unit() != null ? " " + m.text(g.unit()) : "");
            value = p.before() != null && p.before().compareTo(p.now()) != 0
                    ? Text.number(p.before()) + " → " + Text.number(p.now()) + of
                    : Text.number(p.now()) + of;
        }
        if (p.moved()) {
            if (value != null) {
                parts.add(value);
            }
            if (!p.milestonesDone().isEmpty()) {
                parts.add("done " + String.join(", ", p.milestonesDone().stream()
                        .map(x -> m.id(x.id()) + " (" + x.done() + ")").toList()));
            }
            if (!p.actionsDone().isEmpty()) {
                parts.add("actions done " + String.join(", ", p.actionsDone().stream()
                        .map(x -> m.id(x.id()) + " (" + x.done() + ")").toList()));
            }
        } else {
            parts.add("no progress recorded" + (value != null ? " (" + value + ")" : ""));
        }
        String status = g.status().yamlName();
        return m.id(g.id()) + " " + p.percent() + "% " + status + ": " + String.join("; ", parts);
    }

    private static String due(DueItem i, Marks m) {
        String when = i.isOverdue() ? Text.days(i.daysOverdue()) + " overdue" : relative(i.due(), i.due().plusDays(i.daysOverdue()));
        return when + " · " + i.kind().yamlName() + " " + m.id(i.id()) + ": " + m.text(i.title())
                + (i.kind() == DueKind.ACTION && i.owner() != null ? " · owner " + m.text(i.owner()) : "")
                + " · due " + i.due();
    }

    private static String action(Goal g, Action a, Marks m) {
        return m.id(g.id() + "/" + a.id()) + ": " + m.text(a.title())
                + (a.owner() != null ? " · owner " + m.text(a.owner()) : "")
                + (a.due() != null ? " · due " + a.due() : " · no due date");
    }

    private static String feedback(Feedback f, Marks m) {
        return (f.date() != null ? f.date() + " " : "") + (f.from() != null ? "from " + m.text(f.from()) + " " : "")
                + m.id(f.id()) + ": " + m.text(f.text());
    }

    private static String support(Goal g, Support s, Marks m) {
        String cost = s.cost() == null ? "" : ", " + Text.number(s.cost()) + (s.currency() != null ? " " + m.text(s.currency()) : "");
        return m.id(g.id() + "/" + s.id()) + ": " + m.text(s.title())
                + " (" + (s.kind() != null ? s.kind().yamlName() : "support") + cost + ")";
    }

    private static String relative(LocalDate date, LocalDate asOf) {
        long d = ChronoUnit.DAYS.between(date, asOf);
        if (d > 0) {
            return Text.days(d) + " overdue";
        }
        return d == 0 ? "today" : "in " + Text.days(-d);
    }
}
