package io.devplan.domain;

/** Who assessed a competency level. */
public enum Assessor implements YamlName {
    SELF("self"),
    MANAGER("manager"),
    PEER("peer");

    private final String yamlName;

    Assessor(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
