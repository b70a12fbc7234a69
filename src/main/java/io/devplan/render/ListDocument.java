package io.devplan.render;

import io.devplan.domain.DueKind;
import io.devplan.domain.PersonLine;
import io.devplan.domain.PlanFilter;
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
    private final Phrases p;

    private ListDocument(Phrases phrases) {
        this.p = phrases;
    }

    /**
     * @param unreadable plans that could not be read
     * @param unmatched the filter when it selects no plan at all, else null
     */
    public static List<Block> of(List<PersonLine> people, LocalDate asOf, List<Unread> unreadable,
                                 PlanFilter unmatched, Words words) {
        return new ListDocument(new Phrases(words)).build(people, asOf, unreadable, unmatched);
    }

    private List<Block> build(List<PersonLine> people, LocalDate asOf, List<Unread> unreadable, PlanFilter unmatched) {
        List<Block> out = new ArrayList<>();
        Notices.unreadable(unreadable, Msg.UNREADABLE_LIST, p.words()).ifPresent(out::add);
        if (unmatched != null) {
            out.add(new Block.Paragraph(p.line(Msg.NO_PLAN_MATCHES, "filter", p.scope(unmatched))));
            return out;
        }
        if (people.isEmpty()) {
            out.add(new Block.Paragraph(p.line(Msg.NO_PLANS_YET)));
            return out;
        }
        List<Block.Row> rows = new ArrayList<>();
        for (PersonLine person : people) {
            Tone tone = person.checkInOverdue() ? Tone.ALERT : null;
            rows.add(new Block.Row(List.of(
                    Line.ofData(person.name()),
                    Line.of().code(person.id()),
                    person.team() != null ? Line.ofData(person.team()) : Line.of("-"),
                    person.manager() != null ? Line.ofData(person.manager()) : Line.of("-"),
                    Line.of(p.number(person.activeGoals())),
                    Line.of(person.lastCheckIn() != null ? person.lastCheckIn().toString() : "-"),
                    person.nextCheckIn() == null ? Line.of(p.text(Msg.NONE_DUE))
                            : Line.of().styled(tone, person.nextCheckIn().toString()),
                    person.nextCheckIn() == null ? Line.of()
                            : Line.of().styled(tone, p.relative(person.daysOverdue(), DueKind.CHECKIN))),
                    Map.of("employee", person.id())));
        }
        out.add(new Block.Table(List.of(Column.text(p.text(Msg.COLUMN_NAME)), Column.fixed(p.text(Msg.COLUMN_ID)),
                Column.fixed(p.text(Msg.COLUMN_TEAM)), Column.fixed(p.text(Msg.COLUMN_MANAGER)),
                Column.number(p.text(Msg.COLUMN_GOALS)), Column.fixed(p.text(Msg.COLUMN_LAST)),
                Column.fixed(p.text(Msg.COLUMN_NEXT)), Column.text("").droppable(1)), rows));
        out.add(new Block.Paragraph(Line.of(p.count(Msg.PEOPLE_AS_OF, people.size(), "date", asOf))));
        return out;
    }
}
