package io.devplan.render;

import io.devplan.domain.DueItem;
import io.devplan.domain.DueKind;
import io.devplan.render.doc.Block.Column;
import io.devplan.render.doc.Block;
import io.devplan.render.doc.Line;
import io.devplan.render.doc.Tone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Overdue and due-soon items as a table: what {@code devplan overdue} prints. */
public final class OverdueDocument {
    private OverdueDocument() {}

    /**
     * @param soonDays the due-soon window, negative when there is none
     * @param unreadable plans that could not be read
     * @param unmatched the filter in words when it selects no plan at all, else null
     */
    public static List<Block> of(List<DueItem> items, LocalDate asOf, int soonDays, List<Unread> unreadable,
                                 String unmatched) {
        List<Block> out = new ArrayList<>();
        Notices.unreadable(unreadable, "what is late there is not listed").ifPresent(out::add);
        if (unmatched != null) {
            // "Nothing overdue" would read as good news; the filter found nobody to ask about.
            out.add(new Block.Paragraph(Line.of("No plan matches ").data(unmatched).words(".")));
            return out;
        }
        String scope = soonDays >= 0 ? "overdue or due within " + Phrases.days(soonDays) : "overdue";
        if (items.isEmpty()) {
            out.add(new Block.Paragraph(Line.of("Nothing " + scope + " as of " + asOf + ".")));
            return out;
        }
        boolean owners = items.stream().anyMatch(i -> i.owner() != null);
        List<Block.Row> rows = new ArrayList<>();
        for (DueItem i : items) {
            List<Line> cells = new ArrayList<>(List.of(Line.of(i.due().toString()),
                    Line.of().styled(i.isOverdue() ? Tone.ALERT : null, late(i)), Line.of().code(i.employee()),
                    Line.of(i.kind().yamlName()), i.id() == null ? Line.of("-") : Line.of().code(i.id())));
            if (owners) {
                cells.add(i.kind() == DueKind.ACTION && i.owner() != null ? Line.ofData(i.owner()) : Line.of());
            }
            cells.add(Line.ofData(i.title()));
            rows.add(new Block.Row(cells, Map.of()));
        }
        List<Column> columns = new ArrayList<>(List.of(Column.fixed("Due"), Column.fixed("Late"), Column.fixed("Employee"),
                Column.fixed("Kind").droppable(2), Column.fixed("Item")));
        if (owners) {
            columns.add(Column.text("Owner").droppable(1));
        }
        columns.add(Column.text("Title"));
        out.add(new Block.Table(columns, rows));
        long overdue = items.stream().filter(DueItem::isOverdue).count();
        out.add(new Block.Paragraph(Line.of(overdue + " overdue" + (soonDays >= 0 ? ", " + (items.size() - overdue)
                + " due within " + Phrases.days(soonDays) : "") + ", as of " + asOf)));
        return out;
    }

    /** "12 days" late, "today", "in 3 days": short, under a Late heading. */
    private static String late(DueItem i) {
        long d = i.daysOverdue();
        return d > 0 ? Phrases.days(d) : Phrases.relative(d);
    }
}
