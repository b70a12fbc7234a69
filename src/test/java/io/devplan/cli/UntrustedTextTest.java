package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Plan text is untrusted. Control characters are refused where a plan is read (the format's
 * bounds); what the format allows but can still disguise text, a bidi override and zero-width
 * spaces in every text field, reaches no terminal raw through any command or format, and no
 * text reaches a spreadsheet as a formula. A plan with escape sequences (colour, OSC 52
 * clipboard, OSC 8 links, an 8-bit CSI) is refused with messages that quote none of them.
 */
class UntrustedTextTest {
    private static final String ESC = "\u001b[31m";
    private static final String OSC52 = "\u001b]52;c;cm0gLXJmIH4=\u0007";
    private static final String OSC8 = "\u001b]8;;https://evil.example\u001b\\\\";
    private static final String CSI8 = "\u009b2J";
    private static final String RLO = "\u202e";
    private static final String ZWSP = "\u200b";
    private static final String ESCAPES = ESC + OSC52 + OSC8 + CSI8;
    private static final String ALL = RLO + ZWSP + "\u2066";

    @TempDir
    static Path repo;

    @BeforeAll
    static void hostilePlan() throws IOException {
        Files.createDirectories(repo.resolve("plans"));
        Files.writeString(repo.resolve("devplan.yaml"), "organization: \"Acme" + yaml(ALL) + "\"\n");
        Files.writeString(repo.resolve("plans/mallory.yaml"), "employee: {id: mallory, name: \"M" + yaml(ESCAPES)
                + "\"}\ngoals:\n  - {id: g, title: \"T" + yaml(ESCAPES) + "\", due: 2026-02-01}\n");
        String t = yaml(ALL);
        Files.writeString(repo.resolve("plans/eve.yaml"), """
                employee:
                  id: eve
                  name: "Eve%1$s"
                  role: "Role%1$s"
                  team: "team%1$s"
                  manager: "boss%1$s"
                  since: 2026-01-01
                feedback:
                  - {id: fb, date: 2026-02-01, from: "x%1$s", kind: improvement, text: "=cmd|' /C calc'!A0%1$s"}
                goals:
                  - id: g
                    title: "=HYPERLINK(\\"http://evil\\")%1$s"
                    due: 2026-03-01
                    baseline: 0
                    target: 10
                    current: 2
                    unit: "u%1$s"
                    measure: "+m%1$s"
                    milestones:
                      - {id: m, title: "@SUM(1)%1$s", due: 2026-02-01}
                    actions:
                      - {id: a, title: "-2+3%1$s", owner: "own%1$s", due: 2026-02-01}
                    support:
                      - {id: s, title: "Course%1$s", cost: 10, currency: "EUR%1$s"}
                checkins:
                  - {date: 2026-02-10, notes: "n%1$s", blockers: "b%1$s", private: "p%1$s", progress: {g: 2}}
                achievements:
                  - {date: 2026-02-05, title: "w%1$s", goal: g}
                """.formatted(t), StandardCharsets.UTF_8);
    }

    /** The hostile characters as YAML escapes inside a double-quoted scalar. */
    private static String yaml(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 0x20 || c >= 0x7f && c < 0xa0 || c > 0x2000 ? String.format("\\u%04x", (int) c)
                    : c == '"' ? "\\\"" : c == '\\' ? "\\\\" : String.valueOf(c));
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            show eve
            show eve --format json
            agenda eve
            agenda eve --format markdown
            agenda eve --format json
            remind --as-of 2026-03-02
            remind --as-of 2026-03-02 --format json
            overdue --as-of 2026-03-02
            overdue --as-of 2026-03-02 --format json
            report eve --as-of 2026-03-02
            report eve --as-of 2026-03-02 --format markdown
            report eve --as-of 2026-03-02 --format html
            report eve --as-of 2026-03-02 --format json
            report eve --as-of 2026-03-02 --format csv
            report --as-of 2026-03-02
            calendar --as-of 2026-03-02
            validate
            validate --format json
            validate --format sarif
            """)
    void noEscapeSequenceBidiOverrideOrZeroWidthSpaceReachesTheOutput(String command) {
        List<String> args = new ArrayList<>(List.of("--dir", repo.toString()));
        args.addAll(List.of(command.split(" ")));
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        for (String stream : List.of(r.out(), r.err())) {
            assertThat(stream).doesNotContain("\u001b", "\u0007", "\u009b", RLO, ZWSP, "\u2066");
        }
        assertThat(r.out() + r.err()).as("eve's plan is read and shown").containsIgnoringCase("eve");
        if (!command.startsWith("show") && !command.startsWith("agenda")) {
            assertThat(r.out() + r.err()).as("mallory's plan is refused").contains("mallory.yaml").contains("control character");
        }
    }

    @Test
    void csvCellsNeverStartAFormula() {
        CliRunner.Result r = CliRunner.run("--dir", repo.toString(), "report", "eve", "--as-of", "2026-03-02",
                "--format", "csv");
        for (String line : r.out().split("\r\n")) {
            for (String cell : line.split(",")) {
                String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertThat(c).as(line).doesNotMatch("^[=+@\\t\\r].*").doesNotMatch("^-[^0-9].*");
            }
        }
        assertThat(r.out()).contains("'=HYPERLINK");
    }

    @Test
    void planWordsInMessagesAreMadeSafeOnStandardError() {
        CliRunner.Result r = CliRunner.run("--dir", repo.toString(), "show", "eve\u001b[2J");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("\u001b").contains("?[2J");
    }

    /** The real process, not the test runner: standard error is made safe where Main sets it up. */
    @Test
    void theProcessMakesStandardErrorSafe() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "io.devplan.Main", "--dir", repo.toString(), "show",
                "eve\u001b]52;c;eA==\u0007").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isEqualTo(2);
        assertThat(out).contains("devplan: 'eve?]52;c;eA==?' is not a valid employee id").doesNotContain("\u001b", "\u0007");
    }
}
