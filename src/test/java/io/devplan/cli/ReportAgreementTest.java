package io.devplan.cli;

import io.devplan.JsonTree;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The numbers every format shows agree with the JSON report over the example repository. */
class ReportAgreementTest {
    private static final Map<String, Object> EVERYONE = parse(ReportCommandTest.report("--format", "json").out());
    private static final Map<String, Object> ALICE = parse(ReportCommandTest.report("alice-andersen", "--format", "json").out());

    @Test
    void csvGoalRowsAgree() {
        String[] lines = ReportCommandTest.report("--format", "csv").out().split("\r\n");
        List<String> header = List.of(lines[0].split(","));
        Map<String, Map<String, Object>> goals = goalsByKey(EVERYONE);
        assertThat(lines).hasSize(goals.size() + 1);
        for (int i = 1; i < lines.length; i++) {
            List<String> cells = csv(lines[i]);
            Map<String, Object> g = goals.get(cells.get(header.indexOf("employee")) + "/" + cells.get(header.indexOf("goal")));
            assertThat(g).as(lines[i]).isNotNull();
            for (String field : List.of("progress", "expected", "behind", "atRisk", "overdue", "daysOverdue", "status", "due")) {
                assertThat(cells.get(header.indexOf(field))).as(field + " in " + lines[i]).isEqualTo(str(g.get(field)));
            }
            Map<?, ?> m = (Map<?, ?>) g.get("milestones");
            assertThat(cells.get(header.indexOf("milestonesDoneOnTime"))).isEqualTo(str(m.get("doneOnTime")));
            assertThat(cells.get(header.indexOf("milestonesOverdue"))).isEqualTo(str(m.get("overdue")));
        }
    }

    @Test
    void markdownAgrees() {
        String md = ReportCommandTest.report("--format", "markdown").out();
        Matcher row = Pattern.compile("^\\| .+? \\(`([^`]+)`\\) \\| [^|]* \\| (\\d+) \\| (?:`[█░]+` (\\d+)%|–) \\| (\\d+) \\|"
                + " [^|]* \\| [^|]* \\| (\\d+) \\|$", Pattern.MULTILINE).matcher(md);
        assertThat(employeeRows(row)).isEqualTo(employeeNumbers(EVERYONE));
        String alice = ReportCommandTest.report("alice-andersen", "--format", "markdown").out();
        Matcher goal = Pattern.compile("^\\| .+ \\(`([^`]+)`\\) \\| [a-z-]+ \\| `[█░]+` (\\d+)% \\| (\\d*%?) \\|", Pattern.MULTILINE)
                .matcher(alice);
        assertThat(goalRows(goal)).isEqualTo(goalNumbers(ALICE));
    }

    @Test
    void htmlAgrees() {
        String html = ReportCommandTest.report("--format", "html").out();
        Matcher row = Pattern.compile("<tr data-employee=\"([^\"]+)\">.*?class=\"num active\">(\\d+)<.*?<td>(?:.*?<span class=\"progress\">(\\d+)%|–)"
                + ".*?class=\"num overdue\">(\\d+)<.*?class=\"num atrisk\">(\\d+)<").matcher(html);
        assertThat(employeeRows(row)).isEqualTo(employeeNumbers(EVERYONE));
        String alice = ReportCommandTest.report("alice-andersen", "--format", "html").out();
        Matcher goal = Pattern.compile("<tr data-employee=\"[^\"]+\" data-goal=\"([^\"]+)\">.*?<span class=\"progress\">(\\d+)%"
                + "</span></td><td class=\"num expected\">(\\d*%?)</td>").matcher(alice);
        assertThat(goalRows(goal)).isEqualTo(goalNumbers(ALICE));
    }

    @Test
    void textAgrees() {
        String text = ReportCommandTest.text(List.of(), 100);
        Map<String, String> idsByName = new LinkedHashMap<>();
        for (Object e : (List<?>) EVERYONE.get("employees")) {
            idsByName.put((String) ((Map<?, ?>) e).get("name"), (String) ((Map<?, ?>) e).get("id"));
        }
        Matcher row = Pattern.compile("^  (\\S.*?)\\s{2,}\\S+\\s+(\\d+)  (?:[█░]+\\s+(\\d+)%|–)\\s+(\\d+)  \\S+\\s+\\S+\\s+(\\d+)$",
                Pattern.MULTILINE).matcher(text);
        List<List<String>> rows = new ArrayList<>();
        while (row.find()) {
            rows.add(List.of(idsByName.get(row.group(1)), row.group(2), String.valueOf(row.group(3)), row.group(4), row.group(5)));
        }
        assertThat(rows).isEqualTo(employeeNumbers(EVERYONE));
        Map<?, ?> totals = (Map<?, ?>) EVERYONE.get("totals");
        List<String> byStatus = new ArrayList<>();
        ((Map<?, ?>) totals.get("goalsByStatus")).forEach((s, n) -> byStatus.add(s + " " + n));
        assertThat(text).contains("Goals by status  " + String.join(" · ", byStatus));
        Map<?, ?> checkIns = (Map<?, ?>) totals.get("checkIns");
        assertThat(text).contains(checkIns.get("held") + " held, " + checkIns.get("withinCadence") + " within cadence ("
                + checkIns.get("withinCadenceShare") + "%)");

        String alice = ReportCommandTest.text(List.of("alice-andersen"), 100);
        Matcher goal = Pattern.compile("^    (\\S+)  [█░]+\\s+(\\d+)%(?:  expected (\\d+%))?", Pattern.MULTILINE).matcher(alice);
        assertThat(goalRows(goal)).isEqualTo(goalNumbers(ALICE));
    }

    // ---- what JSON says

    private static List<List<String>> employeeNumbers(Map<String, Object> json) {
        List<List<String>> out = new ArrayList<>();
        for (Object o : (List<?>) json.get("employees")) {
            Map<?, ?> e = (Map<?, ?>) o;
            out.add(List.of(str(e.get("id")), str(e.get("activeGoals")), String.valueOf(e.get("averageProgress")),
                    str(e.get("overdueItems")), str(e.get("atRiskGoals"))));
        }
        return out;
    }

    private static List<List<String>> employeeRows(Matcher m) {
        List<List<String>> out = new ArrayList<>();
        while (m.find()) {
            out.add(List.of(m.group(1), m.group(2), String.valueOf(m.group(3)), m.group(4), m.group(5)));
        }
        return out;
    }

    private static List<List<String>> goalNumbers(Map<String, Object> json) {
        List<List<String>> out = new ArrayList<>();
        for (Map<String, Object> g : goalsByKey(json).values()) {
            out.add(List.of(str(g.get("id")), str(g.get("progress")), g.get("expected") == null ? "" : g.get("expected") + "%"));
        }
        return out;
    }

    private static List<List<String>> goalRows(Matcher m) {
        List<List<String>> out = new ArrayList<>();
        while (m.find()) {
            out.add(List.of(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> goalsByKey(Map<String, Object> json) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Object e : (List<?>) json.get("employees")) {
            for (Object g : (List<?>) ((Map<?, ?>) e).get("goals")) {
                Map<String, Object> goal = (Map<String, Object>) g;
                out.put(((Map<?, ?>) e).get("id") + "/" + goal.get("id"), goal);
            }
        }
        return out;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    /** A CSV record split into fields, undoing RFC 4180 quoting. */
    private static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }

    static Map<String, Object> parse(String json) {
        return JsonTree.object(JsonTree.parse(json));
    }
}
