package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The employee audience never sees a private text: a marker string is planted in every private
 * field, and every format's output is searched for it, for one plan and for the whole team. The
 * manager audience must show the markers, which proves they were planted where a report looks.
 */
class ReportPrivacyTest {
    /** Private feedback (text, id, author), private check-in notes. */
    static final List<String> MARKERS = List.of("SECRET-FEEDBACK-TEXT", "secret-feedback-id", "SECRET-AUTHOR",
            "SECRET-CHECKIN-NOTE", "SECRET-SECOND-NOTE");

    @TempDir
    static Path repo;

    @BeforeAll
    static void plant() throws IOException {
        Files.writeString(repo.resolve("devplan.yaml"), "organization: Test\ncadence: monthly\n");
        Files.createDirectories(repo.resolve("plans"));
        for (int i = 1; i <= 6; i++) {
            Files.writeString(repo.resolve("plans/p" + i + ".yaml"), plan("p" + i));
        }
    }

    private static String plan(String id) {
        return """
                employee: {id: %s, name: Person %s, team: core, manager: boss, since: 2026-01-01}
                feedback:
                  - id: fb-open
                    date: 2026-02-01
                    from: boss
                    kind: improvement
                    text: Open feedback everyone may read.
                  - id: secret-feedback-id
                    date: 2026-02-02
                    from: SECRET-AUTHOR
                    source: one-on-one
                    kind: improvement
                    text: SECRET-FEEDBACK-TEXT about confidence.
                    private: true
                goals:
                  - id: talk
                    title: Give a talk
                    status: active
                    start: 2026-01-01
                    due: 2026-12-31
                    addresses: [fb-open, secret-feedback-id]
                    milestones:
                      - {id: outline, title: Outline, due: 2026-03-01, done: 2026-02-20}
                checkins:
                  - date: 2026-02-01
                    with: boss
                    notes: Public notes.
                    wellbeing: 2
                    private: SECRET-CHECKIN-NOTE
                  - date: 2026-03-01
                    with: boss
                    notes: More public notes.
                    wellbeing: 5
                    private: |
                      SECRET-SECOND-NOTE
                      on two lines
                """.formatted(id, id);
    }

    private static String run(String audience, String format, boolean one) {
        List<String> args = new java.util.ArrayList<>(List.of("--dir", repo.toString(), "report", "--as-of", "2026-06-01",
                "--audience", audience, "--format", format));
        if (one) {
            args.add("p1");
        }
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out();
    }

    @ParameterizedTest(name = "{0}, one plan: {1}")
    @CsvSource({"text, true", "text, false", "markdown, true", "markdown, false", "html, true", "html, false",
        "json, true", "json, false", "csv, true", "csv, false"})
    void employeeAudienceSeesNoPrivateText(String format, boolean one) {
        String employee = run("employee", format, one);
        for (String marker : MARKERS) {
            assertThat(employee).doesNotContainIgnoringCase(marker);
        }
        assertThat(employee).doesNotContainIgnoringCase("wellbeing").doesNotContainIgnoringCase("private:");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text", "markdown", "html", "json"})
    void managerAudienceSeesThem(String format) {
        String manager = run("manager", format, true);
        for (String marker : MARKERS) {
            // Markdown and HTML name feedback by its text, not its id.
            if (!marker.equals("secret-feedback-id") || format.equals("text") || format.equals("json")) {
                assertThat(manager).contains(marker);
            }
        }
        assertThat(manager).containsIgnoringCase("wellbeing");
        // Six people with a score (latest 5 each): the team average may be shown in the overview.
        assertThat(run("manager", format, false)).containsIgnoringCase("wellbeing").contains("5.0");
    }
}
