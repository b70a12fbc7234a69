package io.devplan.render;

import io.devplan.domain.PersonLine;
import java.io.Writer;
import java.util.List;

/** {@code devplan list --format json}: an array with one object per person. */
public final class ListJson {
    private ListJson() {}

    public static void print(List<PersonLine> people, Writer out) {
        try (Json json = new Json(out)) {
            json.startArray();
            for (PersonLine p : people) {
                json.startObject()
                        .put("employee", p.id())
                        .put("name", p.name())
                        .put("team", p.team())
                        .put("manager", p.manager())
                        .put("activeGoals", p.activeGoals())
                        .put("lastCheckIn", p.lastCheckIn())
                        .put("nextCheckIn", p.nextCheckIn())
                        .field("checkInOverdue").value(p.checkInOverdue())
                        .put("file", p.file())
                        .endObject();
            }
            json.endArray();
        }
    }
}
