package io.devplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlEditorTest {
    private static final List<String> CHECKIN_ORDER = List.of("date", "with", "notes", "progress", "next");
    private static final List<String> MILESTONE_ORDER = List.of("id", "title", "due", "done");
    private static final List<String> TOP = List.of("employee", "feedback", "goals", "checkins", "achievements");

    private static YamlValue checkin(String date, String notes) {
        Map<String, YamlValue> m = new LinkedHashMap<>();
        m.put("date", new YamlValue.Raw(date));
        m.put("notes", YamlValue.text(notes));
        return new YamlValue.Mapping(m);
    }

    private static String append(String yaml, YamlValue item) {
        return new YamlEditor(yaml).append(List.of(), "checkins", item, TOP).text();
    }

    @Test
    void changesAScalarInItsSpanOnly() {
        String before = "goals:\n  - id: g  # the goal\n    current:   1   # was 0\n    target: 4\n";
        String after = new YamlEditor(before).set(List.of("goals", 0), "current", new YamlValue.Raw("3"), List.of()).text();
        assertThat(after).isEqualTo("goals:\n  - id: g  # the goal\n    current:   3   # was 0\n    target: 4\n");
    }

    @Test
    void fillsAnEmptyValueAndANull() {
        String before = "m:\n  - id: a\n    done:\n  - {id: b, done: null}\n";
        YamlEditor e = new YamlEditor(before);
        e.set(List.of("m", 0), "done", new YamlValue.Raw("2026-11-22"), MILESTONE_ORDER);
        e.set(List.of("m", 1), "done", new YamlValue.Raw("2026-11-23"), MILESTONE_ORDER);
        assertThat(e.text()).isEqualTo("m:\n  - id: a\n    done: 2026-11-22\n  - {id: b, done: 2026-11-23}\n");
    }

    @Test
    void addsAKeyAfterItsPredecessorInBlockAndFlowMappings() {
        String before = "m:\n  - id: a\n    due: 2026-01-01 # soon\n    x-note: keep\n  - {id: b, title: B }\n";
        YamlEditor e = new YamlEditor(before);
        e.set(List.of("m", 0), "done", new YamlValue.Raw("2026-11-22"), MILESTONE_ORDER);
        e.set(List.of("m", 1), "done", new YamlValue.Raw("2026-11-23"), MILESTONE_ORDER);
        assertThat(e.text()).isEqualTo("m:\n  - id: a\n    due: 2026-01-01 # soon\n    done: 2026-11-22\n"
                + "    x-note: keep\n  - {id: b, title: B, done: 2026-11-23 }\n");
    }

    @Test
    void appendsAfterTheLastItemKeepingBlankLinesAndTrailingComments() {
        String before = """
                checkins:
                  - date: 2026-01-01
                    notes: one

                  - date: 2026-02-01
                    notes: two
                  # next time: ask about the course

                achievements: []
                """;
        assertThat(append(before, checkin("2026-03-01", "three"))).isEqualTo("""
                checkins:
                  - date: 2026-01-01
                    notes: one

                  - date: 2026-02-01
                    notes: two

                  - date: 2026-03-01
                    notes: three
                  # next time: ask about the course

                achievements: []
                """);
    }

    @Test
    void aKeepBlockKeepsItsTrailingLinesWhenAnItemFollowsIt() {
        String before = "checkins:\n  - date: 2026-01-01\n    notes: |+\n      One.\n\n\n";
        String after = append(before, checkin("2026-03-01", "two"));
        assertThat(after).startsWith(before);
        List<Problem> problems = new java.util.ArrayList<>();
        YNode.Map root = (YNode.Map) YamlTree.parse("a", after, problems);
        YNode.Map first = (YNode.Map) ((YNode.Seq) root.get("checkins")).items().get(0);
        assertThat(((YNode.Scalar) first.get("notes")).value()).isEqualTo("One.\n\n\n");
    }

    @Test
    void turnsAnEmptyKeyIntoABlockList() {
        String before = "employee:\n  id: a\n\ncheckins:\n\nachievements:\n";
        assertThat(append(before, checkin("2026-03-01", "first"))).isEqualTo(
                "employee:\n  id: a\n\ncheckins:\n  - date: 2026-03-01\n    notes: first\n\nachievements:\n");
        assertThat(append("employee:\n    id: a\ncheckins: ~  # none yet\n", checkin("2026-03-01", "fine")))
                .isEqualTo("employee:\n    id: a\ncheckins:  # none yet\n    - date: 2026-03-01\n      notes: fine\n");
        assertThat(append("employee: {id: a}\ncheckins: []\n", checkin("2026-03-01", "fine")))
                .isEqualTo("employee: {id: a}\ncheckins:\n  - date: 2026-03-01\n    notes: fine\n");
    }

    @Test
    void followsListsWrittenAtTheKeysColumn() {
        String before = "feedback:\n- id: f\n  text: t\ncheckins:\n- date: 2026-01-01\n";
        assertThat(append(before, checkin("2026-03-01", "fine")))
                .isEqualTo(before + "- date: 2026-03-01\n  notes: fine\n");
        String wide = "checkins:\n    -   date: 2026-01-01\n        notes: a\n";
        assertThat(append(wide, checkin("2026-03-01", "fine")))
                .isEqualTo(wide + "    -   date: 2026-03-01\n        notes: fine\n");
    }

    @Test
    void addsAMissingTopKeyAfterItsPredecessorWithTheFilesBlankLines() {
        String before = "employee:\n  id: a\n\ngoals:\n  - id: g\n\nachievements:\n  - title: t\n";
        assertThat(append(before, checkin("2026-03-01", "fine"))).isEqualTo(
                "employee:\n  id: a\n\ngoals:\n  - id: g\n\ncheckins:\n  - date: 2026-03-01\n    notes: fine\n"
                        + "\nachievements:\n  - title: t\n");
    }

    @Test
    void keepsCrlfAndAMissingFinalNewline() {
        String before = "checkins:\r\n  - date: 2026-01-01\r\n    notes: a";
        assertThat(append(before, checkin("2026-03-01", "two\nlines")))
                .isEqualTo("checkins:\r\n  - date: 2026-01-01\r\n    notes: a\r\n  - date: 2026-03-01\r\n"
                        + "    notes: |-\r\n      two\r\n      lines");
    }

    @Test
    void writesTextInTheStyleOfTheNeighbour() {
        String before = "checkins:\n  - date: 2026-01-01\n    notes: |\n      Block text.\n\n\n";
        // Issue 12: one line stays one line, without the line break a block would add to it.
        assertThat(append(before, checkin("2026-03-01", "One line")))
                .isEqualTo("checkins:\n  - date: 2026-01-01\n    notes: |\n      Block text.\n"
                        + "  - date: 2026-03-01\n    notes: One line\n\n\n");
        String indented = "checkins:\n  - date: 2026-01-01\n    notes: >\n        Folded.\n";
        assertThat(append(indented, checkin("2026-03-01", "Two\nlines\n")))
                .isEqualTo(indented + "  - date: 2026-03-01\n    notes: |\n        Two\n        lines\n");
        String quoted = "checkins:\n  - date: 2026-01-01\n    notes: 'a'\n";
        assertThat(append(quoted, checkin("2026-03-01", "it's")))
                .isEqualTo(quoted + "  - date: 2026-03-01\n    notes: 'it''s'\n");
    }

    @Test
    void keepsTheTrailingLinesOfAKeepBlockWhenAppendingAfterIt() {
        // Issue 12: the blank lines of |+ belong to its text; the next check-in goes after them.
        String before = "checkins:\n  - date: 2026-01-01\n    notes: |+\n      Kept.\n\n\nachievements: []\n";
        String after = append(before, checkin("2026-03-01", "three"));
        assertThat(after).isEqualTo("checkins:\n  - date: 2026-01-01\n    notes: |+\n      Kept.\n\n\n"
                + "  - date: 2026-03-01\n    notes: three\nachievements: []\n");
        assertThat(notes(after, 0)).isEqualTo("Kept.\n\n\n");
        String last = "checkins:\n  - date: 2026-01-01\n    notes: >+\n      Kept at the end.\n\n";
        assertThat(notes(append(last, checkin("2026-03-01", "three")), 0)).isEqualTo("Kept at the end.\n\n");
    }

    @Test
    void aBlockTextSetToOneLineKeepsItsStyleWithoutALineBreak() {
        String before = "m:\n  - id: a\n    note: |\n      Old text\n      of two lines.\n    due: 2026-01-01\n";
        String after = new YamlEditor(before).set(List.of("m", 0), "note", YamlValue.text("New"), List.of()).text();
        assertThat(after).isEqualTo("m:\n  - id: a\n    note: |-\n      New\n    due: 2026-01-01\n");
    }

    private static String notes(String yaml, int index) {
        YNode.Map root = (YNode.Map) YamlTree.parse("t", yaml, new java.util.ArrayList<>());
        YNode.Seq checkins = (YNode.Seq) root.get("checkins");
        return ((YNode.Scalar) ((YNode.Map) checkins.items().get(index)).get("notes")).value();
    }

    @Test
    void appendsToOneLineLists() {
        String before = "goals:\n  - id: g\n    addresses: [a, b]  # why\n    aligns: []\n";
        YamlEditor e = new YamlEditor(before);
        e.append(List.of("goals", 0), "addresses", YamlValue.text("c"), List.of());
        e.append(List.of("goals", 0), "aligns", YamlValue.text("d"), List.of());
        assertThat(e.text()).isEqualTo("goals:\n  - id: g\n    addresses: [a, b, c]  # why\n    aligns: [d]\n");
    }

    @Test
    void appendsAFlowItemAmongFlowItems() {
        String before = "m:\n  - {id: a, title: A}\n";
        Map<String, YamlValue> item = new LinkedHashMap<>();
        item.put("id", YamlValue.text("b"));
        item.put("title", YamlValue.text("B: two"));
        String after = new YamlEditor(before).append(List.of(), "m", new YamlValue.Mapping(item), List.of()).text();
        assertThat(after).isEqualTo("m:\n  - {id: a, title: A}\n  - {id: b, title: \"B: two\"}\n");
    }

    @Test
    void writesNestedMappingsWithTheFilesStep() {
        String before = "employee:\n    id: a\ncheckins:\n";
        Map<String, YamlValue> m = new LinkedHashMap<>();
        m.put("date", new YamlValue.Raw("2026-03-01"));
        m.put("progress", new YamlValue.Mapping(Map.of("g", new YamlValue.Raw("2"))));
        assertThat(append(before, new YamlValue.Mapping(m))).isEqualTo(
                "employee:\n    id: a\ncheckins:\n    - date: 2026-03-01\n      progress:\n          g: 2\n");
    }
}
