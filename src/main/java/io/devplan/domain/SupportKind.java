package io.devplan.domain;

/** The kind of resource allocated to a goal. */
public enum SupportKind implements YamlName {
    TRAINING("training"),
    COACHING("coaching"),
    MENTORING("mentoring"),
    TIME("time"),
    BUDGET("budget"),
    TOOL("tool"),
    OTHER("other");

    private final String yamlName;

    SupportKind(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
