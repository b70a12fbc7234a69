package io.devplan.render;

import io.devplan.domain.Goal;
import io.devplan.domain.GoalView;
import io.devplan.domain.PlanView;
import io.devplan.domain.Report;
import io.devplan.render.doc.SafeText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as CSV (RFC 4180): a header row, then one row per goal (dropped goals count in no
 * total and are left out; employees without goals have no row). Lines end in CRLF; a field with
 * a comma, a double quote or a line break is quoted, its quotes doubled. Column names are the
 * JSON field names.
 */
public final class ReportCsv {
    static final List<String> HEADER = List.of("asOf", "employee", "name", "team", "manager", "goal", "title", "status",
            "start", "due", "progress", "expected", "behind", "atRisk", "overdue", "daysOverdue",
            "milestones", "milestonesDoneOnTime", "milestonesDoneLate", "milestonesOpen", "milestonesOverdue",
            "baseline", "target", "current", "unit", "lastValueDate", "file", "line");

    public void print(Report report, PrintWriter out) {
        line(out, HEADER);
        for (PlanView r : report.employees()) {
            var e = r.employee();
            for (GoalView gr : r.counted()) {
                Goal g = gr.goal();
                var m = gr.timeliness();
                List<String> cells = new ArrayList<>(List.of(report.asOf().toString(), e.id(), e.name(), s(e.team()),
                        s(e.manager()), g.id(), s(g.title()), g.status().yamlName(), s(g.start()), s(g.due()),
                        String.valueOf(gr.progress()), s(gr.expected()), String.valueOf(gr.behind()),
                        String.valueOf(gr.atRisk()), String.valueOf(gr.isOverdue()),
                        String.valueOf(gr.isOverdue() ? gr.dated().daysOverdue() : 0),
                        String.valueOf(m.total()), String.valueOf(m.doneOnTime()), String.valueOf(m.doneLate()),
                        String.valueOf(m.open()), String.valueOf(m.overdue()), Text.number(g.baseline()),
                        Text.number(g.target()), Text.number(g.current()), s(g.unit()),
                        gr.history().isEmpty() ? "" : gr.history().get(gr.history().size() - 1).date().toString(),
                        r.plan().file(), String.valueOf(g.pos().line())));
                line(out, cells);
            }
        }
        out.flush();
    }

    private static String s(Object o) {
        return o == null ? "" : o.toString();
    }

    private static void line(PrintWriter out, List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(field(cells.get(i)));
        }
        out.print(b.append("\r\n"));
    }

    /**
     * One field: quoted where RFC 4180 needs it, control characters replaced ({@link SafeText}),
     * and text that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or
     * a carriage return) prefixed with an apostrophe, as OWASP advises. Numbers stay numbers.
     */
    static String field(String raw) {
        String v = SafeText.clean(raw);
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !NUMBER.matcher(v).matches()) {
            v = "'" + v;
        }
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?");
}
