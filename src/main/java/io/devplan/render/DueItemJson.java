package io.devplan.render;

import io.devplan.domain.DueItem;
import io.devplan.domain.DueKind;
import java.io.Writer;
import java.util.List;

/** Overdue and due-soon items as JSON: the {@code overdue --format json} shape of the CLI contract. */
public final class DueItemJson {
    private DueItemJson() {}

    /** An array of items, one object each. */
    public static void print(List<DueItem> items, Writer out) {
        try (Json json = new Json(out)) {
            array(json, items);
        }
    }

    /** The array of items, as a value where one is expected. */
    static void array(Json json, List<DueItem> items) {
        json.startArray();
        for (DueItem i : items) {
            json.startObject();
            fields(json, i);
            json.endObject();
        }
        json.endArray();
    }

    /**
     * The fields of one item, into an object already started. {@code daysOverdue} is 0 for what is
     * due soon or has no due date; {@code id} is null for check-ins and achievements.
     */
    static void fields(Json json, DueItem i) {
        json.put("employee", i.employee())
                .put("manager", i.manager())
                .put("kind", i.kind().yamlName())
                .put("goal", i.goal())
                .put("id", i.id())
                .put("title", i.title());
        if (i.kind() == DueKind.ACTION) {
            json.put("owner", i.owner());
        }
        json.put("due", i.due())
                .put("daysOverdue", Math.max(0, i.daysOverdue()))
                .put("file", i.file())
                .put("line", i.line());
    }
}
