package io.devplan.build;

import io.devplan.domain.EmployeeId;
import io.devplan.domain.RepoConfig;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Rules;
import io.devplan.render.Json;
import io.devplan.store.FormatTable;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The JSON Schemas of devplan.yaml and of a plan, written from the format table, for editors
 * (yaml-language-server) and for review: the same keys, kinds, ranges and choices the readers
 * take from it.
 */
final class SchemaWriter {
    private SchemaWriter() {}

    static final String PLAN = "plan.schema.json";
    static final String CONFIG = "devplan.schema.json";
    private static final String EXTENSION = "Your own extension: devplan keeps and ignores it.";

    static String plan() {
        return schema("devplan plan (plans/<id>.yaml)", "One employee's development plan. See man devplan-format.",
                FormatTable.PLAN, FormatTable.PLAN_SECTIONS, false);
    }

    static String config() {
        return schema("devplan repository settings (devplan.yaml)", "Every key is optional; an empty file is valid. "
                + "See man devplan-format.", FormatTable.CONFIG, FormatTable.CONFIG_SECTIONS, true);
    }

    private static String schema(String title, String description, FormatTable.Section root,
                                 List<FormatTable.Section> sections, boolean emptyFileValid) {
        StringWriter out = new StringWriter();
        try (Json j = new Json(out)) {
            j.startObject().put("$schema", "https://json-schema.org/draft/2020-12/schema").put("title", title)
                    .put("description", description);
            type(j, emptyFileValid);
            properties(j, root);
            required(j, root);
            j.startObject("patternProperties").startObject("^x-").endObject().endObject();
            j.put("additionalProperties", false);
            j.startObject("$defs");
            kinds(j);
            for (FormatTable.Section s : sections) {
                if (s == root) {
                    continue;
                }
                j.startObject(s.name());
                type(j, optionalMapping(sections, s));
                j.put("description", s.summary());
                properties(j, s);
                j.startObject("patternProperties").startObject("^x-").put("description", EXTENSION).endObject().endObject();
                j.put("additionalProperties", false);
                required(j, s);
                j.endObject();
            }
            j.endObject().endObject();
        }
        return out + "\n";
    }

    /** A mapping a file may leave empty (rules:, git:, report:) may be null. */
    private static boolean optionalMapping(List<FormatTable.Section> sections, FormatTable.Section s) {
        return sections.stream().flatMap(x -> x.fields().stream())
                .anyMatch(f -> f.kind() == FormatTable.Kind.MAPPING && s.name().equals(f.section()) && !f.required());
    }

    private static void type(Json j, boolean nullable) {
        if (nullable) {
            j.startArray("type").value("object").value("null").endArray();
        } else {
            j.put("type", "object");
        }
    }

    private static void required(Json j, FormatTable.Section s) {
        List<String> required = s.fields().stream().filter(FormatTable.Field::required).map(FormatTable.Field::key).toList();
        if (!required.isEmpty()) {
            j.startArray("required");
            required.forEach(j::value);
            j.endArray();
        }
    }

    private static void properties(Json j, FormatTable.Section s) {
        j.startObject("properties");
        for (FormatTable.Field f : s.fields()) {
            j.startObject(f.key());
            value(j, f);
            j.put("description", f.description());
            j.endObject();
        }
        j.endObject();
    }

    /** What a key may hold, from its kind. */
    private static void value(Json j, FormatTable.Field f) {
        switch (f.kind()) {
            case TEXT, ZONE -> ref(j, "text");
            case DATE -> ref(j, "date");
            case NUMBER -> ref(j, "number");
            case ID -> ref(j, "id");
            case CADENCE -> ref(j, "cadence");
            case MAPPING -> ref(j, f.section());
            case ENUM -> choices(j, f.values());
            case LANGUAGE -> choices(j, io.devplan.domain.Language.CODES);
            case BOOLEAN -> j.startArray("type").value("boolean").value("null").endArray();
            case INTEGER -> {
                j.startArray("type").value("integer").value("null").endArray();
                j.put("minimum", (long) f.min()).put("maximum", (long) f.max());
            }
            case FILE_MODE -> {
                j.startArray("type").value("string").value("integer").value("null").endArray();
                j.put("pattern", "^0?[0-7]{3}$");
            }
            case ID_LIST -> {
                nullableArray(j);
                j.startObject("items").startArray("type").value("string").value("number").endArray().endObject();
            }
            case RULE_NAMES -> {
                nullableArray(j);
                j.startObject("items").startArray("enum");
                Rules.ALL.stream().map(Rule::name).filter(Rules::canBeDisabled).forEach(j::value);
                j.endArray().endObject();
            }
            case LIST -> {
                nullableArray(j);
                j.startObject("items");
                ref(j, f.section());
                j.endObject();
            }
            case NUMBER_MAP -> {
                j.startArray("type").value("object").value("null").endArray();
                j.startObject("additionalProperties").put("type", "number").endObject();
            }
            case INTEGER_MAP -> {
                j.startArray("type").value("object").value("null").endArray();
                j.startObject("additionalProperties").put("type", "integer").put("minimum", (long) f.min())
                        .put("maximum", (long) f.max()).endObject();
            }
            case TRACKS -> {
                j.startArray("type").value("object").value("null").endArray();
                j.startObject("additionalProperties");
                nullableArray(j);
                j.startObject("items");
                ref(j, f.section());
                j.endObject().endObject();
            }
            default -> throw new IllegalStateException("no schema for " + f.kind() + ": add it here");
        }
    }

    private static void nullableArray(Json j) {
        j.startArray("type").value("array").value("null").endArray();
    }

    private static void ref(Json j, String def) {
        j.put("$ref", "#/$defs/" + def);
    }

    private static void choices(Json j, List<String> values) {
        Set<String> unique = new LinkedHashSet<>(values);
        j.startArray("enum");
        unique.forEach(j::value);
        j.value((String) null);
        j.endArray();
    }

    /** The value kinds several keys share. */
    private static void kinds(Json j) {
        j.startObject("text").put("description", "A text (any YAML scalar).");
        j.startArray("type").value("string").value("number").value("boolean").value("null").endArray().endObject();
        j.startObject("date").put("description", "A calendar date, YYYY-MM-DD.");
        j.startArray("type").value("string").value("null").endArray();
        j.put("pattern", "^\\d{4}-\\d{2}-\\d{2}$").put("format", "date").endObject();
        j.startObject("number").put("description", "A number, written without quotes.");
        j.startArray("type").value("number").value("null").endArray().endObject();
        j.startObject("id").put("description", "1 to " + EmployeeId.MAX_LENGTH + " lower-case letters, digits, '.', "
                + "'_' and '-', starting with a letter or digit, without '..'.").put("type", "string")
                .put("maxLength", (long) EmployeeId.MAX_LENGTH).put("pattern", "^(?!.*\\.\\.)[a-z0-9][a-z0-9._-]*$")
                .endObject();
        List<String> named = new ArrayList<>(List.of("weekly", "biweekly", "monthly", "quarterly", "semiannual",
                "annual"));
        j.startObject("cadence").put("description", String.join(" | ", named) + ", or an ISO-8601 period such as P3W.");
        j.startArray("anyOf").startObject().startArray("enum");
        named.forEach(j::value);
        j.endArray().endObject();
        j.startObject().put("type", "string").put("pattern", "^P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$").endObject();
        j.startObject().put("type", "null").endObject();
        j.endArray().endObject();
    }
}
