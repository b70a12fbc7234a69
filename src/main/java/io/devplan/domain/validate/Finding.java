package io.devplan.domain.validate;

/**
 * One thing validate says about a file.
 *
 * @param file the file relative to the repository root, with forward slashes
 * @param line 1-based, or 0 when the finding concerns the whole file
 * @param employee the plan's employee id (for an unreadable plan, its file name stem), or null
 * @param goal the id of the goal it is about, or null
 * @param said what it says, in words for the reader's language
 */
public record Finding(String file, int line, int column, Severity severity, String rule, Criterion criterion,
                      String employee, String goal, io.devplan.domain.Said said) {

    /** The message in English: what JSON and SARIF carry whatever the reader's language. */
    public String message() {
        return said.english();
    }

    /** Files in name order, then places in file order, then rule names: stable output for diffs. */
    public static final java.util.Comparator<Finding> ORDER = java.util.Comparator
            .comparing(Finding::file, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::rule);
}
