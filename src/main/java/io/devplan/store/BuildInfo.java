package io.devplan.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What the build recorded about itself in {@code version.properties}: the version people see,
 * and an identity that changes with every build, which the parse cache trusts nothing without.
 * Read once per run.
 */
public final class BuildInfo {
    private static final Properties PROPERTIES = load();

    private BuildInfo() {}

    /** The project version, or "(development build)" when the resource was not filtered. */
    public static String version() {
        String v = PROPERTIES.getProperty("version");
        return v == null || v.startsWith("${") ? "(development build)" : v;
    }

    /** Version and build time, such as {@code 0.1.0+20261201T191503325}; null when unknown. */
    static String id() {
        String version = PROPERTIES.getProperty("version");
        String built = PROPERTIES.getProperty("built");
        return version == null || built == null || built.startsWith("${") ? null : version + "+" + built;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/io/devplan/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an empty set: version() says development build, id() is null and nothing is cached
        }
        return p;
    }
}
