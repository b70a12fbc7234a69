package io.devplan.domain.validate;

/** What a rule checks: one of the SMART letters, or the file format itself. */
public enum Criterion {
    S("S", "Specific"),
    M("M", "Measurable"),
    A("A", "Achievable"),
    R("R", "Relevant"),
    T("T", "Time-bound"),
    SCHEMA("schema", "Format");

    private final String label;
    private final String title;

    Criterion(String label, String title) {
        this.label = label;
        this.title = title;
    }

    /** The name in output and in the JSON contract: S, M, A, R, T or schema. */
    public String label() {
        return label;
    }

    /** The word behind the letter, for people: "Measurable". */
    public String title() {
        return title;
    }
}
