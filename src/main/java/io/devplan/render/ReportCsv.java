package io.devplan.render;

import io.devplan.domain.EmployeeReport;
import io.devplan.domain.Goal;
import io.devplan.domain.GoalReport;
import io.devplan.domain.Report;
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
        for (EmployeeReport r : report.employees()) {
            var e = r.employee();
            for (GoalReport gr : r.goals()) {
                Goal g = gr.goal();
                var m = gr.milestones();
                List<String> cells = new ArrayList<>(List.of(report.asOf().toString(), e.id(), e.name(), s(e.team()),
                        s(e.manager()), g.id(), s(g.title()), g.status().yamlName(), s(g.start()), s(g.due()),
                        String.valueOf(gr.progress()), s(gr.expected()), String.valueOf(gr.behind()),
                        String.valueOf(gr.atRisk()), String.valueOf(gr.overdue()), String.valueOf(gr.daysOverdue()),
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

    static String field(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
