package io.devplan.render;

import io.devplan.domain.Achievement;
import io.devplan.domain.Action;
import io.devplan.domain.Cadence;
import io.devplan.domain.Employee;
import io.devplan.domain.Goal;
import io.devplan.domain.Milestone;
import io.devplan.domain.NextCheckIn;
import io.devplan.domain.Plan;
import io.devplan.domain.Progress;
import io.devplan.domain.Support;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One plan as JSON: what {@code devplan show --format json} prints, with computed progress and dates. */
public final class PlanJson {
    private final LocalDate asOf;

    public PlanJson(LocalDate asOf) {
        this.asOf = asOf;
    }

    public void write(Plan plan, Cadence repositoryCadence, Writer out) {
        try (Json j = new Json(out)) {
            Employee e = plan.employee();
            j.startObject().put("asOf", asOf).put("employee", e.id()).put("name", e.name()).put("role", e.role())
                    .put("team", e.team()).put("manager", e.manager()).put("file", plan.file())
                    .put("line", (long) plan.source().at("employee").line())
                    .put("cadence", NextCheckIn.cadenceOf(plan, repositoryCadence).text())
                    .put("lastCheckIn", plan.lastCheckIn().map(c -> c.date()).orElse(null))
                    .put("nextCheckIn", NextCheckIn.of(plan, repositoryCadence).orElse(null));
            j.startArray("goals");
            for (Goal g : plan.goals()) {
                goal(j, plan, g);
            }
            j.endArray();
            j.startArray("achievements");
            for (Achievement a : plan.achievements()) {
                j.startObject().put("date", a.date()).put("title", a.title()).put("goal", a.goal())
                        .put("celebrated", a.celebrated()).put("line", (long) a.pos().line()).endObject();
            }
            j.endArray().endObject();
        }
    }

    private void goal(Json j, Plan plan, Goal g) {
        j.startObject().put("id", g.id()).put("title", g.title()).put("status", g.status().yamlName())
                .put("start", g.start()).put("due", g.due()).put("progress", Math.round(Progress.percent(g) * 10) / 10.0)
                .put("baseline", g.baseline()).put("target", g.target()).put("current", g.current())
                .put("unit", g.unit()).put("overdue", g.due() != null && g.due().isBefore(asOf) && !g.status().isClosed())
                .put("file", plan.file()).put("line", (long) g.pos().line());
        j.startArray("milestones");
        for (Milestone m : g.milestones()) {
            item(j, g, m.id(), m.title(), null, m.due(), m.done(), m.pos().line());
        }
        j.endArray().startArray("actions");
        for (Action a : g.actions()) {
            item(j, g, a.id(), a.title(), a.owner(), a.due(), a.done(), a.pos().line());
        }
        j.endArray().startArray("support");
        for (Support s : g.support()) {
            j.startObject().put("id", s.id()).put("kind", s.kind() == null ? null : s.kind().yamlName())
                    .put("title", s.title()).put("cost", s.cost()).put("currency", s.currency())
                    .put("status", s.status() == null ? null : s.status().yamlName()).endObject();
        }
        j.endArray().endObject();
    }

    private void item(Json j, Goal g, String id, String title, String owner, LocalDate due, LocalDate done, int line) {
        boolean overdue = done == null && due != null && due.isBefore(asOf) && !g.status().isClosed();
        j.startObject().put("id", g.id() + "/" + id).put("title", title);
        if (owner != null) {
            j.put("owner", owner);
        }
        j.put("due", due).put("done", done).put("overdue", overdue);
        if (overdue) {
            j.put("daysOverdue", ChronoUnit.DAYS.between(due, asOf));
        }
        j.put("line", (long) line).endObject();
    }
}
