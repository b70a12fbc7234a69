package io.devplan.render;

import io.devplan.domain.PersonLine;
import io.devplan.render.doc.Block;
import io.devplan.render.doc.Block.Column;
import io.devplan.render.doc.Line;
import io.devplan.render.doc.Tone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One line per person: what {@code devplan list} prints. */
public final class ListDocument {
    private ListDocument() {}

    /**
     * @param unreadable plans that could not be read
     * @param unmatched the filter in words when it selects no plan at all, else null
     */
    public static List<Block> of(List<PersonLine> people, LocalDate asOf, List<Unread> unreadable, String unmatched) {
        List<Block> out = new ArrayList<>();
        Notices.unreadable(unreadable, "those people are not listed").ifPresent(out::add);
        if (unmatched != null) {
            out.add(new Block.Paragraph(Line.of("No plan matches ").data(unmatched).words(".")));
            return out;
        }
        if (people.isEmpty()) {
            out.add(new Block.Paragraph(Line.of("No plans yet; add one with devplan new.")));
            return out;
        }
        List<Block.Row> rows = new ArrayList<>();
        for (PersonLine p : people) {
            rows.add(new Block.Row(List.of(
                    Line.ofData(p.name()),
                    Line.of().code(p.id()),
                    p.team() != null ? Line.ofData(p.team()) : Line.of("-"),
                    p.manager() != null ? Line.ofData(p.manager()) : Line.of("-"),
                    Line.of(Integer.toString(p.activeGoals())),
                    Line.of(p.lastCheckIn() != null ? p.lastCheckIn().toString() : "-"),
                    p.nextCheckIn() == null ? Line.of("none due")
                            : Line.of().styled(p.checkInOverdue() ? Tone.ALERT : null, p.nextCheckIn().toString()),
                    p.nextCheckIn() == null ? Line.of()
                            : Line.of().styled(p.checkInOverdue() ? Tone.ALERT : null, Phrases.relative(p.daysOverdue()))),
                    Map.of("employee", p.id())));
        }
        out.add(new Block.Table(List.of(Column.text("Name"), Column.fixed("Id"), Column.fixed("Team"),
                Column.fixed("Manager"), Column.number("Goals"), Column.fixed("Last"), Column.fixed("Next"),
                Column.text("").droppable(1)), rows));
        out.add(new Block.Paragraph(Line.of(people.size() + (people.size() == 1 ? " person" : " people")
                + ", as of " + asOf)));
        return out;
    }
}
