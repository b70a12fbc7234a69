package io.devplan.render;

import io.devplan.domain.Said;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Severity;
import io.devplan.domain.validate.ValidateText;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/**
 * validate's text output: {@code FILE:LINE:COLUMN: severity: message [rule]}, one line per
 * finding as compilers write them (so editors can jump to them), grouped by file with a blank
 * line between files, then one summary line. Lines are not cut to the terminal width: a cut
 * line would lose the fix the message explains.
 */
public final class FindingsText {
    private final Ansi ansi;
    private final Function<String, String> shown;
    private final Words words;

    /**
     * @param shown how to name a file given relative to the repository root (relative to the current folder)
     * @param words the reader's language for the messages and the summary line; the place, the
     *     severity and the rule stay as they are in every language (editors and scripts read them)
     */
    public FindingsText(Ansi ansi, Function<String, String> shown, Words words) {
        this.ansi = ansi;
        this.shown = shown;
        this.words = words;
    }

    public void print(List<Finding> findings, int files, int ignored, PrintWriter out) {
        String previous = null;
        for (Finding f : findings) {
            if (previous != null && !previous.equals(f.file())) {
                out.println();
            }
            previous = f.file();
            String where = shown.apply(f.file()) + (f.line() > 0 ? ":" + f.line() + ":" + f.column() : "");
            out.println(where + ": " + severity(f.severity()) + ": " + io.devplan.render.doc.SafeText.clean(words.text(f.said())) + " "
                    + ansi.dim("[" + f.rule() + "]"));
        }
        if (!findings.isEmpty()) {
            out.println();
        }
        out.println(words.text(summary(findings, files, ignored)));
        out.flush();
    }

    private String severity(Severity s) {
        return switch (s) {
            case ERROR -> ansi.red(s.label());
            case WARNING -> ansi.yellow(s.label());
            case INFO -> ansi.dim(s.label());
        };
    }

    /** The line after the findings: how many of each severity in how many files, and how many were switched off. */
    static Said summary(List<Finding> findings, int files, int ignored) {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.stream().filter(f -> f.severity() == Severity.INFO).count();
        Said checked = ValidateText.FILES.count(files);
        Said off = ValidateText.FINDINGS.count(ignored);
        if (findings.isEmpty()) {
            return ignored > 0 ? ValidateText.RUN_CLEAN_IGNORED.with("files", checked, "ignored", off)
                    : ValidateText.RUN_CLEAN.with("files", checked);
        }
        Object[] counts = {"errors", ValidateText.ERRORS.count(errors), "warnings", ValidateText.WARNINGS.count(warnings),
            "infos", ValidateText.INFOS.count(infos), "files", checked, "ignored", off};
        return (ignored > 0 ? ValidateText.RUN_FOUND_IGNORED : ValidateText.RUN_FOUND).with(counts);
    }

    /**
     * {@code validate --list-rules}: one rule a line, in the registry's order; the summary in the
     * reader's language, the name, criterion and severity as validate writes them everywhere.
     */
    public static void printRules(List<Rule> rules, Words words, PrintWriter out) {
        int width = rules.stream().mapToInt(r -> r.name().length()).max().orElse(0);
        for (Rule r : rules) {
            out.println(Text.pad(r.name(), width) + "  " + Text.pad(r.criterion().label(), 6) + "  "
                    + Text.pad(r.severity().label(), 7) + "  " + words.text(r.summary()));
        }
        out.flush();
    }
}
