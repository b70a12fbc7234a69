package io.devplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.JsonTree;
import io.devplan.domain.Assessor;
import io.devplan.domain.Cadence;
import io.devplan.domain.FeedbackKind;
import io.devplan.domain.FeedbackSource;
import io.devplan.domain.GoalStatus;
import io.devplan.domain.SupportKind;
import io.devplan.domain.SupportStatus;
import io.devplan.domain.YamlName;
import io.devplan.domain.validate.Rules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The JSON Schemas for editors accept exactly what the reader accepts: same keys, same choices. */
class SchemaTest {
    private static Map<String, Object> schema(String name) throws Exception {
        return JsonTree.object(JsonTree.parse(Files.readString(Path.of("schema", name))));
    }

    private static Map<String, Object> def(Map<String, Object> schema, String name) {
        return name.isEmpty() ? schema : JsonTree.object(JsonTree.object(schema.get("$defs")).get(name));
    }

    private static Set<String> keys(Map<String, Object> object) {
        return JsonTree.object(object.get("properties")).keySet();
    }

    private static List<String> enumOf(Map<String, Object> object, String key) {
        List<String> values = new ArrayList<>();
        for (Object o : JsonTree.array(JsonTree.object(JsonTree.object(object.get("properties")).get(key)).get("enum"))) {
            if (o != null) {
                values.add((String) o);
            }
        }
        return values;
    }

    @Test
    void planSchemaHasTheReadersKeys() throws Exception {
        var s = schema("plan.schema.json");
        Map<String, Set<String>> expected = Map.of("", PlanReader.TOP, "employee", PlanReader.EMPLOYEE,
                "feedback", PlanReader.FEEDBACK, "goal", PlanReader.GOAL, "milestone", PlanReader.MILESTONE,
                "action", PlanReader.ACTION, "support", PlanReader.SUPPORT, "checkin", PlanReader.CHECKIN,
                "achievement", PlanReader.ACHIEVEMENT, "assessment", PlanReader.ASSESSMENT);
        expected.forEach((name, readerKeys) -> assertThat(keys(def(s, name))).as(name).isEqualTo(readerKeys));
        assertThat(JsonTree.array(def(s, "employee").get("required"))).containsExactlyInAnyOrder("id", "name");
    }

    @Test
    void configSchemaHasTheReadersKeys() throws Exception {
        var s = schema("devplan.schema.json");
        Map<String, Set<String>> expected = Map.of("", ConfigReader.TOP, "named", ConfigReader.NAMED,
                "level", ConfigReader.LEVEL, "rules", ConfigReader.RULES,
                "git", ConfigReader.GIT, "report", ConfigReader.REPORT);
        expected.forEach((name, readerKeys) -> assertThat(keys(def(s, name))).as(name).isEqualTo(readerKeys));
    }

    @Test
    void enumsAreTheReadersChoices() throws Exception {
        var s = schema("plan.schema.json");
        assertThat(enumOf(def(s, "goal"), "status")).isEqualTo(YamlName.names(GoalStatus.class));
        assertThat(enumOf(def(s, "feedback"), "source")).isEqualTo(YamlName.names(FeedbackSource.class));
        assertThat(enumOf(def(s, "feedback"), "kind")).isEqualTo(YamlName.names(FeedbackKind.class));
        assertThat(enumOf(def(s, "support"), "kind")).isEqualTo(YamlName.names(SupportKind.class));
        assertThat(enumOf(def(s, "support"), "status")).isEqualTo(YamlName.names(SupportStatus.class));
        assertThat(enumOf(def(s, "assessment"), "by")).isEqualTo(YamlName.names(Assessor.class));
        Object cadences = JsonTree.object(JsonTree.array(def(s, "cadence").get("anyOf")).get(0)).get("enum");
        assertThat(String.join(", ", JsonTree.array(cadences).stream().map(Objects::toString).toList()))
                .isEqualTo(Cadence.NAMES);
        var rules = def(schema("devplan.schema.json"), "rules");
        var disable = JsonTree.object(JsonTree.object(rules.get("properties")).get("disable"));
        assertThat(JsonTree.array(JsonTree.object(disable.get("items")).get("enum")))
                .isEqualTo(Rules.names().stream().filter(n -> !n.equals("schema") && !n.equals("unreadable")).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan.schema.json", "devplan.schema.json"})
    void everyMappingAllowsXKeysAndNoOthers(String name) throws Exception {
        var s = schema(name);
        List<Map<String, Object>> objects = new ArrayList<>(List.of(s));
        for (Object d : JsonTree.object(s.get("$defs")).values()) {
            if (JsonTree.object(d).containsKey("properties")) {
                objects.add(JsonTree.object(d));
            }
        }
        for (Map<String, Object> o : objects) {
            assertThat(o.get("additionalProperties")).isEqualTo(false);
            assertThat(JsonTree.object(o.get("patternProperties"))).containsOnlyKeys("^x-");
        }
        assertThat(s.get("$schema")).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan.schema.json", "devplan.schema.json"})
    void theJarShipsTheSameSchemas(String name) throws Exception {
        assertThat(EditorSchemas.text(name)).isEqualTo(Files.readString(Path.of("schema", name)));
    }
}
