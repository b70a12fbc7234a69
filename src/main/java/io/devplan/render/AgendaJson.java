package io.devplan.render;

import io.devplan.domain.Achievement;
import io.devplan.domain.Agenda;
import io.devplan.domain.ClearingCommand;
import io.devplan.domain.DueItem;
import io.devplan.domain.Feedback;
import io.devplan.domain.GoalView;
import io.devplan.domain.ItemView;
import io.devplan.domain.PlanView;
import io.devplan.domain.SupportView;
import java.io.Writer;

/** The agenda as one JSON object: the same sections as the text, for scripts and note templates. */
public final class AgendaJson {
    private AgendaJson() {}

    public static void write(Agenda a, Writer out) {
        PlanView v = a.view();
        try (Json j = new Json(out)) {
            j.startObject().put("asOf", v.asOf()).put("employee", v.id()).put("name", v.employee().name())
                    .put("nextCheckIn", v.nextCheckIn() == null ? null : v.nextCheckIn().due())
                    .put("checkInOverdue", v.checkInOverdue());
            j.startArray("toCelebrate");
            for (Achievement x : v.toCelebrate()) {
                j.startObject().put("date", x.date()).put("title", x.title()).put("goal", x.goal())
                        .put("line", (long) x.pos().line())
                        .put("command", ShellWords.join(ClearingCommand.of(v.id(), x))).endObject();
            }
            j.endArray().startArray("progress");
            for (GoalView g : a.progress()) {
                var m = g.movement();
                j.startObject().put("goal", g.id()).put("title", g.goal().title()).put("status", g.status().yamlName())
                        .put("progress", (long) g.progress()).put("before", m.before()).put("now", m.now())
                        .put("moved", m.moved());
                ids(j, "milestonesDone", m.milestonesDone());
                ids(j, "actionsDone", m.actionsDone());
                j.endObject();
            }
            j.endArray().startArray("due");
            for (DueItem i : a.due()) {
                j.startObject();
                DueItemJson.fields(j, i);
                j.put("command", ShellWords.join(ClearingCommand.of(i))).endObject();
            }
            j.endArray().startArray("carriedOver");
            for (ItemView i : a.carriedOver()) {
                j.startObject();
                DueItemJson.fields(j, v.item(i));
                j.put("command", ShellWords.join(ClearingCommand.of(v.item(i)))).endObject();
            }
            j.endArray().startArray("unaddressedFeedback");
            for (Feedback f : v.unaddressed()) {
                j.startObject().put("id", f.id()).put("date", f.date()).put("from", f.from()).put("text", f.text())
                        .put("line", (long) f.pos().line()).endObject();
            }
            j.endArray().startArray("supportToDecide");
            for (SupportView s : v.undecided()) {
                PlanJson.support(j, s.goal(), s.support(), ShellWords.join(ClearingCommand.of(v.id(), s)));
            }
            j.endArray();
            var last = v.lastCheckIn();
            j.startObject("lastCheckIn").put("date", last == null ? null : last.date())
                    .put("notes", last == null ? null : last.notes()).put("blockers", last == null ? null : last.blockers())
                    .put("next", last == null ? null : last.next());
            if (last != null && last.privateNote() != null) {
                j.put("private", last.privateNote());
            }
            j.endObject();
            if (!v.wellbeing().isEmpty()) {
                j.startArray("wellbeing");
                v.wellbeing().forEach(w -> j.startObject().put("date", w.date()).put("value", w.value()).endObject());
                j.endArray();
            }
            j.endObject();
        }
    }

    private static void ids(Json j, String name, java.util.List<ItemView> items) {
        j.startArray(name);
        items.forEach(i -> j.value(i.id()));
        j.endArray();
    }
}
