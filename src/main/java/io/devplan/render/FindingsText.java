package io.devplan.render;

import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Severity;

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

    /** @param shown how to name a file given relative to the repository root (relative to the current folder) */
    public FindingsText(Ansi ansi, Function<String, String> shown) {
        this.ansi = ansi;
        this.shown = shown;
    }

    public void print(List<Finding> findings, int files, int ignored, PrintWriter out) {
        String previous = null;
        for (Finding f : findings) {
            if (previous != null && !previous.equals(f.file())) {
                out.println();
            }
            previous = f.file();
            String where = shown.apply(f.file()) + (f.line() > 0 ? ":" + f.line() + ":" + f.column() : "");
            out.println(where + ": " + severity(f.severity()) + ": " + io.devplan.render.doc.SafeText.clean(f.message()) + " "
                    + ansi.dim("[" + f.rule() + "]"));
        }
        if (!findings.isEmpty()) {
            out.println();
        }
        out.println(summary(findings, files, ignored));
        out.flush();
    }

    private String severity(Severity s) {
        return switch (s) {
            case ERROR -> ansi.red(s.label());
            case WARNING -> ansi.yellow(s.label());
            case INFO -> ansi.dim(s.label());
        };
    }

    static String summary(List<Finding> findings, int files, int ignored) {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.stream().filter(f -> f.severity() == Severity.INFO).count();
        String checked = files == 1 ? "1 file" : files + " files";
        String head = findings.isEmpty() ? "No problems in " + checked
                : count(errors, "error") + ", " + count(warnings, "warning") + ", " + infos + " info in " + checked;
        return head + (ignored > 0 ? "; " + count(ignored, "finding") + " switched off by ignore comments" : "") + ".";
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** {@code validate --list-rules}: one rule a line, in the registry's order. */
    public static void printRules(List<Rule> rules, PrintWriter out) {
        int width = rules.stream().mapToInt(r -> r.name().length()).max().orElse(0);
        for (Rule r : rules) {
            out.println(Text.pad(r.name(), width) + "  " + Text.pad(r.criterion().label(), 6) + "  "
                    + Text.pad(r.severity().label(), 7) + "  " + r.summary());
        }
        out.flush();
    }
}
