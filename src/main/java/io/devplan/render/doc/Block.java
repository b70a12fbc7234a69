package io.devplan.render.doc;

import io.devplan.domain.DatedValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A part of a {@link Document}; each writer has one way to show each kind. */
public sealed interface Block {
    /**
     * A heading: level 2 heads a person or a part of the whole, level 3 a section within it.
     *
     * @param note a short remark shown beside or below it; empty for none
     */
    record Heading(int level, Line text, Line note) implements Block {}

    record Paragraph(Line text) implements Block {}

    /**
     * A thing with a title, a few lines about it and what belongs to it: a goal.
     *
     * @param keys what it is, for scripts (HTML writes them as {@code data-} attributes)
     */
    record Entry(Line title, List<Line> details, List<Block> children, Map<String, String> keys) implements Block {
        public Entry {
            details = List.copyOf(details);
            children = List.copyOf(children);
            keys = Map.copyOf(keys);
        }
    }

    /** Marked items, each one line with more lines below it. */
    record Bullets(List<Bullet> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    record Bullet(Mark mark, Line text, List<Line> more) {
        public Bullet {
            more = List.copyOf(more);
        }
    }

    /**
     * Rows of cells under column headings.
     *
     * @param caption what the table shows, or null
     * @param quiet the cells speak for themselves: a terminal shows no heading row
     */
    record Table(List<Column> columns, List<Row> rows, Line caption, boolean quiet) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        public Table(List<Column> columns, List<Row> rows) {
            this(columns, rows, null, false);
        }
    }

    /**
     * A column: how it aligns, whether its cells may be cut or wrapped ({@code flex}: titles and
     * notes; dates, numbers and ids never are), and when it gives way on a narrow terminal
     * ({@code drop}: 0 never, higher numbers first).
     */
    record Column(String heading, boolean right, boolean flex, int drop) {
        public static Column text(String heading) {
            return new Column(heading, false, true, 0);
        }

        public static Column fixed(String heading) {
            return new Column(heading, false, false, 0);
        }

        public static Column number(String heading) {
            return new Column(heading, true, false, 0);
        }

        public Column droppable(int order) {
            return new Column(heading, right, flex, order);
        }
    }

    /** @param keys what the row is about, for scripts (HTML {@code data-} attributes) */
    record Row(List<Line> cells, Map<String, String> keys) {
        public Row {
            cells = List.copyOf(cells);
            keys = Map.copyOf(keys);
        }
    }

    /** Labelled values, such as totals: each label with one or more parts. */
    record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    record Fact(String label, List<Line> parts) {
        public Fact {
            parts = List.copyOf(parts);
        }
    }

    /**
     * Values over time: HTML draws it; text and Markdown show {@code summary}.
     *
     * @param floor the lower end of the scale (a baseline), or null
     * @param target a target line, or null
     */
    record Chart(String title, List<DatedValue> values, BigDecimal floor, BigDecimal target, String unit,
                 Line summary, Line caption) implements Block {
        public Chart {
            values = List.copyOf(values);
        }
    }

    /**
     * Blocks that belong together (one person's page of a report): HTML puts them in a
     * {@code section} of {@code kind}, and starts each on a new printed page.
     */
    record Group(String kind, String anchor, List<Block> blocks) implements Block {
        public Group {
            blocks = List.copyOf(blocks);
        }
    }

    /** Something the reader must not miss: plans that could not be read. */
    record Notice(Line text) implements Block {}
}
