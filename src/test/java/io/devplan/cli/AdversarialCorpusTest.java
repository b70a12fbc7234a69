package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adversarial corpus: one small repository per class of hostile or careless input under
 * src/test/resources/adversarial/, each with a {@code case.txt} that says what to set up, which
 * commands to run and their exact exit status, stderr and (where given) stdout, as hledger's
 * error tests pair a journal with its expected output. The lines of a case.txt:
 *
 * <pre>
 * # a comment                 % sh command run in the copy first (links, FIFOs, permissions)
 * @ FOLDER                    run the following commands in FOLDER (relative to the copy)
 * $ devplan ARGS              a command; '...' quotes, \n and \\uXXXX escape inside words
 * $! devplan ARGS             the same without root's power to read anything (skipped where
 *                             neither possible nor needed)
 * ? STATUS                    its exit status
 * ! LINE / > LINE             its stderr / stdout, every line, exactly (no '>': stdout unchecked)
 * </pre>
 *
 * Every command has 60 seconds (nothing may hang), and one that fails must leave every file of
 * the copy as it was (nothing written on error). {@code -Dcorpus.update=true} writes what the
 * commands answer into the case files, to review as a diff.
 */
class AdversarialCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/adversarial");
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final boolean UPDATE = Boolean.getBoolean("corpus.update");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyCaseAnswersAsWritten() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(CORPUS)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).isNotEmpty();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> run(c)));
    }

    private record Command(boolean unprivileged, List<String> args, Integer exit, List<String> err, List<String> out,
                           String folder, int line) {}

    private void run(Path caseDir) throws Exception {
        Path copy = temp.resolve(caseDir.getFileName().toString()).resolve("repo");
        copyTree(caseDir, copy);
        List<String> setup = new ArrayList<>();
        List<Command> commands = parse(Files.readAllLines(caseDir.resolve("case.txt")), setup);
        for (String sh : setup) {
            Process p = new ProcessBuilder("sh", "-c", sh).directory(copy.toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as("setup '" + sh + "': " + output).isZero();
        }
        List<CliRunner.Result> results = new ArrayList<>();
        for (Command c : commands) {
            Map<String, String> before = snapshot(copy);
            CliRunner.Result r = c.unprivileged() ? unprivileged(copy.resolve(c.folder()), c.args())
                    : assertTimeoutPreemptively(LIMIT, () -> CliRunner.runIn(copy.resolve(c.folder()).normalize(),
                            temp.resolve("cache"), CliRunner.EXAMPLE_DAY, c.args().toArray(String[]::new)));
            results.add(r);
            String what = caseDir.getFileName() + "/case.txt:" + c.line() + ": devplan " + String.join(" ", c.args());
            if (r.exit() != 0) {
                assertThat(snapshot(copy)).as(what + " wrote files though it failed").isEqualTo(before);
            }
            if (UPDATE) {
                continue;
            }
            assertThat(r.err()).as(what + " (stderr)").isEqualTo(joined(c.err()));
            if (!c.out().isEmpty()) {
                assertThat(r.out()).as(what + " (stdout)").isEqualTo(joined(c.out()));
            }
            assertThat(r.exit()).as(what + " (exit status; stdout: " + r.out() + ")").isEqualTo(c.exit());
        }
        if (UPDATE) {
            rewrite(caseDir.resolve("case.txt"), results);
        }
    }

    /** The case file with each command's expectations replaced by what it answered. */
    private static void rewrite(Path file, List<CliRunner.Result> results) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.get(i));
            if (!lines.get(i).startsWith("$")) {
                continue;
            }
            boolean withOut = false;
            while (i + 1 < lines.size() && lines.get(i + 1).matches("[?!>].*")) {
                withOut |= lines.get(++i).startsWith(">");
            }
            CliRunner.Result r = results.get(n++);
            out.add("? " + r.exit());
            r.err().lines().forEach(l -> out.add(l.isEmpty() ? "!" : "! " + l));
            if (withOut) {
                r.out().lines().forEach(l -> out.add(l.isEmpty() ? ">" : "> " + l));
            }
        }
        Files.write(file, out);
    }

    private static String joined(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    private static List<Command> parse(List<String> lines, List<String> setup) {
        List<Command> out = new ArrayList<>();
        String folder = ".";
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("% ")) {
                setup.add(l.substring(2));
            } else if (l.startsWith("@ ")) {
                folder = l.substring(2).strip();
            } else if (l.startsWith("$ devplan ") || l.startsWith("$! devplan ")) {
                boolean unprivileged = l.startsWith("$!");
                List<String> args = words(l.substring(l.indexOf("devplan ") + "devplan ".length()));
                Integer exit = null;
                List<String> err = new ArrayList<>();
                List<String> stdout = new ArrayList<>();
                int start = i + 1;
                while (i + 1 < lines.size() && lines.get(i + 1).matches("[?!>].*")) {
                    String e = lines.get(++i);
                    if (e.startsWith("? ")) {
                        exit = Integer.parseInt(e.substring(2).strip());
                    } else if (e.startsWith("!")) {
                        err.add(e.length() > 1 ? e.substring(2) : "");
                    } else if (e.startsWith(">")) {
                        stdout.add(e.length() > 1 ? e.substring(2) : "");
                    }
                }
                if (exit == null && !UPDATE) {
                    throw new IllegalArgumentException("case.txt:" + start + ": a command needs '? STATUS'");
                }
                out.add(new Command(unprivileged, args, exit, err, stdout, folder, start));
            }
        }
        return out;
    }

    /** Words as a shell splits them, with '...' quoting and \n, \t and \\uXXXX escapes. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = null;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                w = w == null ? new StringBuilder() : w;
            } else if (c == ' ' && !quoted) {
                if (w != null) {
                    out.add(w.toString());
                    w = null;
                }
            } else {
                w = w == null ? new StringBuilder() : w;
                if (c == '\\' && i + 1 < line.length()) {
                    char n = line.charAt(++i);
                    if (n == 'u') {
                        w.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        w.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
                    }
                } else {
                    w.append(c);
                }
            }
        }
        if (w != null) {
            out.add(w.toString());
        }
        return out;
    }

    /**
     * Runs devplan in a process that cannot read what its permissions deny: as root, one with the
     * capabilities to override them dropped (setpriv); as anyone else, in-process does the same.
     */
    private CliRunner.Result unprivileged(Path cwd, List<String> args) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            return CliRunner.runIn(cwd, temp.resolve("cache"), CliRunner.EXAMPLE_DAY, args.toArray(String[]::new));
        }
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv is needed to test as root");
        List<String> argv = new ArrayList<>(List.of("/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dslf4j.internal.verbosity=ERROR", "-cp", System.getProperty("java.class.path"), "io.devplan.Main"));
        argv.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(argv).directory(cwd.toFile());
        pb.environment().put("DEVPLAN_NO_CACHE", "1");
        pb.redirectOutput(temp.resolve("out.txt").toFile()).redirectError(temp.resolve("err.txt").toFile());
        Process p = pb.start();
        if (!p.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("devplan " + args + " did not end within " + LIMIT);
        }
        return new CliRunner.Result(p.exitValue(), Files.readString(temp.resolve("out.txt")),
                Files.readString(temp.resolve("err.txt")));
    }

    /** Every regular file of the copy with its content: what a command that fails must not change. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                files.put(dir.relativize(f).toString(), a.isRegularFile()
                        ? new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1) : a.isSymbolicLink() ? "link" : "other");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                files.put(dir.relativize(f).toString(), "unreadable");
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            s.forEach(p -> {
                Path target = to.resolve(from.relativize(p).toString());
                try {
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else if (!p.getFileName().toString().equals("case.txt")) {
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
