package io.devplan.render;

import io.devplan.domain.Achievement;
import io.devplan.domain.CadenceAdherence;
import io.devplan.domain.CompetencyChange;
import io.devplan.domain.CompetencyGap;
import io.devplan.domain.DatedValue;
import io.devplan.domain.Feedback;
import io.devplan.domain.Goal;
import io.devplan.domain.GoalView;
import io.devplan.domain.ItemView;
import io.devplan.domain.MilestoneTimeliness;
import io.devplan.domain.Overdue;
import io.devplan.domain.PlanView;
import io.devplan.domain.Report;
import io.devplan.domain.ReportTotals;
import io.devplan.domain.SupportTotals;
import io.devplan.domain.WellbeingAverage;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * A report as one JSON document: the shape of cli.md ({@code asOf}, {@code employees[]} with
 * {@code id}, {@code name}, {@code team}, {@code manager}, {@code goals[]}) plus every value the
 * report computes. The other formats show the same numbers; tests hold them to it.
 */
public final class ReportJson {
    private boolean seesWellbeing;

    /** @param unreadable plans that could not be read, listed as {@code problems} */
    public void write(Report report, List<Unread> unreadable, Writer out) {
        seesWellbeing = report.audience().seesWellbeing();
        try (Json j = new Json(out)) {
            j.startObject().put("asOf", report.asOf()).put("audience", report.audience().yamlName())
                    .put("organization", report.organization()).put("scope", Phrases.plain(new Phrases(Words.english()).scope(report.selection())))
                    .put("behindPoints", (long) report.behindPoints());
            j.startArray("employees");
            for (PlanView e : report.employees()) {
                employee(j, e, report);
            }
            j.endArray();
            totals(j, report.totals());
            j.startArray("problems");
            for (Unread u : unreadable) {
                j.startObject().put("file", u.file()).put("line", (long) u.line()).put("column", (long) u.column())
                        .put("message", u.message()).endObject();
            }
            j.endArray();
            j.endObject();
        }
    }

    private void employee(Json j, PlanView r, Report report) {
        var e = r.employee();
        j.startObject().put("id", e.id()).put("name", e.name()).put("team", e.team()).put("manager", e.manager())
                .put("role", e.role()).put("track", e.track()).put("level", e.level())
                .put("file", r.plan().file()).put("line", (long) r.plan().source().at("employee").line())
                .put("cadence", r.cadence().text())
                .put("activeGoals", (long) r.active().size()).put("averageProgress", r.averageProgress())
                .put("behindGoals", r.counted().stream().filter(GoalView::behind).count())
                .put("atRiskGoals", r.counted().stream().filter(GoalView::atRisk).count())
                .put("droppedGoals", (long) (r.goals().size() - r.counted().size()))
                .put("overdueItems", (long) r.overdue().size())
                .put("lastCheckIn", r.lastCheckIn() == null ? null : r.lastCheckIn().date())
                .put("nextCheckIn", r.nextCheckIn() == null ? null : r.nextCheckIn().due())
                .put("checkInOverdue", r.checkInOverdue());
        counts(j, "milestones", r.counted().stream().map(GoalView::timeliness)
                .reduce(MilestoneTimeliness.Counts.ZERO, MilestoneTimeliness.Counts::plus));
        j.startArray("goals");
        for (GoalView g : r.counted()) {
            goal(j, r, g);
        }
        j.endArray();
        j.field("overdue");
        DueItemJson.array(j, r.overdue().stream().sorted(Overdue.MOST_OVERDUE_FIRST).toList());
        checkIns(j, r);
        supportTotals(j, SupportTotals.of(List.of(r.plan())));
        feedback(j, r, report);
        j.startArray("achievements");
        for (Achievement a : r.plan().achievements()) {
            j.startObject().put("employee", e.id()).put("date", a.date()).put("title", a.title()).put("goal", a.goal())
                    .put("celebrated", a.celebrated()).put("file", r.plan().file()).put("line", (long) a.pos().line())
                    .endObject();
        }
        j.endArray();
        competencies(j, r);
        if (report.audience().seesWellbeing()) {
            values(j, "wellbeing", r.wellbeing());
        }
        j.endObject();
    }

    private void goal(Json j, PlanView r, GoalView gr) {
        Goal g = gr.goal();
        j.startObject().put("employee", r.id()).put("id", g.id()).put("title", g.title())
                .put("status", g.status().yamlName()).put("start", g.start()).put("due", g.due()).put("done", g.done())
                .put("progress", (long) gr.progress()).put("expected", gr.expected()).put("behind", gr.behind())
                .put("atRisk", gr.atRisk()).put("overdue", gr.isOverdue())
                .put("daysOverdue", gr.isOverdue() ? gr.dated().daysOverdue() : 0)
                .put("baseline", g.baseline()).put("target", g.target()).put("current", g.current())
                .put("unit", g.unit()).put("file", r.plan().file()).put("line", (long) g.pos().line());
        j.startArray("addresses");
        g.addresses().forEach(j::value);
        j.endArray();
        counts(j, "milestones", gr.timeliness());
        j.startArray("milestoneItems");
        for (ItemView m : gr.milestones()) {
            j.startObject().put("id", m.id()).put("title", m.title()).put("due", m.due())
                    .put("done", m.done()).put("state", m.state().yamlName())
                    .put("timeliness", MilestoneTimeliness.of(m).yamlName())
                    .put("line", (long) m.pos().line()).endObject();
        }
        j.endArray();
        j.startArray("support");
        g.support().forEach(s -> PlanJson.support(j, g, s));
        j.endArray();
        values(j, "history", gr.history());
        j.endObject();
    }

