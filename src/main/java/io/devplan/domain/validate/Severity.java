package io.devplan.domain.validate;

/** How much a finding matters: errors fail validate, warnings fail it with --strict, info never. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The name in output and in the JSON contract: error, warning, info. */
    public String label() {
        return label;
    }
}
