package io.devplan.domain;

/** How {@code remind --send} protects its SMTP connection (devplan.yaml {@code mail.security}). */
public enum MailSecurity implements YamlName {
    /** Plain connection upgraded with STARTTLS before anything is said; refused if the server cannot. */
    STARTTLS("starttls"),
    /** TLS from the first byte (SMTPS, usually port 465). */
    TLS("tls"),
    /** No encryption: only for a relay on the same machine or a test server. */
    NONE("none");

    private final String yamlName;

    MailSecurity(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

    /** The port a security usually has when devplan.yaml names none. */
    public int defaultPort() {
        return switch (this) {
            case STARTTLS -> 587;
            case TLS -> 465;
            case NONE -> 25;
        };
    }
}
