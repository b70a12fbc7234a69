package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.devplan.Hostile;
import io.devplan.TestRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12, the authoring side: control characters in free-text options are usage errors; the
 * private note can come from standard input; a |+ note and a one-line note come back as written;
 * what the editor cannot place is exit 4; init and new make private folders.
 */
class Issue12AuthoringTest {
    private static final String PLAN = """
            employee:
              id: a
              name: A
              since: 2026-01-01

            feedback:

            goals:
              - id: g
                title: Ship the importer
                status: active
                due: 2026-12-31

            checkins:
              - date: 2026-10-01
                notes: |+
                  Kept lines.


            """;

    @TempDir
    Path dir;
    Path plan;

    @BeforeEach
    void setUp() throws IOException {
        plan = TestRepo.withPlan(dir, "a", PLAN);
    }

    private CliRunner.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--dir", dir.toString()));
        all.addAll(List.of(args));
        return CliRunner.run(all.toArray(String[]::new));
    }

    static Stream<Arguments> controlCharacters() {
        return Stream.of(
                Arguments.of("checkin", "--note", "\u001b[31mred", 1, "0x1B", List.of("checkin", "a", "--note")),
                Arguments.of("checkin", "--private", "fine\u0007", 5, "0x07", List.of("checkin", "a", "--private")),
                Arguments.of("feedback add", "--text", "a\rb", 2, "0x0D", List.of("feedback", "add", "a", "--text")),
                Arguments.of("new", "--name", "B\u0085", 2, "0x85", List.of("new", "b", "--name")),
                Arguments.of("goal add", "--title", "Give a talk\u009b2J", 12, "0x9B",
                        List.of("goal", "add", "a", "--id", "talk", "--due", "2026-12-01", "--title")),
                Arguments.of("achieve", "--title", "\u0000x", 1, "0x00", List.of("achieve", "a", "--title")),
                Arguments.of("init", "--organization", "Acme\u007f", 5, "0x7F",
                        List.of("init", "--organization")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("controlCharacters")
    void controlCharactersInFreeTextAreAUsageErrorAndNothingIsWritten(String command, String option, String value,
            int at, String code, List<String> args) throws IOException {
        List<String> argv = new ArrayList<>(args);
        argv.add(value);
        CliRunner.Result r = run(argv.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("devplan: " + option + " has a control character (U+00" + code.substring(2)
                + ") at character " + at + "; plan text may hold line breaks and tabs but no other control "
                + "characters: remove it (often a pasted escape sequence) and run the command again\n"
                + "Try 'devplan " + command + " --help' for more information.\n");
        assertThat(Files.readString(plan)).isEqualTo(PLAN);
        assertThat(dir.resolve("plans").toFile().list()).containsExactly("a.yaml");
    }

    @Test
    void lineBreaksAndTabsAreText() throws IOException {
        CliRunner.Result r = run("checkin", "a", "--date", "2026-11-01", "--note", "one\ttab", "--next", "2026-12-01");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(plan)).contains("notes: \"one\\ttab\"");
    }

    @Test
    void aCheckinAfterAKeepBlockKeepsItsTrailingLinesAndAOneLineNoteStaysOneLine() throws IOException {
        CliRunner.Result r = run("checkin", "a", "--date", "2026-11-01", "--note", "Short.", "--next", "2026-12-01");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(plan)).isEqualTo(PLAN + "  - date: 2026-11-01\n    notes: Short.\n"
                + "    next: 2026-12-01\n");
    }

    @Test
    void thePrivateNoteCanComeFromStandardInput() throws IOException {
        Hostile.Run r = Hostile.devplan(dir, Map.of("DEVPLAN_NO_CACHE", "1"), "Workload at home;\nrevisit in May.\n",
                "checkin", "a", "--date", "2026-11-01", "--note", "Fine.", "--private", "-", "--next", "2026-12-01");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(plan)).endsWith("  - date: 2026-11-01\n    notes: Fine.\n    private: |-\n"
                + "      Workload at home;\n      revisit in May.\n    next: 2026-12-01\n");

        Hostile.Run bad = Hostile.devplan(dir, Map.of("DEVPLAN_NO_CACHE", "1"), "\u001b]52;c;aGk=\u0007\n",
                "checkin", "a", "--date", "2026-11-02", "--note", "Fine.", "--private", "-");
        assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).startsWith("devplan: the private note read by --private - has a control character "
                + "(U+001B) at character 1;");
    }

    @Test
    void onATerminalThePrivateNoteIsAskedForWithoutEcho() throws Exception {
        assumeTrue(Hostile.onPath("script"), "needs script (util-linux) for a terminal");
        String command = Path.of(System.getProperty("java.home"), "bin", "java") + " -XX:-UsePerfData -cp "
                + String.join(java.io.File.pathSeparator, Hostile.runtimeClasspath()) + " io.devplan.Main --dir " + dir
                + " checkin a --date 2026-11-01 --note Fine. --private - --next 2026-12-01";
        ProcessBuilder pb = new ProcessBuilder("script", "-qec", command, "/dev/null").redirectErrorStream(true);
        pb.environment().put("DEVPLAN_NO_CACHE", "1");
        Process p = pb.start();
        StringBuilder screen = new StringBuilder();
        var in = p.getInputStream();
        while (!screen.toString().contains("Private note (not shown): ")) {
            int c = in.read();
            assertThat(c).as("the prompt, after: " + screen).isNotNegative();
            screen.append((char) c);
        }
        p.getOutputStream().write("Kept from the screen\r".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        p.getOutputStream().flush();
        screen.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(screen.toString()).isZero();
        assertThat(screen.toString()).doesNotContain("Kept from the screen").contains("Recorded check-in 2026-11-01");
        assertThat(Files.readString(plan)).contains("    private: Kept from the screen\n");
    }

    @Test
    void aMultiLineItemTheEditorCannotPlaceIsExit4() throws IOException {
        String flow = "employee: {id: a, name: A}\ncheckins: [{date: 2026-01-01}]\n";
        Files.writeString(plan, flow);
        CliRunner.Result r = run("checkin", "a", "--date", "2026-11-01", "--note", "one", "--note", "two");
        assertThat(r.exit()).isEqualTo(ExitCodes.WRITE_REFUSED);
        assertThat(r.err()).isEqualTo("devplan: cannot change " + plan + ": cannot add a multi-line item to the "
                + "one-line list at line 2; write the list as a block list ('- ' items) first; nothing was written\n");
        assertThat(Files.readString(plan)).isEqualTo(flow);
    }

    @Test
    void newRefusesAPlanLargerThanTheReaderAccepts() {
        String name = "N".repeat(1 << 20);
        CliRunner.Result r = run("new", "b", "--name", name);
        assertThat(r.exit()).isEqualTo(ExitCodes.WRITE_REFUSED);
        assertThat(r.err()).matches("devplan: not writing " + dir.resolve("plans/b.yaml").toString().replace(".", "\\.")
                + ": the result would be \\d+ bytes, more than the 1024 KiB a devplan file may have\n");
        assertThat(dir.resolve("plans").toFile().list()).containsExactly("a.yaml");
    }

    @Test
    void initsGitignoreCoversJvmCrashLogsAndAddsOnlyWhatIsMissing(@TempDir Path fresh) throws IOException {
        Files.createDirectories(fresh.resolve(".git"));
        Files.writeString(fresh.resolve(".gitignore"), "*.log.bak\nplans/**/*.lock\nplans/**/.*.tmp\n");
        assertThat(CliRunner.run("init", fresh.toString()).exit()).isZero();
        assertThat(Files.readString(fresh.resolve(".gitignore"))).isEqualTo("*.log.bak\nplans/**/*.lock\n"
                + "plans/**/.*.tmp\n# devplan's lock and temporary files, and JVM crash logs (they hold memory)\n"
                + "hs_err_pid*.log\nreplay_pid*.log\n");
    }

    @Test
    void initMakesPlansOwnerOnlyAndNewMakesFoldersForTheFileMode(@TempDir Path fresh) throws IOException {
        assertThat(CliRunner.run("init", fresh.toString()).exit()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh.resolve("plans"))))
                .isEqualTo("rwx------");
        Files.writeString(fresh.resolve("devplan.yaml"), "file-mode: \"0640\"\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(CliRunner.run("--dir", fresh.toString(), "new", "b", "--name", "B", "--folder", "oslo").exit())
                .isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh.resolve("plans/oslo"))))
                .isEqualTo("rwxr-x---");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh.resolve("plans/oslo/b.yaml"))))
                .isEqualTo("rw-r-----");
    }
}
