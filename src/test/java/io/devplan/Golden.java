package io.devplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a reviewed file under src/test/resources/golden. Run the tests with
 * {@code -Dgolden.update=true} to rewrite the files, then review the diff before committing.
 */
public final class Golden {
    private static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {}

    public static void assertMatches(String name, String actual) {
        Path file = ROOT.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual);
                if (!Boolean.getBoolean("golden.update")) {
                    throw new AssertionError("golden file " + file + " did not exist; it was written: review and commit it");
                }
            }
            assertThat(actual).as("output compared with " + file).isEqualTo(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
