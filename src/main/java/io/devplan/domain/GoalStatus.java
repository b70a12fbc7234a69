package io.devplan.domain;

/** Where a goal stands; only active and at-risk goals are being worked on. */
public enum GoalStatus implements YamlName {
    DRAFT("draft"),
    ACTIVE("active"),
    AT_RISK("at-risk"),
    PAUSED("paused"),
    DONE("done"),
    DROPPED("dropped");

    private final String yamlName;

    GoalStatus(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

    /** Done or dropped: nothing under the goal can be overdue any more. */
    public boolean isClosed() {
        return this == DONE || this == DROPPED;
    }

    /** Being worked on now: active or at risk. */
    public boolean isInProgress() {
        return this == ACTIVE || this == AT_RISK;
    }
}
