package io.devplan.render;

import io.devplan.domain.Achievement;
import io.devplan.domain.Action;
import io.devplan.domain.Cadence;
import io.devplan.domain.CheckIn;
import io.devplan.domain.Employee;
import io.devplan.domain.Goal;
import io.devplan.domain.GoalStatus;
import io.devplan.domain.Milestone;
import io.devplan.domain.NextCheckIn;
import io.devplan.domain.Plan;
import io.devplan.domain.Progress;
import io.devplan.domain.Support;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One plan, readable in a terminal: what {@code devplan show} prints. */
public final class PlanText {
    private static final java.util.regex.Pattern OVERDUE_NOTE = java.util.regex.Pattern.compile("\\(\\d+ days? overdue\\)");
    private final Ansi ansi;
    private final int width;
    private final LocalDate asOf;

    public PlanText(Ansi ansi, int width, LocalDate asOf) {
        this.ansi = ansi;
        this.width = Math.max(60, width);
        this.asOf = asOf;
    }

    public void print(Plan plan, Cadence repositoryCadence, PrintWriter out) {
        Employee e = plan.employee();
        List<String> about = new ArrayList<>();
        about.add(e.name() + " (" + e.id() + ")");
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
        String header = Text.fit(String.join(" · ", about), width);
        out.println(header.startsWith(e.name()) ? ansi.bold(e.name()) + header.substring(e.name().length()) : header);
        out.println(colourOverdue(Text.fit(checkInLine(plan, repositoryCadence), width)));

        List<Goal> goals = plan.goals().stream().filter(g -> g.status() != GoalStatus.DROPPED).toList();
        out.println();
        out.println(ansi.bold("Goals") + (goals.isEmpty() ? "  none yet: devplan goal add " + e.id() : ""));
        for (Goal g : goals) {
            goal(g, out);
        }
        long dropped = plan.goals().size() - goals.size();
        if (dropped > 0) {
            out.println(ansi.dim("  (" + dropped + " dropped " + (dropped == 1 ? "goal" : "goals") + " not shown)"));
        }
        support(plan, out);
        achievements(plan, out);
    }

    private String checkInLine(Plan plan, Cadence repositoryCadence) {
        Cadence cadence = NextCheckIn.cadenceOf(plan, repositoryCadence);
        StringBuilder b = new StringBuilder("Cadence " + cadence.text());
        Optional<CheckIn> last = plan.lastCheckIn();
        b.append(" · last check-in ").append(last.map(c -> c.date().toString()).orElse("none"));
        Optional<LocalDate> next = NextCheckIn.of(plan, repositoryCadence);
        if (next.isPresent()) {
            b.append(" · next ").append(next.get()).append(" ").append(plainDueNote(next.get()));
        } else {
            b.append(" · next check-in: none due (no 'since' date)");
        }
        return b.toString();
    }

    private void goal(Goal g, PrintWriter out) {
        int percent = Progress.rounded(g);
        String status = g.status().yamlName();
        String due = g.due() == null ? "no due date" : "due " + g.due();
        boolean goalOverdue = g.due() != null && g.due().isBefore(asOf) && !g.status().isClosed();
        out.println("  " + ansi.bold(Text.fit(g.title(), width - 2)));
        String line = "    " + g.id() + "  " + Bar.of(percent, 10) + String.format(" %3d%%  ", percent)
                + (goalOverdue ? ansi.red(due + " (" + Text.days(days(g.due())) + " overdue)") : due)
                + "  " + statusColour(g.status(), status);
        out.println(line);
        if (g.target() != null) {
            out.println(ansi.dim("    " + Text.number(g.current() != null ? g.current() : g.baseline())
                    + " of " + Text.number(g.target()) + (g.unit() != null ? " " + g.unit() : "")
                    + " (from " + Text.number(g.baseline() != null ? g.baseline() : java.math.BigDecimal.ZERO) + ")"));
        }
        for (Milestone m : g.milestones()) {
            item("milestone", m.id(), m.title(), m.due(), m.done(), g.status(), out);
        }
        for (Action a : g.actions()) {
            item("action", a.id(), a.title() + (a.owner() != null ? " [" + a.owner() + "]" : ""), a.due(), a.done(),
                    g.status(), out);
        }
    }

