package io.devplan.cli;

import io.devplan.JsonTree;
import io.devplan.render.doc.Block;
import io.devplan.render.doc.Document;
import io.devplan.render.doc.Line;
import io.devplan.render.doc.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

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

    /**
     * Text, Markdown and HTML are written from one model of the report; that model says what the
     * JSON report says, person by person and goal by goal. The writers are held to it by goldens.
     */
    @Test
    void theReportModelAgreesWithJson() {
        Document everyone = ReportCommandTest.document(List.of());
        List<List<String>> rows = new ArrayList<>();
        for (Block.Row r : table(everyone.blocks(), "Employee").rows()) {
            List<Line> c = r.cells();
            rows.add(List.of(r.keys().get("employee"), words(c.get(2)), meter(c.get(3)).map(m -> String.valueOf(m.percent()))
                    .orElse("null"), words(c.get(4)), words(c.get(7))));
        }
        assertThat(rows).isEqualTo(employeeNumbers(EVERYONE));

        Document alice = ReportCommandTest.document(List.of("alice-andersen"));
        List<List<String>> goals = new ArrayList<>();
        for (Block.Entry e : entries(alice.blocks())) {
            Span.Meter m = meter(e.details().get(0)).orElseThrow();
            goals.add(List.of(e.keys().get("goal"), String.valueOf(m.percent()), m.expected() == null ? "" : m.expected() + "%"));
        }
        assertThat(goals).isEqualTo(goalNumbers(ALICE));
    }

    @Test
    void everyFormatShowsWhatTheModelSays() {
        String text = ReportCommandTest.text(List.of("alice-andersen"), 100);
        String md = ReportCommandTest.report("alice-andersen", "--format", "markdown").out();
        String html = ReportCommandTest.report("alice-andersen", "--format", "html").out();
        for (List<String> g : goalNumbers(ALICE)) {
            assertThat(text).containsPattern(g.get(0) + "  [█░]+ +" + g.get(1) + "%");
            assertThat(md).containsPattern("`" + g.get(0) + "`  `[█░]+` " + g.get(1) + "%");
            assertThat(html).containsPattern("data-goal=\"" + g.get(0) + "\">\\n<h4>[^<]+</h4>\\n<p class=\"details\"><code>"
                    + g.get(0) + "</code>.*?<span class=\"progress\">" + g.get(1) + "%</span>");
        }
    }

    private static Block.Table table(List<Block> blocks, String firstHeading) {
        return (Block.Table) flatten(blocks).stream()
                .filter(b -> b instanceof Block.Table t && t.columns().get(0).heading().equals(firstHeading))
                .findFirst().orElseThrow();
    }

    private static List<Block.Entry> entries(List<Block> blocks) {
        return flatten(blocks).stream().filter(b -> b instanceof Block.Entry).map(b -> (Block.Entry) b).toList();
    }

    private static List<Block> flatten(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            out.add(b);
            if (b instanceof Block.Group g) {
                out.addAll(flatten(g.blocks()));
            }
        }
        return out;
    }

    private static Optional<Span.Meter> meter(Line l) {
        return l.spans().stream().filter(s -> s instanceof Span.Meter).map(s -> (Span.Meter) s).findFirst();
    }

    private static String words(Line l) {
        StringBuilder b = new StringBuilder();
        l.spans().forEach(s -> b.append(s instanceof Span.Words w ? w.text() : ""));
        return b.toString();
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

    private static List<List<String>> goalNumbers(Map<String, Object> json) {
        List<List<String>> out = new ArrayList<>();
        for (Map<String, Object> g : goalsByKey(json).values()) {
            out.add(List.of(str(g.get("id")), str(g.get("progress")), g.get("expected") == null ? "" : g.get("expected") + "%"));
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
