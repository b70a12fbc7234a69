package io.devplan.render;

import io.devplan.domain.PeriodReport;
import io.devplan.store.Sanitize;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** What changed in a period, as text (report ID --since DATE) or Markdown: one section per employee. */
public final class PeriodText {
    private final boolean markdown;
    private final int width;

    public PeriodText(boolean markdown, int width) {
        this.markdown = markdown;
        this.width = width;
    }

    public void print(List<PeriodReport> reports, PrintWriter out) {
        boolean first = true;
        for (PeriodReport r : reports) {
            if (!first) {
                out.println();
            }
            first = false;
            heading(1, clean(r.name()) + " (" + r.employee() + "): what changed from " + r.since() + " to " + r.asOf(), out);
            line(r.fromHistory() ? "Compared with the plan as committed before " + r.since() + "."
                    : "No committed version before " + r.since() + ": start values come from the check-ins.", out);
            section("Goals done", r.goalsDone().stream().map(g -> g.goal() + "  " + clean(g.title())).toList(), out);
            section("Progress", r.progress().stream().map(g -> g.goal() + "  " + value(g.from()) + " → " + value(g.to())
                    + (g.unit() != null ? " " + clean(g.unit()) : "") + "  " + g.percentFrom() + "% → " + g.percentTo()
                    + "% (" + (g.points() >= 0 ? "+" : "") + g.points() + ")").toList(), out);
            section("Milestones and actions done", r.done().stream().map(d -> d.date() + "  " + d.goal() + "/" + d.item()
                    + "  " + clean(d.title())).toList(), out);
            section("Slipped", r.slipped().stream().map(s -> s.goal() + "/" + s.item() + "  " + clean(s.title()) + "  "
                    + (s.to() != null ? "due " + s.from() + " → " + s.to() : "was due " + s.from() + ", not done"))
                    .toList(), out);
            section("Check-ins", r.checkins().stream().map(String::valueOf).toList(), out);
            section("Feedback received", r.feedback().stream().map(f -> f.date() + "  " + f.id() + kindAndSource(f)
                    + (f.from() != null ? " from " + clean(f.from()) : "")).toList(), out);
            section("Achievements", r.achievements().stream().map(a -> a.date() + "  " + clean(a.title())).toList(), out);
            section("Support decisions", r.support().stream().map(s -> s.goal() + "/" + s.support() + "  "
                    + clean(s.title()) + ": " + (s.from() == null ? "added, " + orNone(s.to()) : s.from() + " → "
                    + orNone(s.to()))).toList(), out);
        }
        out.flush();
    }

    private void heading(int level, String text, PrintWriter out) {
        out.println(markdown ? "#".repeat(level + 1) + " " + text : text);
        if (markdown) {
            out.println();
        }
    }

    private void line(String text, PrintWriter out) {
        out.println(text);
    }

    private void section(String title, List<String> items, PrintWriter out) {
        out.println();
        if (markdown) {
            heading(2, title, out);
            if (items.isEmpty()) {
                out.println("None.");
            }
            for (String item : items) {
                out.println("- " + item.replace("  ", " · "));
            }
            return;
        }
        out.println(title + (items.isEmpty() ? ": none" : ""));
        for (String item : items) {
            for (String part : Text.wrap(item, Math.max(20, width - 4))) {
                out.println("    " + part);
            }
        }
    }

    private static String kindAndSource(io.devplan.domain.Feedback f) {
        List<String> parts = new ArrayList<>();
        if (f.kind() != null) {
            parts.add(f.kind().yamlName());
        }
        if (f.source() != null) {
            parts.add(f.source().yamlName());
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String value(java.math.BigDecimal n) {
        return n == null ? "none" : Text.number(n);
    }

    private static String orNone(String s) {
        return s == null ? "none" : s;
    }

    private static String clean(String s) {
        return Sanitize.controlChars(s == null ? "" : s.replace('\n', ' ').strip());
    }
}
