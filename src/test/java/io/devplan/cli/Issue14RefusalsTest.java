package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14, "writes that refuse nonsense": each refusal with its exit status and message, the plan
 * byte for byte as it was; and the writes next to them that do go through. Today is 2026-11-22.
 */
class Issue14RefusalsTest {
    private static final String PLAN = """
            # Ann's plan, by hand.
            employee:
              id: ann
              name: Ann Åberg
              manager: ben
              since: 2026-03-01   # the plan began

            goals:
              - id: g
                title: Ship the payments rewrite
                status: active
                start: 2026-04-01
                baseline: 0
                target: 10
                current: 2
                milestones:
                  - id: m
                    title: First step
                    due: 2026-05-01
                  - {id: n, title: Second step, due: 2026-12-01, done: 2026-11-02}
                actions:
                  - id: a
                    title: Ask around
              - id: plain
                title: Read the docs
                status: active
                milestones:
                  - {id: ch1, title: Chapter one, due: 2026-12-01}

            checkins:
              - date: 2026-10-20
                notes: First.
                next: 2026-11-20
            """;

    @TempDir
    Path repo;

    private Path file;

    @BeforeEach
    void writeRepository() throws IOException {
        Files.writeString(repo.resolve("devplan.yaml"), "");
        Files.createDirectories(repo.resolve("plans"));
        file = repo.resolve("plans/ann.yaml");
        Files.writeString(file, PLAN, StandardCharsets.UTF_8);
    }

