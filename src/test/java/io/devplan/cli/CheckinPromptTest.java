package io.devplan.cli;

import io.devplan.domain.Plan;
import io.devplan.domain.PlanView;
import io.devplan.domain.RepoConfig;
import io.devplan.store.PlanReader;
import io.devplan.store.ReadResult;
import io.devplan.store.WriteRefusedException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The interactive check-in driven through JLine's dumb terminal with scripted keys. */
class CheckinPromptTest {
    private static final LocalDate DAY = LocalDate.of(2026, 2, 21);

    private final String text;
    private final Plan plan;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    CheckinPromptTest() throws IOException {
        text = Files.readString(Path.of("src/test/resources/authoring/odd.yaml"));
        ReadResult<Plan> r = PlanReader.read("odd.yaml", "plans/odd.yaml", "odd", text, new ArrayList<>());
        plan = r.value();
    }

    private PlanChange.Result run(String keys) throws IOException {
        try (Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                screen, StandardCharsets.UTF_8)) {
            return CheckinPrompt.run(t, plan, PlanView.of(plan, RepoConfig.DEFAULTS, DAY, 7), text);
        }
    }

    @Test
    void walksThroughEachGoalAndWritesWhatWasAnswered() throws IOException {
        // current, done ids, goal note, two lines of notes, blockers, wellbeing, private, next, confirm
        PlanChange.Result r = run("4\ntool ask\nGood pace\nFirst line\nSecond line\n\nNone\n6\n4\n\n+3w\ny\n");
        assertThat(screen.toString(StandardCharsets.UTF_8))
                .contains("notes: Keep meeting notes  [20%, 2 of 10]")
                .contains("open notes/tool  Pick a tool  overdue 20 d")
                .contains("a number from 1 to 5, please")
                .contains("  done notes/ask on 2026-02-21");
        Path golden = Path.of("src/test/resources/golden/authoring/odd-interactive.yaml");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, r.text());
        }
        assertThat(r.text()).isEqualTo(Files.readString(golden));
    }

    @Test
    void ctrlDEndsTheNotesAndTheCheckInGoesOn() throws IOException {
        // current with a decimal comma, no items done, no goal note, one line of notes ended by Ctrl-D
        PlanChange.Result r;
        try (Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(
                "4,5\n\n\n\nOnly line\n\u0004None\n\n\n\ny\n".getBytes(StandardCharsets.UTF_8)), screen,
                StandardCharsets.UTF_8)) {
            // A real terminal's end-of-file key, as stty shows it (eof = ^D).
            org.jline.terminal.Attributes keys = t.getAttributes();
            keys.setControlChar(org.jline.terminal.Attributes.ControlChar.VEOF, 4);
            t.setAttributes(keys);
            r = CheckinPrompt.run(t, plan, PlanView.of(plan, RepoConfig.DEFAULTS, DAY, 7), text);
        }
        assertThat(screen.toString(StandardCharsets.UTF_8)).contains("  progress notes = 4.5").contains("  | Only line")
                .contains("  blockers: None");
        assertThat(r.text()).contains("  notes: Only line\n").contains("      notes: 4.5\n").contains("    current: 4.5\n");
    }

    @Test
    void aSecondCheckInOnTheSameDayIsAskedFor() throws IOException {
        LocalDate held = LocalDate.of(2026, 2, 7);
        try (Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream("\n".getBytes(StandardCharsets.UTF_8)),
                screen, StandardCharsets.UTF_8)) {
            assertThatThrownBy(() -> CheckinPrompt.run(t, plan, PlanView.of(plan, RepoConfig.DEFAULTS, held, 7), text))
                    .isInstanceOf(WriteRefusedException.class).hasMessage("a check-in on 2026-02-07 is already written; "
                            + "nothing was written. devplan checkin odd --amend --note TEXT changes it");
        }
        assertThat(screen.toString(StandardCharsets.UTF_8))
                .contains("There is already a check-in on 2026-02-07. Add a second one? [y/N]");
        try (Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(
                "y\n\n\n\n\nAgain\n\n\n\n\n\ny\n".getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            PlanChange.Result r = CheckinPrompt.run(t, plan, PlanView.of(plan, RepoConfig.DEFAULTS, held, 7), text);
            assertThat(r.text().split("date: 2026-02-07", -1)).hasSize(3);
        }
    }

    @Test
    void tabOffersOnlyThisGoalsOpenItems() throws IOException {
        String two = """
                employee: {id: two, name: Two, since: 2026-01-01}
                goals:
                  - id: alpha
                    title: Alpha goal
                    status: active
                    milestones:
                      - {id: draft, title: Draft, due: 2026-03-01}
                      - {id: done-one, title: Done one, due: 2026-01-20, done: 2026-01-15}
                  - id: beta
                    title: Beta goal
                    status: active
                    milestones:
                      - {id: deploy, title: Deploy, due: 2026-03-01}
                """;
        Plan p = PlanReader.read("two.yaml", "plans/two.yaml", "two", two, new ArrayList<>()).value();
        // "d" and Tab: among all ids it would be draft, done-one or deploy; among alpha's open items, draft.
        // A terminal that completes (a dumb one does not), as GoalWizardTest uses.
        try (Terminal t = new org.jline.terminal.impl.ExternalTerminal("test", "xterm-256color", new ByteArrayInputStream(
                "d\t\n\n\n\n\n\n\n\n\ny\n".getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            PlanChange.Result r = CheckinPrompt.run(t, p, PlanView.of(p, RepoConfig.DEFAULTS, DAY, 7), two);
            assertThat(r.text()).contains("{id: draft, title: Draft, due: 2026-03-01, done: 2026-02-21}")
                    .contains("{id: deploy, title: Deploy, due: 2026-03-01}\n");
        }
    }

    @Test
    void anOverdueItemGetsANewDateAgreedWithItsReason() throws IOException {
        // current, nothing done, a date in the past (refused), the new date, an empty reason (asked again),
        // the reason, goal note, notes, blockers, wellbeing, private, next, confirm
        PlanChange.Result r = run("4\n\n2026-02-01\n2026-03-15\n\nWaiting for the vendor\n\n\n\n\n\n\ny\n");
        assertThat(screen.toString(StandardCharsets.UTF_8))
                .contains("  notes/tool is 20 days overdue; new date (YYYY-MM-DD, Enter leaves it): ")
                .contains("  move notes/tool from 2026-02-01 to 2026-03-15 (Waiting for the vendor)");
        Plan written = PlanReader.read("odd.yaml", "plans/odd.yaml", "odd", r.text(), new ArrayList<>()).value();
        var tool = written.goal("notes").orElseThrow().milestones().stream().filter(m -> m.id().equals("tool"))
                .findFirst().orElseThrow();
        assertThat(tool.due()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(tool.rescheduled()).singleElement().satisfies(m -> {
            assertThat(m.date()).isEqualTo(DAY);
            assertThat(m.from()).isEqualTo(LocalDate.of(2026, 2, 1));
            assertThat(m.reason()).isEqualTo("Waiting for the vendor");
        });
    }

    @Test
    void theWalkThroughSpeaksTheReadersLanguageAndTakesItsYes() throws IOException {
        PlanChange.Result r;
        try (Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(
                "4\n\n\n\nRad\n\n\n\n\n\nj\n".getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            r = CheckinPrompt.run(t, plan, PlanView.of(plan, RepoConfig.DEFAULTS, DAY, 7), text,
                    io.devplan.render.Words.of(io.devplan.domain.Language.SV));
        }
        assertThat(screen.toString(StandardCharsets.UTF_8))
                .contains("Avstämning med")
                .contains("öppen notes/tool  Pick a tool  20 d efter")
                .contains("  notes/tool ligger 20 dagar efter; nytt datum")
                .contains("Spara avstämningen? [j/N]")
                .contains("  framsteg notes = 4");
        assertThat(r.text()).contains("  notes: Rad\n");
    }

    @Test
    void ctrlCWritesNothing() {
        assertThatThrownBy(() -> run("4\n\u0003")).isInstanceOf(WriteRefusedException.class)
                .hasMessage("check-in cancelled; nothing was written");
    }

    @Test
    void ctrlDWritesNothing() {
        assertThatThrownBy(() -> run("4\ntool\n")).isInstanceOf(WriteRefusedException.class)
                .hasMessage("check-in cancelled; nothing was written");
    }

    @Test
    void noAtTheEndWritesNothing() {
        assertThatThrownBy(() -> run("\n\n\n\n\n\n\n\n\nn\n")).isInstanceOf(WriteRefusedException.class)
                .hasMessage("check-in not confirmed; nothing was written");
    }
}
