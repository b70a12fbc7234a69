package io.devplan.render;

import io.devplan.domain.Achievement;
import io.devplan.domain.Employee;
import io.devplan.domain.Goal;
import io.devplan.domain.GoalView;
import io.devplan.domain.ItemView;
import io.devplan.domain.PlanView;
import io.devplan.domain.Rescheduling;
import io.devplan.domain.Support;
import io.devplan.domain.SupportStatus;
import java.io.Writer;

/**
 * One plan as JSON: what {@code devplan show --format json} prints, with what devplan computed as
 * of the date ({@link PlanView}): everything the text view shows, so scripts and the other
 * commands agree item by item.
 */
public final class PlanJson {
    private PlanJson() {}

    public static void write(PlanView view, Writer out) {
        try (Json j = new Json(out)) {
            Employee e = view.employee();
            j.startObject().put("asOf", view.asOf()).put("employee", e.id()).put("name", e.name()).put("role", e.role())
                    .put("team", e.team()).put("manager", e.manager()).put("email", e.email())
                    .put("since", e.since()).put("track", e.track()).put("level", e.level())
                    .put("file", view.plan().file()).put("line", (long) view.plan().source().at("employee").line())
                    .put("cadence", view.cadence().text())
                    .put("lastCheckIn", view.lastCheckIn() == null ? null : view.lastCheckIn().date());
            ItemView next = view.nextCheckIn();
            j.put("nextCheckIn", next == null ? null : next.due())
                    .put("checkInOverdue", view.checkInOverdue())
                    .put("averageProgress", view.averageProgress());
            j.startArray("goals");
            for (GoalView g : view.goals()) {
                goal(j, view, g);
            }
            j.endArray();
            j.startArray("achievements");
            for (Achievement a : view.plan().achievements()) {
                j.startObject().put("date", a.date()).put("title", a.title()).put("goal", a.goal())
                        .put("celebrated", a.celebrated()).put("line", (long) a.pos().line()).endObject();
            }
            j.endArray().endObject();
        }
    }

    private static void goal(Json j, PlanView view, GoalView gv) {
        Goal g = gv.goal();
        j.startObject().put("id", g.id()).put("title", g.title()).put("status", g.status().yamlName());
        if (g.statusReason() != null) { // only where the plan gives one, so plans without keep their shape
            j.put("statusReason", g.statusReason());
        }
        j.put("state", gv.state().yamlName()).put("start", g.start()).put("due", g.due()).put("done", g.done())
                .put("progress", (long) gv.progress()).put("expected", gv.expected()).put("behind", gv.behind())
                .put("atRisk", gv.atRisk())
                .put("baseline", g.baseline()).put("target", g.target()).put("current", g.current())
                .put("unit", g.unit()).put("overdue", gv.isOverdue());
        if (gv.isOverdue()) {
            j.put("daysOverdue", gv.dated().daysOverdue());
        }
        rescheduled(j, gv.dated());
        j.put("file", view.plan().file()).put("line", (long) g.pos().line());
        j.startArray("milestones");
        gv.milestones().forEach(m -> item(j, m));
        j.endArray().startArray("actions");
        gv.actions().forEach(a -> item(j, a));
        j.endArray().startArray("support");
        g.support().forEach(s -> support(j, g, s));
        j.endArray().endObject();
    }

    private static void item(Json j, ItemView i) {
        j.startObject().put("id", i.id()).put("title", i.title());
        if (i.kind() == io.devplan.domain.DueKind.ACTION) {
            j.put("owner", i.owner());
        }
        j.put("due", i.due()).put("done", i.done()).put("state", i.state().yamlName()).put("overdue", i.isOverdue());
        if (i.isOverdue()) {
            j.put("daysOverdue", i.daysOverdue());
        }
        rescheduled(j, i);
        j.put("line", (long) i.pos().line()).endObject();
    }

    private static void rescheduled(Json j, ItemView i) {
        j.startArray("rescheduled");
        for (Rescheduling r : i.rescheduled()) {
            j.startObject().put("date", r.date()).put("from", r.from()).put("reason", r.reason()).endObject();
        }
        j.endArray();
    }

    /** One support entry of goal {@code g}: shared by show and report. */
    static void support(Json j, Goal g, Support s) {
        support(j, g, s, null);
    }

    /** A support entry; with {@code command}, the command line that decides it (on an agenda). */
    static void support(Json j, Goal g, Support s, String command) {
        j.startObject().put("id", g.id() + "/" + s.id()).put("kind", s.kind() == null ? null : s.kind().yamlName())
                .put("title", s.title()).put("cost", s.cost()).put("currency", s.currency())
                .put("status", s.status().yamlName());
        for (SupportStatus status : SupportStatus.values()) {
            j.put(status.yamlName(), s.date(status));
        }
        j.put("note", s.note()).put("line", (long) s.pos().line());
        if (command != null) {
            j.put("command", command);
        }
        j.endObject();
    }
}
