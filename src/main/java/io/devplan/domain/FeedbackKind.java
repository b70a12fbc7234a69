package io.devplan.domain;

/** What a piece of feedback says: something to keep, to improve, or to recognise. */
public enum FeedbackKind implements YamlName {
    STRENGTH("strength"),
    IMPROVEMENT("improvement"),
    RECOGNITION("recognition");

    private final String yamlName;

    FeedbackKind(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
