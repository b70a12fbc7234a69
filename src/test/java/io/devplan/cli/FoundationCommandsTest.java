package io.devplan.cli;

import static io.devplan.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoundationCommandsTest {
    @TempDir
    Path dir;

    private String d() {
        return dir.toString();
    }

    @Test
    void initCreatesARepositoryAndRefusesToOverwriteIt() throws Exception {
        var first = run("init", d());
        assertThat(first.exit()).isEqualTo(ExitCodes.OK);
        assertThat(dir.resolve("devplan.yaml")).exists();
        assertThat(dir.resolve("plans")).isDirectory();
        String before = Files.readString(dir.resolve("devplan.yaml"));

        var second = run("init", d());
        assertThat(second.exit()).isEqualTo(ExitCodes.WRITE_REFUSED);
        assertThat(second.err()).isEqualTo("devplan: " + dir.toAbsolutePath().normalize().resolve("devplan.yaml")
                + " already exists; devplan init never overwrites a repository\n");
        assertThat(Files.readString(dir.resolve("devplan.yaml"))).isEqualTo(before);
    }

    @Test
    void initInAGitWorkTreeIgnoresLockFiles() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        assertThat(run("init", d()).exit()).isZero();
        assertThat(Files.readString(dir.resolve(".gitignore"))).contains("plans/**/*.lock");
    }

    @Test
    void newCreatesAPlanReadableByItsOwnerOnly() throws Exception {
        run("init", d());
        var r = run("--dir", d(), "new", "alice", "--name", "Alice: the \"Great\"", "--manager", "bob",
                "--team", "no", "--since", "2026-01-31", "--cadence", "P3W");
        // bob has no plan yet: written all the same, with a warning (issue 14).
        assertThat(r.err()).startsWith("devplan: warning: manager 'bob' is no plan in this repository;");
        assertThat(r.exit()).isZero();
        Path file = dir.resolve("plans/alice.yaml");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        var show = run("--dir", d(), "show", "alice", "--as-of", "2026-02-01");
        assertThat(show.err()).isEmpty();
        assertThat(show.out()).startsWith("Alice: the \"Great\" (alice) · team no · manager bob\n"
                + "Cadence P3W · last check-in none · next 2026-02-21 (in 20 days)\n");
    }

    @Test
    void newHonoursTheRepositoryFileMode() throws Exception {
        Files.writeString(dir.resolve("devplan.yaml"), "file-mode: 0640\n");
        assertThat(run("--dir", d(), "new", "a", "--name", "A").exit()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("plans/a.yaml"))))
                .isEqualTo("rw-r-----");
    }

    @Test
    void newRefusesAnExistingIdAnywhereUnderPlans() throws Exception {
        run("init", d());
        assertThat(run("--dir", d(), "new", "alice", "--name", "A", "--folder", "platform").exit()).isZero();
        var again = run("--dir", d(), "new", "alice", "--name", "Other");
        assertThat(again.exit()).isEqualTo(ExitCodes.WRITE_REFUSED);
        assertThat(again.err()).contains("a plan for 'alice' already exists: ")
                .contains("plans/platform/alice.yaml");
        assertThat(dir.resolve("plans/alice.yaml")).doesNotExist();
    }

    @Test
    void newRejectsUnsafeIds() {
        run("init", d());
        for (String id : new String[] {"../evil", "/etc/passwd", "a/b", "con", "Alice", "a..b", ".hidden"}) {
            var r = run("--dir", d(), "new", id, "--name", "X");
            assertThat(r.exit()).as(id).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).as(id).startsWith("devplan: ");
        }
        assertThat(dir.resolve("plans")).isEmptyDirectory();
    }

    @Test
    void missingRepositoryIsExit3WithOneLine() {
        var r = run("--dir", d(), "show", "alice");
        assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.err()).hasLineCount(1).startsWith("devplan: not a plan repository: ");
    }

    @Test
    void unknownEmployeeIsAUsageErrorWithASuggestion() {
        var r = run("--dir", "examples/acme", "show", "alice-anderson");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("devplan: no plan for 'alice-anderson' in ")
                .contains("did you mean 'alice-andersen'?");
    }

    @Test
    void aBrokenPlanIsExit3WithFileLineAndColumn() throws Exception {
        run("init", d());
        Files.writeString(dir.resolve("plans/a.yaml"), "employee:\n  id: a\n  name: A\n  since: 2026-02-30\n");
        var r = run("--dir", d(), "show", "a");
        assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.err()).endsWith("plans/a.yaml:4:10: impossible date 2026-02-30 in 'since': February 2026 has 28 days\n")
                .doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badAsOfDateIsAUsageError() {
        var r = run("--dir", "examples/acme", "show", "alice-andersen", "--as-of", "2026-02-30");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("devplan: Invalid value for option '--as-of': '2026-02-30' is not a date: "
                + "February 2026 has 28 days\n");
    }

    @Test
    void dirWorksBeforeAndAfterTheCommand() {
        var before = run("--dir", "examples/acme", "show", "sofia-lindqvist", "--as-of", "2026-11-22");
        var after = run("show", "sofia-lindqvist", "--as-of", "2026-11-22", "--dir", "examples/acme");
        assertThat(before.exit()).isZero();
        assertThat(after.out()).isEqualTo(before.out());
    }

    @Test
    void showGolden() {
        for (String id : new String[] {"alice-andersen", "sofia-lindqvist", "henrik-dahl"}) {
            var r = run("--dir", "examples/acme", "show", id, "--as-of", "2026-11-22");
            assertThat(r.err()).isEmpty();
            Golden.assertMatches("show/" + id + ".txt", r.out());
        }
    }

    @Test
    void showJsonGolden() {
        var r = run("--dir", "examples/acme", "show", "sofia-lindqvist", "--as-of", "2026-11-22", "--format", "json");
        assertThat(r.exit()).isZero();
        Golden.assertMatches("show/sofia-lindqvist.json", r.out());
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        var cmd = Cli.create(CliRunner.EXAMPLE_DAY);
        for (var sub : cmd.getSubcommands().values()) {
            if (sub.getCommandName().equals("help") || sub.getCommandSpec().usageMessage().hidden()) {
                continue;
            }
            String help = sub.getUsageMessage();
            assertThat(help).as(sub.getCommandName()).contains("Examples:").contains("devplan " + sub.getCommandName());
        }
    }

    @Test
    void onlyTheNamedCommandIsBuiltNoneForTheVersionAndEverythingElseGetsAllCommands() {
        assertThat(Cli.create(CliRunner.EXAMPLE_DAY, new String[] {"--dir", "x", "--no-color", "overdue", "--as-of", "2026-01-01"})
                .getSubcommands().keySet()).containsExactly("overdue");
        assertThat(Cli.create(CliRunner.EXAMPLE_DAY, new String[] {"-C", "x", "feedback", "add", "a"})
                .getSubcommands().keySet()).containsExactly("feedback");
        int all = DevplanCommand.COMMANDS.size();
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "show"}, {"shwo"}, {"--dir", "x"}, {"--version", "x"},
                {"--version", "--help"}}) {
            assertThat(Cli.create(CliRunner.EXAMPLE_DAY, args).getSubcommands()).as(String.join(" ", args)).hasSize(all);
        }
        for (String[] args : new String[][] {{"--version"}, {"-V"}, {"--dir", "x", "--no-color", "--version"}, {"-Cx", "-V"}}) {
            assertThat(Cli.create(CliRunner.EXAMPLE_DAY, args).getSubcommands()).as(String.join(" ", args)).isEmpty();
        }
        assertThat(run("--version").out()).startsWith("devplan ");
        var typo = run("shwo");
        assertThat(typo.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(typo.err()).startsWith("devplan: unknown command 'shwo'; did you mean 'show'?\n");
    }

    @Test
    void withinTakesZeroOrMoreDaysOnEveryCommand() {
        for (String[] args : new String[][] {{"overdue"}, {"remind"}, {"agenda", "alice-andersen"}}) {
            String[] argv = java.util.stream.Stream.concat(java.util.stream.Stream.of("--dir", "examples/acme"),
                    java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--within", "-1")))
                    .toArray(String[]::new);
            var r = run(argv);
            assertThat(r.exit()).as(args[0]).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).as(args[0]).startsWith("devplan: Invalid value for option '--within': '-1' is not a number "
                    + "of days; use 0 or more, such as 7\n");
        }
    }

    @Test
    void versionIsPrinted() {
        var r = run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("devplan ");
    }
}
