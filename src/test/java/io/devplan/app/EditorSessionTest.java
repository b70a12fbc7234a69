package io.devplan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.devplan.Hostile;
import io.devplan.TestRepo;
import io.devplan.store.Repository;
import io.devplan.store.WriteRefusedException;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: the editor round trip of {@code devplan edit}, with real editor processes (shell
 * scripts): the private copy, problems as COPY:LINE:COLUMN, the re-edit loop, kept copies, and
 * Ctrl-C while the editor is open.
 */
class EditorSessionTest {
    private static final String PLAN = "employee:\n  id: a\n  name: A  # keep\n";
    private static final Pattern KEPT = Pattern.compile("your edited copy is kept in (\\S+)");

    @TempDir
    Path root;
    Path file;
    Repository repo;
    StringWriter err = new StringWriter();
    List<Path> kept = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        file = TestRepo.withPlan(root, "a", PLAN);
        repo = Repository.open(root, root);
    }

    @AfterEach
    void removeKeptCopies() throws IOException {
        for (Path copy : kept) {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(copy.getParent());
        }
    }

    /** An editor: a shell script run as {@code script FILE}; {@code $1} is the copy. */
    private String editor(String body) throws IOException {
        Path script = root.resolve("editor-" + System.nanoTime() + ".sh");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script.toString();
    }

    private EditorSession session(String editor) {
        return new EditorSession(repo, editor, new PrintWriter(err, true));
    }

    private Path keptCopy(String message) {
        Matcher m = KEPT.matcher(message);
        assertThat(m.find()).as(message).isTrue();
        Path copy = Path.of(m.group(1));
        kept.add(copy);
        return copy;
    }

    private void noCopiesLeft() throws IOException {
        try (var dirs = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(dirs.filter(d -> d.getFileName().toString().startsWith("devplan-edit-"))
                    .filter(d -> d.resolve("a.yaml").toFile().exists() && !kept.contains(d.resolve("a.yaml")))
                    .filter(d -> {
                        try {
                            return Files.readString(d.resolve("a.yaml")).contains("marker-" + root.getFileName());
                        } catch (IOException e) {
                            return false;
                        }
                    })).isEmpty();
        }
    }

    @Test
    void savesAValidEditFromAPrivateCopy() throws IOException {
        Path seen = root.resolve("seen");
        String ed = editor("stat -c '%a %n' \"$(dirname \"$1\")\" \"$1\" > '" + seen + "'\n"
                + "sed -i 's/name: A/name: Ann/' \"$1\"");
        assertThat(session(ed).edit(file, () -> false)).isEqualTo(EditorSession.Result.SAVED);
        assertThat(Files.readString(file)).isEqualTo("employee:\n  id: a\n  name: Ann  # keep\n");
        List<String> modes = Files.readAllLines(seen);
        assertThat(modes.get(0)).matches("700 .*/devplan-edit-[^/]+");
        assertThat(modes.get(1)).matches("600 .*/devplan-edit-[^/]+/a\\.yaml");
        Path copy = Path.of(modes.get(1).substring(4));
        assertThat(copy).doesNotExist();
        assertThat(copy.getParent()).doesNotExist();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void reportsEachProblemAtItsPlaceInTheKeptCopy() throws IOException {
        AtomicInteger asked = new AtomicInteger();
        String ed = editor("sed -i 's/name: A/nmae: A/' \"$1\"");
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> session(ed).edit(file, () -> asked.incrementAndGet() < 0));
        assertThat(refused).isInstanceOf(WriteRefusedException.class);
        Path copy = keptCopy(refused.getMessage());
        assertThat(refused.getMessage()).isEqualTo("not writing plans/a.yaml: the edited copy is not a valid plan "
                + "(2 problems above); your edited copy is kept in " + copy);
        assertThat(err.toString()).isEqualTo("devplan: " + copy + ":2:3: 'employee' needs 'name'\n"
                + "devplan: " + copy + ":3:3: unknown key 'nmae' in 'employee'; did you mean 'name'?\n");
        assertThat(Files.readString(copy)).isEqualTo("employee:\n  id: a\n  nmae: A  # keep\n");
        assertThat(asked.get()).isEqualTo(1);
        assertThat(Files.readString(file)).isEqualTo(PLAN);
        assertThat(root.resolve("plans").toFile().list()).containsExactly("a.yaml");
    }

    @Test
    void editsAgainUntilTheCopyIsValid() throws IOException {
        Path count = root.resolve("count");
        // The first round breaks the plan, the second repairs it and changes the name.
        String ed = editor("echo x >> '" + count + "'\n"
                + "if [ \"$(wc -l < '" + count + "')\" -eq 1 ]; then sed -i 's/name: A/nmae: A/' \"$1\";\n"
                + "else sed -i 's/nmae: A/name: Anna/' \"$1\"; fi");
        AtomicInteger asked = new AtomicInteger();
        assertThat(session(ed).edit(file, () -> asked.incrementAndGet() == 1)).isEqualTo(EditorSession.Result.SAVED);
        assertThat(Files.readString(file)).isEqualTo("employee:\n  id: a\n  name: Anna  # keep\n");
        assertThat(asked.get()).isEqualTo(1);
        assertThat(err.toString()).contains(":3:3: unknown key 'nmae'");
    }

    @Test
    void anEditorThatFailsLeavesThePlanAndKeepsOnlyAChangedCopy() throws IOException {
        assertThatThrownBy(() -> session(editor("exit 1")).edit(file, () -> false))
                .isInstanceOf(WriteRefusedException.class)
                .hasMessage("the editor exited with status 1; plans/a.yaml is unchanged");
        Throwable changed = org.assertj.core.api.Assertions.catchThrowable(() -> session(
                editor("echo '# marker-" + root.getFileName() + "' >> \"$1\"; exit 3")).edit(file, () -> false));
        Path copy = keptCopy(changed.getMessage());
        assertThat(changed).hasMessage("the editor exited with status 3; plans/a.yaml is unchanged; your edited "
                + "copy is kept in " + copy);
        assertThat(Files.readString(copy)).endsWith("# marker-" + root.getFileName() + "\n");
        assertThat(Files.readString(file)).isEqualTo(PLAN);
    }

    @Test
    void noChangeIsNoWrite() throws IOException {
        assertThat(session(editor("true")).edit(file, () -> false)).isEqualTo(EditorSession.Result.UNCHANGED);
        assertThat(Files.readString(file)).isEqualTo(PLAN);
        noCopiesLeft();
    }

    /** devplan in a session of its own, so that the editor's Ctrl-C (kill -INT 0) reaches only its group. */
    private int editInOwnSession(String editorCommand) throws Exception {
        assumeTrue(Hostile.onPath("setsid"), "needs setsid to give devplan a process group of its own");
        List<String> cmd = new ArrayList<>(List.of("setsid", Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-cp", String.join(File.pathSeparator,
                runtimeClasspath()), "io.devplan.Main", "--dir", root.toString(), "edit", "a"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(root.resolve("out.txt").toFile()).redirectError(root.resolve("err.txt").toFile());
        pb.environment().put("EDITOR", editorCommand);
        pb.environment().remove("VISUAL");
        pb.environment().put("DEVPLAN_NO_CACHE", "1");
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    private static List<String> runtimeClasspath() {
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!e.contains("test-classes") && !e.contains("slf4j") && !e.contains("ical4j")) {
                entries.add(e);
            }
        }
        return entries;
    }

    @Test
    void ctrlCWhileTheEditorIsOpenBelongsToTheEditorAndTheEditIsApplied() throws Exception {
        // Like a terminal's Ctrl-C: SIGINT to the whole foreground group (devplan, sh, the editor).
        String ed = editor("trap 'echo editor saw Ctrl-C >&2' INT\nkill -INT 0\nsleep 0.5\n"
                + "sed -i 's/name: A/name: Ann/' \"$1\"");
        int exit = editInOwnSession(ed);
        assertThat(Files.readString(root.resolve("err.txt"))).isEqualTo("editor saw Ctrl-C\n");
        assertThat(exit).isZero();
        assertThat(Files.readString(root.resolve("out.txt"))).isEqualTo("Saved plans/a.yaml\n"
                .replace("plans/a.yaml", file.toString()));
        assertThat(Files.readString(file)).isEqualTo("employee:\n  id: a\n  name: Ann  # keep\n");
    }

    @Test
    void anEditorKilledByCtrlCLeavesThePlanAndNamesItsCopy() throws Exception {
        String ed = editor("sed -i 's/name: A/name: Half done/' \"$1\"\nkill -INT 0\nsleep 5");
        int exit = editInOwnSession(ed);
        String err = Files.readString(root.resolve("err.txt"));
        assertThat(exit).isEqualTo(4);
        Path copy = keptCopy(err);
        assertThat(err).isEqualTo("devplan: the editor was interrupted; " + file + " is unchanged; your edited copy "
                + "is kept in " + copy + "\n");
        assertThat(Files.readString(copy)).contains("name: Half done");
        assertThat(Files.readString(file)).isEqualTo(PLAN);
    }
}
