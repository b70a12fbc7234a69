package io.devplan.render;

import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Severity;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * validate's findings as SARIF 2.1.0, the format code-scanning services (GitHub, GitLab, Azure
 * DevOps) read: one run whose driver lists every rule with its descriptions and default level,
 * and one result per finding with a physical location. File URIs are relative to the folder
 * validate ran in ({@code %SRCROOT%}), so run it from the root of the checkout; every result has
 * a region, since GitHub needs at least a start line (a finding about a whole file points at 1:1).
 */
public final class FindingsSarif {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String VERSION = "2.1.0";
    /** Where people learn about the tool; the project's home. */
    public static final String INFORMATION_URI = "https://github.com/devplan/devplan";
    static final String BASE = "%SRCROOT%";

    private FindingsSarif() {}

    /**
     * @param shown how a file relative to the repository root is named relative to the current folder
     * @param toolVersion devplan's version
     */
    public static void print(List<Rule> rules, List<Finding> findings, Function<String, String> shown,
                             String toolVersion, Writer out) {
        List<String> ids = rules.stream().map(Rule::name).toList();
        try (Json json = new Json(out)) {
            json.startObject().put("$schema", SCHEMA).put("version", VERSION).startArray("runs").startObject();
            json.startObject("tool").startObject("driver")
                    .put("name", "devplan")
                    .put("informationUri", INFORMATION_URI)
                    .put("version", toolVersion)
                    .startArray("rules");
            for (Rule r : rules) {
                rule(json, r);
            }
            json.endArray().endObject().endObject();
            json.put("columnKind", "unicodeCodePoints");
            json.startArray("results");
            for (Finding f : findings) {
                result(json, f, ids.indexOf(f.rule()), shown.apply(f.file()));
            }
            json.endArray().endObject().endArray().endObject();
        }
    }

    private static void rule(Json json, Rule r) {
        json.startObject()
                .put("id", r.name())
                .put("name", pascal(r.name()))
                .startObject("shortDescription").put("text", r.summary().english()).endObject()
                .startObject("fullDescription").put("text", r.description()).endObject()
                .startObject("help")
                .put("text", r.description() + "\n\nFlagged:\n" + r.example().bad() + "\nFixed:\n" + r.example().good())
                .put("markdown", r.description() + "\n\nFlagged:\n\n```yaml\n" + r.example().bad()
                        + "```\n\nFixed:\n\n```yaml\n" + r.example().good() + "```\n")
                .endObject()
                .startObject("defaultConfiguration").put("level", level(r.severity())).endObject()
                .startObject("properties")
                .put("criterion", r.criterion().label())
                .startArray("tags").value("devplan");
        if (r.criterion() == Criterion.SCHEMA) {
            json.value("format");
        } else {
            json.value("smart").value(r.criterion().title().toLowerCase(java.util.Locale.ROOT));
        }
        json.endArray()
                .endObject()
                .endObject();
    }

    private static void result(Json json, Finding f, int ruleIndex, String file) {
        json.startObject()
                .put("ruleId", f.rule());
        if (ruleIndex >= 0) {
            json.put("ruleIndex", ruleIndex);
        }
        json.put("level", level(f.severity()))
                .startObject("message").put("text", f.message()).endObject()
                .startArray("locations").startObject().startObject("physicalLocation")
                .startObject("artifactLocation");
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            json.put("uri", path.toUri().toString());
        } else {
            json.put("uri", relativeUri(file)).put("uriBaseId", BASE);
        }
        json.endObject()
                .startObject("region")
                .put("startLine", f.line() > 0 ? f.line() : 1)
                .put("startColumn", f.line() > 0 && f.column() > 0 ? f.column() : 1)
                .endObject()
                .endObject().endObject().endArray()
                .startObject("properties")
                .put("criterion", f.criterion().label())
                .put("employee", f.employee())
                .put("goal", f.goal())
                .endObject()
                .endObject();
    }

    /** A relative URI reference: forward slashes, spaces and non-ASCII letters percent-encoded. */
    static String relativeUri(String file) {
        try {
            return new java.net.URI(null, null, file.replace('\\', '/'), null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** SARIF's levels: error, warning, note (devplan's info). */
    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String pascal(String kebab) {
        StringBuilder b = new StringBuilder();
        for (String part : kebab.split("-")) {
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }
}
