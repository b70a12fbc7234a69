package io.devplan.render;

import io.devplan.app.Explanation;
import io.devplan.domain.Goal;
import io.devplan.domain.prose.GoalWords;
import io.devplan.domain.prose.Measure;
import io.devplan.domain.prose.TimeFrame;
import io.devplan.domain.prose.Vague;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.GoalRule;
import java.io.PrintWriter;
import java.util.function.Function;

/**
 * {@code validate --explain ID GOAL}: what the grammar recognised in a goal's title, which rule
 * decided what on which words, and the goal's findings in validate's own format. Plan text is
 * printed without control characters, as everywhere validate prints it.
 */
public final class ExplanationText {
    private final Ansi ansi;
    private final Function<String, String> shown;
    private final Words words;

    /**
     * @param shown how to name a file given relative to the repository root
     * @param words the reader's language for the findings' messages
     */
    public ExplanationText(Ansi ansi, Function<String, String> shown, Words words) {
        this.ansi = ansi;
        this.shown = shown;
        this.words = words;
    }

    public void print(Explanation e, PrintWriter out) {
        Goal goal = e.goal();
        GoalWords w = e.words();
        int index = e.plan().goals().indexOf(goal);
        int line = e.plan().source().at(GoalRule.path(index)).line();
        out.println(ansi.bold("goal '" + clean(goal.id()) + "' of " + clean(e.plan().id())) + ", "
                + shown.apply(e.plan().file()) + (line > 0 ? ":" + line : ""));
        out.println("  title     " + clean(goal.title()));
        out.println("  read as   " + w.language().title() + (w.evidence().isEmpty()
                ? " (no word told; the repository's language)"
                : " (from the words " + clean(String.join(", ", w.evidence())) + ")"));
        out.println("  counted   relative dates from " + e.reference() + (e.fromStart() ? ", the goal's start"
                : ", the as-of date (the goal has no start)"));
        if (e.closed()) {
            out.println("  status    " + goal.status().name().toLowerCase(java.util.Locale.ROOT)
                    + ": the SMART rules skip closed goals");
        }
        out.println();
        out.println(ansi.bold("recognised"));
        for (TimeFrame t : w.times()) {
            row(out, "time", "\"" + clean(t.phrase()) + "\" -> " + time(t), t.pattern());
        }
        for (Measure m : w.measures()) {
            row(out, "measure", "\"" + clean(m.phrase()) + "\" -> " + measure(m), m.pattern());
        }
        for (Vague v : w.vague()) {
            row(out, "vague", "\"" + clean(v.phrase()) + "\"" + (w.strongMeasure() ? " (a measure says what will be "
                    + "different)" : ""), v.pattern());
        }
        if (w.times().isEmpty() && w.measures().isEmpty() && w.vague().isEmpty()) {
            out.println("  nothing: no date, period, rhythm, measure or vague word");
        }
        out.println();
        out.println(ansi.bold("rules on the words"));
        int width = e.verdicts().stream().mapToInt(v -> v.rule().name().length()).max().orElse(0);
        for (Explanation.Verdict v : e.verdicts()) {
            String state = e.closed() ? ansi.dim(Text.pad("skipped", 7))
                    : v.finding() == null ? ansi.green(Text.pad("ok", 7)) : severity(v.finding(), 7);
            out.println("  " + Text.pad(v.rule().name(), width) + "  " + v.rule().criterion().label() + "  " + state
                    + "  " + clean(v.because()));
        }
        out.println();
        out.println(ansi.bold("findings"));
        if (e.findings().isEmpty()) {
            out.println("  none");
        }
        for (Finding f : e.findings()) {
            out.println("  " + shown.apply(f.file()) + (f.line() > 0 ? ":" + f.line() + ":" + f.column() : "") + ": "
                    + severity(f, 0) + ": " + io.devplan.render.doc.SafeText.oneLine(words.text(f.said())) + " " + ansi.dim("[" + f.rule() + "]"));
        }
        out.flush();
    }

    private void row(PrintWriter out, String what, String text, String pattern) {
        out.println("  " + Text.pad(what, 8) + "  " + text + "  " + ansi.dim("[" + pattern + "]"));
    }

    /** The severity, padded to {@code width} before it is coloured. */
    private String severity(Finding f, int width) {
        String label = Text.pad(f.severity().label(), width);
        return switch (f.severity()) {
            case ERROR -> ansi.red(label);
            case WARNING -> ansi.yellow(label);
            case INFO -> ansi.dim(label);
        };
    }

    private static String time(TimeFrame t) {
        String day = t.date() != null ? t.date().toString() : "no single day";
        return switch (t.kind()) {
            case DATE, PERIOD -> day + (t.note() != null ? " (" + t.note() + ")" : "");
            case RECURRENCE -> "a rhythm" + (t.date() != null ? " until " + t.date() : "");
            case STANDARD -> "a standard each case is held to";
            case START -> "a start (" + day + "), not a deadline";
        };
    }

    private static String measure(Measure m) {
        if (m.baseline() != null && m.target() != null) {
            return "from " + Text.number(m.baseline()) + " to " + Text.number(m.target()) + unit(m);
        }
        if (m.target() != null) {
            return Text.number(m.target()) + unit(m);
        }
        if (m.unit() != null) {
            return m.unit();
        }
        if (!m.strong()) {
            return "a measure, but not one that says what will be different";
        }
        return m.pattern().startsWith("outcome.") ? "a yes/no outcome" : "how the result will be seen";
    }

    private static String unit(Measure m) {
        return m.unit() == null ? "" : (m.unit().startsWith("%") ? "" : " ") + clean(m.unit());
    }

    private static String clean(String s) {
        return io.devplan.render.doc.SafeText.oneLine(s);
    }
}
