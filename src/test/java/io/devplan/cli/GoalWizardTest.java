package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * goal add's SMART wizard, driven through JLine's dumb terminal with scripted keys, the whole
 * command around it: the plan is odd.yaml (four-space indentation, lists at the key's column).
 */
class GoalWizardTest {
    /** Answers to a full happy path; each string is one line typed, "\t" is Tab. */
    private static final List<String> HAPPY = List.of(
            "Give two talks at the guild",  // specific outcome
            "",                              // id: the one derived from the title
            "talks given", "zero", "0", "2", "talks",  // measure, baseline (bad, then good), target, unit
            "train\t", "Speaker course", "450", "EUR", "",  // support (Tab completes the kind); no more
            "fb\t",                          // feedback it answers, completed
            "reliability",                   // priority
            "",                              // start: today
            "2026-01-01", "+6m",             // due: before the start (re-asked), then relative
            "Outline the first talk", "+6w",
            "Give the first talk", "2027-12-01", "2027-03-15",  // after the goal (re-asked), then inside
            "",                              // no more milestones
            "y");

    @TempDir
    Path repo;

    private Path plan;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    @BeforeEach
    void repository() throws IOException {
        Files.writeString(repo.resolve("devplan.yaml"), "priorities:\n  - {id: reliability, title: Reliable payments}\n");
        Files.createDirectories(repo.resolve("plans"));
        plan = repo.resolve("plans/odd.yaml");
        Files.copy(Path.of("src/test/resources/authoring/odd.yaml"), plan);
    }

    /** Runs {@code goal add odd ARGS...} with a terminal that types {@code lines}. */
    private CliRunner.Result run(List<String> lines, String... args) {
        return run(String.join("\n", lines) + "\n", args);
    }

    private CliRunner.Result run(String keys, String... args) {
        CommandLine cmd = Cli.create(CliRunner.EXAMPLE_DAY);
        GoalAddCommand add = cmd.getSubcommands().get("goal").getSubcommands().get("add").getCommand();
        add.terminal = (setting, defaults) -> {
            try (Terminal t = new ExternalTerminal("test", "xterm-256color",
                    new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
                return GoalWizard.run(t, setting, defaults);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        var out = new java.io.StringWriter();
        var err = new java.io.StringWriter();
        cmd.setOut(new java.io.PrintWriter(out, true));
        cmd.setErr(new java.io.PrintWriter(err, true));
        List<String> argv = new ArrayList<>(List.of("--dir", repo.toString(), "goal", "add", "odd"));
        argv.addAll(List.of(args));
        int exit = cmd.execute(argv.toArray(String[]::new));
        return new CliRunner.Result(exit, out.toString(), err.toString());
    }

    /** What the terminal showed, without its control sequences. */
    private String screen() {
        return screen.toString(StandardCharsets.UTF_8).replaceAll("\u001b[=>]|\u001b\\[[0-9;?]*[A-Za-z]", "")
                .replace("\r", "");
    }

    @Test
    void aFullHappyPathWritesTheGoalInThePlansStyle() throws IOException {
        CliRunner.Result r = run(HAPPY);
        assertThat(r.exit()).as(r.err() + screen()).isZero();
        assertThat(r.out()).startsWith("Added goal give-two-talks-guild to odd in ");
        assertThat(r.err()).isEmpty();
        assertThat(screen())
                .contains("Goal id [give-two-talks-guild]: ")
                .contains("'zero' is not a number")
                .contains("the due date must be after the start, 2026-11-22")
                .contains("a milestone cannot be due after the goal, 2027-05-22")
                .contains("  support    training: Speaker course, 450 EUR (requested)")
                .contains("  milestone  outline-first-talk  Outline the first talk  due 2027-01-03");
        Path golden = Path.of("src/test/resources/golden/authoring/odd-wizard.yaml");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, Files.readString(plan));
        }
        assertThat(Files.readString(plan)).isEqualTo(Files.readString(golden));
    }

    @Test
    void theWizardAsksInTheReadersLanguageTakesItsYesAndWritesTheSamePlan() throws IOException {
        List<String> keys = new ArrayList<>(HAPPY.subList(0, HAPPY.size() - 1));
        keys.add("j");
        CliRunner.Result r = run(keys, "--lang", "da");
        assertThat(r.exit()).as(r.err() + screen()).isZero();
        assertThat(screen())
                .contains("Nyt mål for ")
                .contains("Målets id [give-two-talks-guild]: ")
                .contains("'zero' er ikke et tal; skriv 12 eller 2,5")
                .contains("fristen skal ligge efter starten, 2026-11-22")
                .contains("en milepæl kan ikke have frist efter målet, 2027-05-22")
                .contains("  støtte    uddannelse: Speaker course, 450 EUR (ønsket)")
                .contains("Gem målet? [j/N/r(et igen)]")
                .contains("SMART-tjek: ")
                .doesNotContain("Measurable", "Specific (S)")
                .doesNotContain("Write this goal", "Specific outcome");
        // The words change, the plan does not: the same goal as in English.
        assertThat(Files.readString(plan)).isEqualTo(Files.readString(Path.of("src/test/resources/golden/authoring/odd-wizard.yaml")));
    }

    @Test
    void editAgainKeepsEveryAnswerAsTheDefault() throws IOException {
        List<String> keys = new ArrayList<>(HAPPY.subList(0, HAPPY.size() - 1));
        keys.add("e");
        // Enter everywhere but the target: the support entry, both milestones and then no more.
        keys.addAll(List.of("", "", "", "", "3", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "y"));
        CliRunner.Result r = run(keys);
        assertThat(r.exit()).as(r.err() + screen()).isZero();
        String golden = Files.readString(Path.of("src/test/resources/golden/authoring/odd-wizard.yaml"));
        assertThat(Files.readString(plan)).isEqualTo(golden.replace("target: 2\n", "target: 3\n"));
        assertThat(screen()).contains("Specific outcome: what will be true when it is done [Give two talks at the guild]: ")
                .contains("Support: kind ('-' removes it) [training]: ");
    }

    @Test
    void ctrlCWritesNothing() throws IOException {
        String before = Files.readString(plan);
        CliRunner.Result r = run("Give two talks\n\ntalks\n\u0003");
        assertThat(r.exit()).isEqualTo(ExitCodes.WRITE_REFUSED);
        assertThat(r.err()).isEqualTo("devplan: goal add cancelled; nothing was written\n");
        assertThat(Files.readString(plan)).isEqualTo(before);
    }

    @Test
    void ctrlDWritesNothing() throws IOException {
        String before = Files.readString(plan);
        CliRunner.Result r = run("Give two talks\n");
        assertThat(r.exit()).isEqualTo(ExitCodes.WRITE_REFUSED);
        assertThat(r.err()).isEqualTo("devplan: goal add cancelled; nothing was written\n");
        assertThat(Files.readString(plan)).isEqualTo(before);
    }

    @Test
    void aVagueGoalShowsItsFindingsGroupedAndNoWritesNothing() throws IOException {
        String before = Files.readString(plan);
        // Title, then Enter to every question, and Enter (no) at the end.
        CliRunner.Result r = run("Communicate better\n" + "\n".repeat(13));
        assertThat(r.exit()).isEqualTo(ExitCodes.WRITE_REFUSED);
        assertThat(r.err()).as(screen()).isEqualTo("devplan: goal not confirmed; nothing was written\n");
        assertThat(screen())
                .contains("Specific (S)\n    warning: ")
                .containsPattern("\\[specific-title]\n")
                .contains("Time-bound (T)\n")
                .contains("error: goal 'communicate-better' has no due date; add due: YYYY-MM-DD,")
                .contains("[goal-has-due-date]")
                .contains("Write this goal? [y/N/e(dit again)] ");
        assertThat(Files.readString(plan)).isEqualTo(before);
    }

    @Test
    void dryRunShowsTheDiffAndWritesNothing() throws IOException {
        String before = Files.readString(plan);
        CliRunner.Result r = run(HAPPY, "--dry-run");
        assertThat(r.exit()).as(r.err() + screen()).isZero();
        assertThat(r.out()).startsWith("--- a/plans/odd.yaml\n+++ b/plans/odd.yaml\n")
                .contains("+-   id: give-two-talks-guild\n");
        assertThat(screen()).contains("Show this goal as a diff? [y/N/e(dit again)] ");
        assertThat(Files.readString(plan)).isEqualTo(before);
    }

    @Test
    void optionsBecomeTheDefaults() throws IOException {
        CliRunner.Result r = run("Give a talk\n" + "\n".repeat(9) + "y\n", "--id", "talk", "--due", "2027-03-01");
        assertThat(r.exit()).as(r.err() + screen()).isZero();
        assertThat(screen()).contains("Goal id [talk]: ").contains("Due (YYYY-MM-DD, +6w, +3m) [2027-03-01]: ");
        // Nothing counted: no baseline, target or unit is asked for.
        assertThat(screen()).contains("  what is counted: ").doesNotContain("baseline, the value now").doesNotContain("  target").doesNotContain("  unit");
        assertThat(Files.readString(plan)).contains("-   id: talk\n    title: Give a talk\n");
    }

    @Test
    void withTitleItNeverAsks() throws IOException {
        CliRunner.Result r = run("", "--id", "talk", "--title", "Give a talk", "--due", "2027-03-01");
        assertThat(r.exit()).as(r.err() + screen()).isZero();
        assertThat(screen()).isEmpty();
    }

    @Test
    void withoutATerminalTheIdAndTitleAreNeeded() {
        CliRunner.Result none = CliRunner.run("--dir", repo.toString(), "goal", "add", "odd");
        assertThat(none.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).startsWith("devplan: Missing required options: '--id=GOAL-ID', '--title=TEXT' "
                + "(on a terminal, goal add without --title asks for the goal)");
        CliRunner.Result noId = CliRunner.run("--dir", repo.toString(), "goal", "add", "odd", "--title", "Talk");
        assertThat(noId.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(noId.err()).startsWith("devplan: Missing required option: '--id=GOAL-ID'");
    }
}
