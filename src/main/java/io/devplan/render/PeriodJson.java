package io.devplan.render;

import io.devplan.domain.PeriodReport;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

/**
 * What changed in a period as JSON: {@code since}, {@code asOf} and an {@code employees} array;
 * each employee with {@code goalsDone}, {@code progress} (values and percentages at the start
 * and the end), {@code done}, {@code slipped} ({@code to} null for an item that fell due and was
 * not done), {@code checkins}, {@code feedback}, {@code achievements} and {@code support}.
 */
public final class PeriodJson {
    private PeriodJson() {}

    public static void print(List<PeriodReport> reports, LocalDate since, LocalDate asOf, Writer out) {
        try (Json json = new Json(out)) {
            json.startObject().put("since", since).put("asOf", asOf).startArray("employees");
            for (PeriodReport r : reports) {
                json.startObject().put("employee", r.employee()).put("name", r.name()).put("fromHistory", r.fromHistory());
                json.startArray("goalsDone");
                r.goalsDone().forEach(g -> json.startObject().put("goal", g.goal()).put("title", g.title()).endObject());
                json.endArray().startArray("progress");
                r.progress().forEach(g -> json.startObject().put("goal", g.goal()).put("title", g.title())
                        .put("from", g.from()).put("to", g.to()).put("unit", g.unit())
                        .put("percentFrom", g.percentFrom()).put("percentTo", g.percentTo()).endObject());
                json.endArray().startArray("done");
                r.done().forEach(d -> json.startObject().put("goal", d.goal()).put("item", d.item()).put("kind", d.kind())
                        .put("title", d.title()).put("date", d.date()).endObject());
                json.endArray().startArray("slipped");
                r.slipped().forEach(s -> json.startObject().put("goal", s.goal()).put("item", s.item())
                        .put("title", s.title()).put("from", s.from()).put("to", s.to()).endObject());
                json.endArray().startArray("checkins");
                r.checkins().forEach(json::value);
                json.endArray().startArray("feedback");
                r.feedback().forEach(f -> json.startObject().put("id", f.id()).put("date", f.date())
                        .put("kind", f.kind() == null ? null : f.kind().yamlName())
                        .put("source", f.source() == null ? null : f.source().yamlName()).put("from", f.from()).endObject());
                json.endArray().startArray("achievements");
                r.achievements().forEach(a -> json.startObject().put("date", a.date()).put("title", a.title())
                        .put("goal", a.goal()).endObject());
                json.endArray().startArray("support");
                r.support().forEach(s -> json.startObject().put("goal", s.goal()).put("support", s.support())
                        .put("title", s.title()).put("from", s.from()).put("to", s.to()).endObject());
                json.endArray().endObject();
            }
            json.endArray().endObject();
        }
    }
}