    private void item(String kind, String id, String title, LocalDate due, LocalDate done, GoalStatus goalStatus,
                      PrintWriter out) {
        String mark;
        String when;
        if (done != null) {
            mark = ansi.green("✓");
            when = "done " + done;
        } else if (due != null && due.isBefore(asOf) && !goalStatus.isClosed()) {
            mark = ansi.red("!");
            when = ansi.red("due " + due + " (" + Text.days(days(due)) + " overdue)");
        } else if (goalStatus.isClosed()) {
            mark = "·";
            when = "open, goal " + goalStatus.yamlName();
        } else {
            mark = "·";
            when = due == null ? "open" : "due " + due + " " + dueNote(due);
        }
        String head = "      " + mark + " " + kind + " " + id + ": ";
        int room = width - Text.visibleLength(head) - Text.visibleLength(when) - 2;
        if (room >= 12) {
            out.println(head + Text.fit(title, room) + "  " + when);
        } else {
            // Too narrow for one line: the date goes below, where it is still read with its item.
            out.println(head + Text.fit(title, Math.max(12, width - Text.visibleLength(head))));
            out.println("        " + when);
        }
    }

    private void support(Plan plan, PrintWriter out) {
        List<String> lines = new ArrayList<>();
        for (Goal g : plan.goals()) {
            for (Support s : g.support()) {
                String cost = s.cost() == null ? "" : "  " + Text.number(s.cost()) + (s.currency() != null ? " " + s.currency() : "");
                String tail = cost + (s.status() != null ? "  " + s.status().yamlName() : "") + "  (" + g.id() + ")";
                String head = "  " + (s.kind() != null ? s.kind().yamlName() : "support") + ": ";
                lines.add(Text.fit(head + Text.fit(s.title(), Math.max(12, width - head.length() - tail.length())) + tail,
                        width));
            }
        }
        if (!lines.isEmpty()) {
            out.println();
            out.println(ansi.bold("Support"));
            lines.forEach(out::println);
        }
    }

    private void achievements(Plan plan, PrintWriter out) {
        if (plan.achievements().isEmpty()) {
            return;
        }
        out.println();
        out.println(ansi.bold("Achievements"));
        for (Achievement a : plan.achievements()) {
            String note = a.celebrated() != null ? "celebrated " + a.celebrated() : ansi.yellow("not yet celebrated");
            String head = "  " + (a.date() != null ? a.date() + "  " : "");
            int room = Math.max(12, width - head.length() - Text.visibleLength(note) - 2);
            out.println(head + Text.fit(a.title(), room) + "  " + note);
        }
    }

    private String dueNote(LocalDate due) {
        return colourOverdue(plainDueNote(due));
    }

    private String plainDueNote(LocalDate due) {
        long d = days(due);
        if (d > 0) {
            return "(" + Text.days(d) + " overdue)";
        }
        return d == 0 ? "(today)" : "(in " + Text.days(-d) + ")";
    }

    /** Colours an "(N days overdue)" note red; the text is fitted before, so escapes take no room. */
    private String colourOverdue(String line) {
        java.util.regex.Matcher m = OVERDUE_NOTE.matcher(line);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(ansi.red(m.group())));
        }
        return m.appendTail(b).toString();
    }

    private long days(LocalDate due) {
        return ChronoUnit.DAYS.between(due, asOf);
    }

    private String statusColour(GoalStatus status, String text) {
        return switch (status) {
            case AT_RISK -> ansi.yellow(text);
            case DONE -> ansi.green(text);
            default -> text;
        };
    }
}