    private CliRunner.Result run(String args) {
        List<String> argv = new ArrayList<>(List.of("--dir", repo.toString()));
        for (String a : args.split(" ")) {
            argv.add(a.replace('|', ' '));
        }
        return CliRunner.run(argv.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            checkin ann; nothing to record: give --note, --progress or --done, or run it on a terminal
            checkin ann --date 2026-11-01; nothing to record: give --note, --progress or --done, or run it on a terminal
            checkin ann --note Hi --next 2026-11-22; the next check-in 2026-11-22 is not after the meeting (2026-11-22)
            checkin ann --note Hi --next 2026-11-01; the next check-in 2026-11-01 is not after the meeting (2026-11-22)
            checkin ann --date 2026-11-24 --note Hi; the meeting date 2026-11-24 is in the future (today is 2026-11-22)
            checkin ann --date 2026-02-28 --note Hi; the meeting date 2026-02-28 is before the plan began (since: 2026-03-01)
            checkin ann --date 2026-10-20 --note Hi; plan 'ann' already has a check-in on 2026-10-20; give --amend to change it
            checkin ann --amend; nothing to change: give --note, --progress, --done
            checkin ann --amend --date 2026-11-01 --note Hi; --amend changes the last check-in, of 2026-10-20, not one of 2026-11-01
            checkin ann --note Hi --done g/n; 'g/n' is already done (2026-11-02)
            checkin ann --date 2026-03-15 --note Hi --done g/m; 'g/m' cannot be done on 2026-03-15, before goal 'g' started (2026-04-01)
            checkin ann --note Hi --progress plain=3; goal 'plain' has no target, so a progress value would count for nothing
            checkin ann --note Hi --progress g=abc; 'abc' is not a number
            checkin ann --note Hi --progress g=1e999; '1e999' is out of bounds: a number has at most 15 significant digits
            checkin ann --note Hi --progress g; --progress must be GOAL=VALUE, not 'g'
            checkin ann --note Hi --progress =3; plan 'ann' has no goal ''
            done ann g/m --date 2026-11-23; 'g/m' cannot be done on 2026-11-23, after today (2026-11-22)
            done ann g/m --date 2026-03-31; 'g/m' cannot be done on 2026-03-31, before goal 'g' started (2026-04-01)
            done ann plain/ch1 --date 2026-02-28; 'plain/ch1' cannot be done on 2026-02-28, before the plan began (since: 2026-03-01)
            done ann g --date 2027-01-01; 'g' cannot be done on 2027-01-01, after today (2026-11-22)
            """)
    void refusesWithExit2AndWritesNothing(String args, String message) throws IOException {
        CliRunner.Result r = run(args);
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(message);
        assertThat(r.err()).startsWith("devplan: ").doesNotContain("Exception").doesNotContain("java.");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(PLAN);
    }

    @Test
    void aMeetingHeldTomorrowElsewhereIsNotTheFuture() throws IOException {
        CliRunner.Result r = run("checkin ann --date 2026-11-23 --note Early|one.");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(file)).contains("- date: 2026-11-23\n    with: ben\n    notes: Early one.\n"
                + "    next: 2026-12-23\n");
    }

    @Test
    void doneOnAGoalRecordsItsDateAndSaysWhatIsStillOpen() throws IOException {
        CliRunner.Result r = run("done ann g --date 2026-11-20");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Marked g done on 2026-11-20 for ann in " + file
                + "\nStill open in goal 'g': g/m, g/a\n");
        assertThat(Files.readString(file)).isEqualTo(PLAN.replace("""
                    status: active
                    start: 2026-04-01
                """, """
                    status: done
                    start: 2026-04-01
                    done: 2026-11-20
                """));
    }

    @Test
    void aDecimalCommaIsADecimalPoint() throws IOException {
        CliRunner.Result r = run("checkin ann --note Hi --progress g=2,5");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(file)).contains("    current: 2.5\n").contains("      g: 2.5\n");
    }

    @Test
    void aValueFarOutsideTheRangeIsWrittenWithAWarning() throws IOException {
        CliRunner.Result r = run("checkin ann --note Hi --progress g=45");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo("devplan: warning: progress 45 of goal 'g' is far outside its range 0 (baseline)"
                + " to 10 (target); recorded as given, check it for a slip\n");
        assertThat(Files.readString(file)).contains("    current: 45\n");
        CliRunner.Result within = run("checkin ann --date 2026-11-21 --note Hi --progress g=12");
        assertThat(within.err()).isEmpty();
    }

    @Test
    void amendChangesTheLastCheckInAndAddsNone() throws IOException {
        CliRunner.Result r = run("checkin ann --amend --note Changed. --progress g=3 --wellbeing 4");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Amended check-in 2026-10-20 for ann in ");
        assertThat(Files.readString(file)).isEqualTo(PLAN.replace("    current: 2\n", "    current: 3\n")
                .replace("""
                            notes: First.
                            next: 2026-11-20
                        """, """
                            notes: Changed.
                            progress:
                              g: 3
                            wellbeing: 4
                            next: 2026-11-20
                        """));
    }

    @Test
    void amendWithoutACheckInSaysSo() throws IOException {
        String empty = PLAN.substring(0, PLAN.indexOf("checkins:"));
        Files.writeString(file, empty);
        CliRunner.Result r = run("checkin ann --amend --note Hi");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("devplan: --amend: plan 'ann' has no check-in to change; leave out --amend");
        assertThat(Files.readString(file)).isEqualTo(empty);
    }

    @Test
    void newPutsThePlanInItsTeamsFolderAndWarnsAboutAnUnknownManager() throws IOException {
        Files.createDirectories(repo.resolve("plans/pay"));
        Files.writeString(repo.resolve("plans/pay/bo.yaml"), "employee: {id: bo, name: Bo, team: Payments, since: 2026-01-01}\n");
        CliRunner.Result r = run("new cy --name Cy|Berg --team payments --manager nobody-here");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Created " + repo.resolve("plans/pay/cy.yaml") + " (the folder of team 'payments')\n");
        assertThat(r.err()).isEqualTo("devplan: warning: manager 'nobody-here' is no plan in this repository; create it "
                + "with devplan new nobody-here --name NAME, or write the manager's full name\n");
        assertThat(Files.readString(repo.resolve("plans/pay/cy.yaml"))).contains("  since: 2026-11-22\n");

        CliRunner.Result known = run("new dy --name Dy --team Elsewhere --manager ann");
        assertThat(known.err()).isEmpty();
        assertThat(repo.resolve("plans/dy.yaml")).exists();
        // A team spread over folders, or a chosen folder, gets no guess.
        Files.writeString(repo.resolve("plans/ey.yaml"), "employee: {id: ey, name: Ey, team: Payments, since: 2026-01-01}\n");
        assertThat(run("new fy --name Fy --team Payments").exit()).isZero();
        assertThat(repo.resolve("plans/fy.yaml")).exists();
        assertThat(run("new gy --name Gy --team Payments --folder other").exit()).isZero();
        assertThat(repo.resolve("plans/other/gy.yaml")).exists();
    }
}
