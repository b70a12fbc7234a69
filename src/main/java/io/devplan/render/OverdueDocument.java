package io.devplan.render;

import io.devplan.domain.DueItem;
import io.devplan.domain.DueKind;
import io.devplan.domain.PlanFilter;
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
    private final Phrases p;

    private OverdueDocument(Phrases phrases) {
        this.p = phrases;
    }

    /**
     * @param soonDays the due-soon window, negative when there is none
     * @param unreadable plans that could not be read
     * @param unmatched the filter when it selects no plan at all, else null
     */
    public static List<Block> of(List<DueItem> items, LocalDate asOf, int soonDays, List<Unread> unreadable,
                                 PlanFilter unmatched, Words words) {
        return new OverdueDocument(new Phrases(words)).build(items, asOf, soonDays, unreadable, unmatched);
    }

    private List<Block> build(List<DueItem> items, LocalDate asOf, int soonDays, List<Unread> unreadable,
                              PlanFilter unmatched) {
        List<Block> out = new ArrayList<>();
        Notices.unreadable(unreadable, Msg.UNREADABLE_OVERDUE, p.words()).ifPresent(out::add);
        if (unmatched != null) {
            // "Nothing overdue" would read as good news; the filter found nobody to ask about.
            out.add(new Block.Paragraph(p.line(Msg.NO_PLAN_MATCHES, "filter", p.scope(unmatched))));
            return out;
        }
        if (items.isEmpty()) {
            out.add(new Block.Paragraph(soonDays >= 0
                    ? p.line(Msg.NOTHING_OVERDUE_WITHIN, "days", p.days(soonDays), "date", asOf)
                    : p.line(Msg.NOTHING_OVERDUE, "date", asOf)));
            return out;
        }
        boolean owners = items.stream().anyMatch(i -> i.owner() != null);
        List<Block.Row> rows = new ArrayList<>();
        for (DueItem i : items) {
            List<Line> cells = new ArrayList<>(List.of(Line.of(i.due().toString()),
                    Line.of().styled(i.isOverdue() ? Tone.ALERT : null, late(i)), Line.of().code(i.employee()),
                    Line.of(p.name(i.kind())), i.id() == null ? Line.of("-") : Line.of().code(i.id())));
            if (owners) {
                cells.add(i.kind() == DueKind.ACTION && i.owner() != null ? Line.ofData(i.owner()) : Line.of());
            }
            cells.add(Line.ofData(i.title()));
            rows.add(new Block.Row(cells, Map.of()));
        }
        List<Column> columns = new ArrayList<>(List.of(Column.fixed(p.text(Msg.COLUMN_DUE)), Column.fixed(p.text(Msg.COLUMN_LATE)),
                Column.fixed(p.text(Msg.COLUMN_EMPLOYEE)), Column.fixed(p.text(Msg.COLUMN_KIND)).droppable(2),
                Column.fixed(p.text(Msg.COLUMN_ITEM))));
        if (owners) {
            columns.add(Column.text(p.text(Msg.COLUMN_OWNER)).droppable(1));
        }
        columns.add(Column.text(p.text(Msg.COLUMN_TITLE)));
        out.add(new Block.Table(columns, rows));
        long overdue = items.stream().filter(DueItem::isOverdue).count();
        out.add(new Block.Paragraph(soonDays >= 0
                ? p.line(Msg.OVERDUE_TOTAL_WITHIN, "n", p.number(overdue), "soon", p.number(items.size() - overdue),
                        "days", p.days(soonDays), "date", asOf)
                : p.line(Msg.OVERDUE_TOTAL, "n", p.number(overdue), "date", asOf)));
        return out;
    }

    /** "12 days" late, "today", "in 3 days": short, under a Late heading. */
    private String late(DueItem i) {
        long d = i.daysOverdue();
        return d > 0 ? p.days(d) : p.relative(d, i.kind());
    }
}
