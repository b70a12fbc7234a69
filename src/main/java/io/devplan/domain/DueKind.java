package io.devplan.domain;

/** What kind of thing is due: the {@code kind} of an overdue item. */
public enum DueKind implements YamlName {
    MILESTONE("milestone"),
    ACTION("action"),
    GOAL("goal"),
    CHECKIN("checkin");

    private final String yamlName;

    DueKind(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
