package io.devplan.render;

import io.devplan.app.Explanation;
import io.devplan.domain.Goal;
import io.devplan.domain.Said;
import io.devplan.domain.prose.GoalWords;
import io.devplan.domain.prose.Measure;
import io.devplan.domain.prose.TimeFrame;
import io.devplan.domain.prose.Vague;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.GoalRule;
import io.devplan.domain.validate.ValidateText;
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
        out.println(ansi.bold(say(ValidateText.EXPLAIN_GOAL, "goal", clean(goal.id()), "id", clean(e.plan().id())))
                + ", " + shown.apply(e.plan().file()) + (line > 0 ? ":" + line : ""));
        // The labels line up after the longest in this language; English's stand in a column of 10.
        String[] labels = {say(ValidateText.EXPLAIN_TITLE), say(ValidateText.EXPLAIN_READ_AS),
            say(ValidateText.EXPLAIN_COUNTED), say(ValidateText.EXPLAIN_STATUS)};
        int width = Math.max(9, java.util.Arrays.stream(labels).mapToInt(String::length).max().orElse(0));
        out.println("  " + Text.pad(labels[0], width) + " " + clean(goal.title()));
        Said language = ValidateText.valueOf("LANGUAGE_" + w.language().name()).with();
        out.println("  " + Text.pad(labels[1], width) + " " + (w.evidence().isEmpty()
                ? say(ValidateText.READ_AS_REPOSITORY, "language", language)
                : say(ValidateText.READ_AS_WORDS, "language", language, "words", clean(String.join(", ", w.evidence())))));
        out.println("  " + Text.pad(labels[2], width) + " " + say(e.fromStart() ? ValidateText.COUNTED_FROM_START
                : ValidateText.COUNTED_FROM_AS_OF, "date", e.reference()));
        if (e.closed()) {
            out.println("  " + Text.pad(labels[3], width) + " " + say(ValidateText.STATUS_CLOSED, "status",
                    goal.status().name().toLowerCase(java.util.Locale.ROOT)));
        }
        out.println();
        out.println(ansi.bold(say(ValidateText.HEADING_RECOGNISED)));
        String[] rows = {say(ValidateText.ROW_TIME), say(ValidateText.ROW_MEASURE), say(ValidateText.ROW_VAGUE)};
        int rowWidth = Math.max(8, java.util.Arrays.stream(rows).mapToInt(String::length).max().orElse(0));
        for (TimeFrame t : w.times()) {
            row(out, rows[0], rowWidth, "\"" + clean(t.phrase()) + "\" -> " + time(t), t.pattern());
        }
        for (Measure m : w.measures()) {
            row(out, rows[1], rowWidth, "\"" + clean(m.phrase()) + "\" -> " + measure(m), m.pattern());
        }
        for (Vague v : w.vague()) {
            String quoted = "\"" + clean(v.phrase()) + "\"";
            row(out, rows[2], rowWidth, w.strongMeasure() ? say(ValidateText.VAGUE_WITH_MEASURE, "phrase", quoted) : quoted,
                    v.pattern());
        }
        if (w.times().isEmpty() && w.measures().isEmpty() && w.vague().isEmpty()) {
            out.println("  " + say(ValidateText.NOTHING_RECOGNISED));
        }
        out.println();
        out.println(ansi.bold(say(ValidateText.HEADING_RULES)));
        int nameWidth = e.verdicts().stream().mapToInt(v -> v.rule().name().length()).max().orElse(0);
        for (Explanation.Verdict v : e.verdicts()) {
            // Like the severity beside it, the verdict is a word of validate's own column: ok, skipped, error, warning.
            String state = e.closed() ? ansi.dim(Text.pad("skipped", 7))
                    : v.finding() == null ? ansi.green(Text.pad("ok", 7)) : severity(v.finding(), 7);
            out.println("  " + Text.pad(v.rule().name(), nameWidth) + "  " + v.rule().criterion().label() + "  " + state
                    + "  " + clean(words.text(v.because())));
        }
        out.println();
        out.println(ansi.bold(say(ValidateText.HEADING_FINDINGS)));
        if (e.findings().isEmpty()) {
            out.println("  " + say(ValidateText.NO_FINDINGS));
        }
        for (Finding f : e.findings()) {
            out.println("  " + shown.apply(f.file()) + (f.line() > 0 ? ":" + f.line() + ":" + f.column() : "") + ": "
                    + severity(f, 0) + ": " + io.devplan.render.doc.SafeText.oneLine(words.text(f.said())) + " " + ansi.dim("[" + f.rule() + "]"));
        }
        out.flush();
    }

    private String say(ValidateText phrase, Object... args) {
        return words.text(phrase.with(args));
    }

    private void row(PrintWriter out, String what, int width, String text, String pattern) {
        out.println("  " + Text.pad(what, width) + "  " + text + "  " + ansi.dim("[" + pattern + "]"));
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

    /** What a time frame means; the grammar's notes are its own (English) text. */
    private String time(TimeFrame t) {
        return switch (t.kind()) {
            case DATE, PERIOD -> t.date() != null
                    ? (t.note() != null ? say(ValidateText.TIME_DATE_NOTE, "date", t.date(), "note", t.note()) : t.date().toString())
                    : t.note() != null ? say(ValidateText.TIME_NO_DAY_NOTE, "note", t.note()) : say(ValidateText.TIME_NO_DAY);
            case RECURRENCE -> t.date() != null ? say(ValidateText.TIME_RHYTHM_UNTIL, "date", t.date())
                    : say(ValidateText.TIME_RHYTHM);
            case STANDARD -> say(ValidateText.TIME_STANDARD);
            case START -> t.date() != null ? say(ValidateText.TIME_START, "date", t.date()) : say(ValidateText.TIME_START_NO_DAY);
        };
    }

    private String measure(Measure m) {
        if (m.baseline() != null && m.target() != null) {
            return say(ValidateText.MEASURE_FROM_TO, "baseline", number(m.baseline()), "target", number(m.target()),
                    "unit", unit(m));
        }
        if (m.target() != null) {
            return number(m.target()) + unit(m);
        }
        if (m.unit() != null) {
            return m.unit();
        }
        if (!m.strong()) {
            return say(ValidateText.MEASURE_WEAK);
        }
        return say(m.pattern().startsWith("outcome.") ? ValidateText.MEASURE_OUTCOME : ValidateText.MEASURE_SEEN);
    }

    /** A number of the title as the reader's language writes it (English: as the plan does). */
    private String number(java.math.BigDecimal n) {
        return words.language() == io.devplan.domain.Language.EN ? Text.number(n) : words.number(n);
    }

    private static String unit(Measure m) {
        return m.unit() == null ? "" : (m.unit().startsWith("%") ? "" : " ") + clean(m.unit());
    }

    private static String clean(String s) {
        return io.devplan.render.doc.SafeText.oneLine(s);
    }
}
