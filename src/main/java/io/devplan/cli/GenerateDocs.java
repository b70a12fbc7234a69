package io.devplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Writes man/, completions/ and FastCommands.java from the command model. The build runs it for
 * the release bundle; a test compares its output with the committed files, so they never drift
 * from the code.
 */
public final class GenerateDocs {
    private GenerateDocs() {}

    /** Relative path to content, for man pages and completion scripts. */
    public static Map<String, String> files(String version) {
        CommandLine root = Cli.create(Clock.systemUTC());
        Map<String, String> files = new LinkedHashMap<>();
        ManPages.all(root, version).forEach((name, page) -> files.put("man/" + name, page));
        files.put("man/devplan-format.5", FormatManual.page(version));
        files.put("completions/devplan.bash", Completions.script(root, Completions.Shell.bash));
        files.put("completions/_devplan", Completions.script(root, Completions.Shell.zsh));
        files.put("completions/devplan.fish", Completions.script(root, Completions.Shell.fish));
        files.put(FastCommandsSource.FILE, FastCommandsSource.of(root));
        return files;
    }

    public static String version() {
        return new VersionProvider().getVersion()[0];
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        String version = args.length > 1 ? "devplan " + args[1] : version();
        for (Map.Entry<String, String> f : files(version).entrySet()) {
            Path file = out.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
    }
}
