package io.devplan.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JSON Schemas of plan files and devplan.yaml for YAML-aware editors (VS Code's YAML
 * extension, IntelliJ, Neovim with yaml-language-server). {@code devplan init} copies them into
 * {@code .devplan/} of the repository, and new files carry a modeline with a path relative to
 * the file, which the language server resolves: completion and checks work offline, and the
 * schema always matches the devplan version that created the repository. The same files are in
 * the project's {@code schema/} folder.
 */
public final class EditorSchemas {
    public static final String DIR = ".devplan";
    public static final String PLAN_SCHEMA = "plan.schema.json";
    public static final String CONFIG_SCHEMA = "devplan.schema.json";
    static final List<String> FILES = List.of(CONFIG_SCHEMA, PLAN_SCHEMA);
    private static final String RESOURCES = "/io/devplan/schema/";

    private EditorSchemas() {}

    /** The schema's text as shipped in devplan's jar. */
    public static String text(String name) {
        try (InputStream in = EditorSchemas.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("devplan's jar lacks " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void install(Path root, String name) throws IOException {
        Path dir = root.resolve(DIR);
        Files.createDirectories(dir);
        AtomicFiles.createNew(dir.resolve(name), text(name), "0644");
    }

    static boolean installed(Path root, String name) {
        return Files.isRegularFile(root.resolve(DIR).resolve(name));
    }

    /**
     * The first line of a new file {@code depth} folders below the root: yaml-language-server
     * resolves a relative {@code $schema} against the file's own folder.
     */
    static String modeline(String name, int depth) {
        return "# yaml-language-server: $schema=" + "../".repeat(depth) + DIR + "/" + name + "\n";
    }
}