    private void counts(Json j, String name, MilestoneTimeliness.Counts c) {
        j.startObject(name).put("total", (long) c.total()).put("doneOnTime", (long) c.doneOnTime())
                .put("doneLate", (long) c.doneLate()).put("open", (long) c.open()).put("overdue", (long) c.overdue())
                .put("onTimeShare", c.onTimeShare()).endObject();
    }

    private void values(Json j, String name, List<DatedValue> values) {
        j.startArray(name);
        for (DatedValue v : values) {
            j.startObject().put("date", v.date()).put("value", v.value()).endObject();
        }
        j.endArray();
    }

    private void checkIns(Json j, PlanView r) {
        CadenceAdherence.Result a = r.checkIns();
        j.startObject("checkIns").put("held", (long) a.count()).put("withinCadence", (long) a.withinCadence())
                .put("withinCadenceShare", a.share());
        j.startArray("history");
        for (CadenceAdherence.Held h : a.held()) {
            var c = h.checkIn();
            j.startObject().put("employee", r.id()).put("date", c.date()).put("with", c.with()).put("notes", c.notes())
                    .put("blockers", c.blockers()).put("next", c.next()).put("withinCadence", h.withinCadence());
            if (c.privateNote() != null) {
                j.put("private", c.privateNote());
            }
            if (c.wellbeing() != null) {
                j.put("wellbeing", c.wellbeing());
            }
            j.put("file", r.plan().file()).put("line", (long) c.pos().line()).endObject();
        }
        j.endArray().endObject();
    }

    private void supportTotals(Json j, List<SupportTotals.Line> lines) {
        j.startArray("supportTotals");
        for (SupportTotals.Line l : lines) {
            j.startObject().put("currency", l.currency()).put("status", l.status().yamlName())
                    .put("amount", l.amount()).put("items", (long) l.items()).endObject();
        }
        j.endArray();
    }

    private void feedback(Json j, PlanView r, Report report) {
        List<Feedback> unaddressed = r.unaddressed();
        j.startArray("feedback");
        for (Feedback f : r.plan().feedback()) {
            j.startObject().put("employee", r.id()).put("id", f.id()).put("date", f.date()).put("from", f.from())
                    .put("source", f.source() == null ? null : f.source().yamlName())
                    .put("kind", f.kind() == null ? null : f.kind().yamlName()).put("text", f.text())
                    .put("private", f.isPrivate());
            j.startArray("addressedBy");
            r.goalsAddressing(f.id()).forEach(j::value);
            j.endArray().put("unaddressed", unaddressed.contains(f))
                    .put("file", r.plan().file()).put("line", (long) f.pos().line()).endObject();
        }
        j.endArray();
        j.startArray("unaddressedFeedback");
        unaddressed.forEach(f -> j.value(f.id()));
        j.endArray();
    }

    private void competencies(Json j, PlanView r) {
        if (r.competencies().isEmpty()) {
            j.put("competencies", (String) null);
            return;
        }
        CompetencyGap.Result c = r.competencies().get();
        j.startObject("competencies").put("track", c.track()).put("level", c.level())
                .put("targetLevel", c.target().level()).put("targetTitle", c.target().title()).put("top", c.top())
                .put("short", c.shortOfTarget());
        j.startArray("rows");
        for (CompetencyGap.Row row : c.rows()) {
            j.startObject().put("competency", row.competency()).put("expected", (long) row.expected())
                    .put("selfBefore", row.selfBefore()).put("self", row.self())
                    .put("managerBefore", row.managerBefore()).put("manager", row.manager())
                    .put("gap", row.gap()).endObject();
        }
        j.endArray().endObject();
    }

    private void totals(Json j, ReportTotals t) {
        j.startObject("totals").put("employees", (long) t.employees()).put("goals", (long) t.goals())
                .put("activeGoals", (long) t.activeGoals()).put("behindGoals", (long) t.behindGoals())
                .put("atRiskGoals", (long) t.atRiskGoals());
        j.startObject("goalsByStatus");
        t.goalsByStatus().forEach((s, n) -> j.put(s.yamlName(), (long) n));
        j.endObject();
        counts(j, "milestones", t.milestones());
        j.startObject("checkIns").put("held", (long) t.checkInsHeld()).put("withinCadence", (long) t.checkInsWithinCadence())
                .put("withinCadenceShare", t.checkInsWithinCadenceShare()).endObject();
        j.put("overdueItems", (long) t.overdueItems());
        j.startObject("overdueByTeam");
        t.overdueByTeam().forEach((team, n) -> j.put(team, (long) n));
        j.endObject();
        supportTotals(j, t.support());
        j.startArray("competencies");
        for (CompetencyChange.Row row : t.competencies()) {
            j.startObject().put("competency", row.competency()).put("people", (long) row.people())
                    .put("before", row.before()).put("after", row.after()).endObject();
        }
        j.endArray();
        if (seesWellbeing) {
            j.startArray("wellbeing");
            for (Map.Entry<String, WellbeingAverage.Result> w : t.wellbeingByTeam().entrySet()) {
                j.startObject().put("team", w.getKey()).put("average", w.getValue().average())
                        .put("people", (long) w.getValue().people()).endObject();
            }
            j.endArray();
        }
        j.endObject();
    }
}
