package io.devplan.domain;

import java.util.Set;

/**
 * What kind of thing is due: the {@code kind} of an overdue item. Support to decide and
 * achievements to celebrate have no due date; only reminders name them.
 */
public enum DueKind implements YamlName {
    MILESTONE("milestone"),
    ACTION("action"),
    GOAL("goal"),
    CHECKIN("checkin"),
    SUPPORT("support"),
    ACHIEVEMENT("achievement");

    /** The kinds with a due date: what overdue, due soon and the calendar are about. */
    public static final Set<DueKind> DATED = Set.of(MILESTONE, ACTION, GOAL, CHECKIN);

    private final String yamlName;

    DueKind(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
