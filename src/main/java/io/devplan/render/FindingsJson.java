package io.devplan.render;

import io.devplan.domain.validate.Finding;
import java.io.Writer;
import java.util.List;

/**
 * validate's JSON output, the shape of the command-line contract: an array of findings, each
 * with file (relative to the repository root), line, column (null when the finding concerns the
 * whole file), severity, rule, criterion, employee, goal and message.
 */
public final class FindingsJson {
    private FindingsJson() {}

    public static void print(List<Finding> findings, Writer out) {
        try (Json json = new Json(out)) {
            json.startArray();
            for (Finding f : findings) {
                json.startObject()
                        .put("file", f.file())
                        .put("line", f.line() > 0 ? Integer.valueOf(f.line()) : null)
                        .put("column", f.line() > 0 ? Integer.valueOf(f.column()) : null)
                        .put("severity", f.severity().label())
                        .put("rule", f.rule())
                        .put("criterion", f.criterion().label())
                        .put("employee", f.employee())
                        .put("goal", f.goal())
                        .put("message", f.message())
                        .endObject();
            }
            json.endArray();
        }
    }
}
