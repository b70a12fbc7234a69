package io.devplan.domain;

/** Where a support request stands. */
public enum SupportStatus implements YamlName {
    REQUESTED("requested"),
    APPROVED("approved"),
    PROVIDED("provided"),
    DECLINED("declined");

    private final String yamlName;

    SupportStatus(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
