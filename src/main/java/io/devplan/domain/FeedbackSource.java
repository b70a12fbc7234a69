package io.devplan.domain;

/** Where a piece of feedback came from. */
public enum FeedbackSource implements YamlName {
    REVIEW("review"),
    ONE_ON_ONE("one-on-one"),
    PEER("peer"),
    SELF("self"),
    UPWARD("upward"),
    CUSTOMER("customer"),
    THREE_SIXTY("360");

    private final String yamlName;

    FeedbackSource(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
