package io.devplan.build;

import io.devplan.cli.Cli;
import io.devplan.store.BuildInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import picocli.CommandLine;

/**
 * The build step that writes what is generated from the annotated command model; Maven runs it
 * after compiling the main classes (process-classes, see pom.xml). It writes
 *
 * <ul>
 *   <li>the man pages and completion scripts into {@code DOCS} (target/generated-docs, which the
 *       release bundle takes), and with {@code -Pdocs} also into man/ and completions/ of the
 *       source tree, where they are committed for review and for {@code man -l} in a checkout;
 *   <li>the JSON Schemas of devplan.yaml and a plan, from the format table, into schema/ and as
 *       resources of the jar, which {@code init} copies into a repository for editors;
 *   <li>the completion scripts as resources of the jar, which {@code devplan completion} prints;
 *   <li>{@code FastCommands.java}, which it compiles into the classes itself (main code is compiled
 *       before this step, so it finds the class by name).
 * </ul>
 *
 * <p>Nothing here is in the jar: src/build/java is compiled after the main classes, and
 * {@code io/devplan/build} is left out of the jar.
 *
 * <p>Usage: {@code Generate CLASSES SOURCES DOCS [TREE]}.
 */
public final class Generate {
    private Generate() {}

    /** The command that writes man/ and completions/ of the source tree; tests name it on drift. */
    public static final String REGENERATE = "mvn -B -q -Pdocs process-classes";

    /** The folders of the source tree that hold generated files only. */
    public static final List<String> TREE_FOLDERS = List.of("man", "completions", "schema");

    /** Relative path to content: man/*.1, man/devplan-format.5 and completions/*. */
    public static Map<String, String> docs() {
        String version = "devplan " + BuildInfo.version();
        CommandLine root = Cli.create(Clock.systemUTC());
        Map<String, String> files = new LinkedHashMap<>();
        ManPages.all(root, version).forEach((name, page) -> files.put("man/" + name, page));
        files.put("man/devplan-format.5", FormatManual.page(version));
        Completions.scripts(root).forEach((name, script) -> files.put("completions/" + name, script));
        files.put("schema/" + SchemaWriter.PLAN, SchemaWriter.plan());
        files.put("schema/" + SchemaWriter.CONFIG, SchemaWriter.config());
        return files;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: Generate CLASSES SOURCES DOCS [TREE]");
        }
        Path classes = Path.of(args[0]);
        Path sources = Path.of(args[1]);
        Path docs = Path.of(args[2]);
        Map<String, String> files = docs();
        write(docs, files);
        if (args.length > 3 && !args[3].isBlank() && !args[3].equals("-")) {
            writeTree(Path.of(args[3]), files);
        }
        CommandLine root = Cli.create(Clock.systemUTC());
        Completions.scripts(root).forEach((name, script) -> write(classes.resolve("io/devplan/completions/" + name), script));
        // The schemas init copies into a new repository, as resources of the jar.
        write(classes.resolve("io/devplan/schema/" + SchemaWriter.PLAN), SchemaWriter.plan());
        write(classes.resolve("io/devplan/schema/" + SchemaWriter.CONFIG), SchemaWriter.config());
        Path fast = sources.resolve("io/devplan/cli/FastCommands.java");
        write(fast, FastCommandsSource.of(root));
        compile(fast, classes);
    }

    /** Into the source tree: the generated files, and none that is no longer generated. */
    private static void writeTree(Path tree, Map<String, String> files) throws IOException {
        for (String folder : TREE_FOLDERS) {
            Path dir = tree.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> old = Files.list(dir)) {
                    for (Path f : old.toList()) {
                        if (!files.containsKey(folder + "/" + f.getFileName())) {
                            Files.delete(f);
                        }
                    }
                }
            }
        }
        write(tree, files);
    }

    private static void write(Path dir, Map<String, String> files) {
        files.forEach((name, content) -> write(dir.resolve(name), content));
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Compiles FastCommands.java against the main classes, at the release they are compiled at. */
    private static void compile(Path source, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the build runs on a JRE without javac: run Maven with a JDK");
        }
        int status = javac.run(null, null, null, "--release", "17", "-encoding", "UTF-8", "-proc:none",
                "-Xlint:all", "-classpath", classes.toString() + java.io.File.pathSeparator
                        + System.getProperty("java.class.path"),
                "-d", classes.toString(), source.toString());
        if (status != 0) {
            throw new IllegalStateException(source + ", written from the command model, does not compile (see "
                    + "javac's messages above): a bug in FastCommandsSource: a new kind of option it does not know yet");
        }
    }
}
