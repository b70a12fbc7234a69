package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every authoring command on hand-written plans (comments, flow and block styles, blank lines,
 * odd indentation, no final newline), compared byte for byte with the reviewed result in
 * golden/authoring/CASE.yaml. Regenerate with -Dgolden.update=true and review the git diff.
 */
class AuthoringGoldenTest {
    private static final Path FIXTURES = Path.of("src/test/resources/authoring");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/authoring");

    @TempDir
    Path repo;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("odd-checkin", "odd", "checkin odd --date 2026-02-21 --note Went|well. --progress notes=4"
                        + " --done notes/tool --wellbeing 4 --blockers Too|many|meetings"),
                Arguments.of("odd-feedback", "odd", "feedback add odd --from bob-berg --kind strength --text Clear|notes"),
                Arguments.of("odd-goal", "odd", "goal add odd --id talk --title Give|a|talk --due 2026-06-30"
                        + " --addresses fb-one --milestone outline:2026-04-01:Outline --action book::Book|a|room"),
                Arguments.of("odd-done-action", "odd", "done odd notes/ask --date 2026-02-20"),
                Arguments.of("odd-done-flow-milestone", "odd", "done odd notes/habit --date 2026-02-28"),
                Arguments.of("odd-done-goal", "odd", "done odd notes"),
                Arguments.of("odd-checkin-amend", "odd", "checkin odd --amend --note Changed|after|all."
                        + " --progress notes=3 --wellbeing 3 --next 2026-02-21 --done notes/tool"),
                Arguments.of("flow-checkin-amend", "flow", "checkin flow --amend --note Longer|now. --wellbeing 4"
                        + " --next 2026-11-30"),
                Arguments.of("odd-achieve", "odd", "achieve odd --title First|month|of|notes --goal notes"),
                Arguments.of("fresh-checkin", "fresh", "checkin fresh --note Line|one --note Line|two --next +2w"),
                Arguments.of("fresh-feedback", "fresh", "feedback add fresh --text It's|a|start --source self --private"),
                Arguments.of("fresh-goal", "fresh", "goal add fresh --id g --title Learn|the|codebase --baseline 0"
                        + " --target 3 --unit areas --milestone a::First|area"),
                Arguments.of("fresh-achieve", "fresh", "achieve fresh --title Onboarded --celebrated 2026-11-20"),
                Arguments.of("flow-checkin", "flow", "checkin flow --note Fine. --done g1/a"),
                Arguments.of("flow-goal", "flow", "goal add flow --id g2 --title Second --action prep:2026-12-01:Do|it"),
                Arguments.of("flow-feedback", "flow", "feedback add flow --text Good --id fb-good"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void editsOnlyWhatTheCommandIsAbout(String name, String plan, String args) throws IOException {
        Files.writeString(repo.resolve("devplan.yaml"), "");
        Files.createDirectories(repo.resolve("plans"));
        Path file = repo.resolve("plans/" + plan + ".yaml");
        Files.copy(FIXTURES.resolve(plan + ".yaml"), file);
        List<String> argv = new ArrayList<>(List.of("--dir", repo.toString()));
        for (String a : args.split(" ")) {
            argv.add(a.replace('|', ' '));
        }
        CliRunner.Result r = CliRunner.run(argv.toArray(String[]::new));
        // goal add shows the SMART findings on the new goal; nothing else may reach stderr.
        assertThat(r.err().lines()).allMatch(l -> l.matches("devplan: (error|warning|info): .* \\[[a-z-]+\\]"));
        assertThat(r.exit()).isZero();
        String after = Files.readString(file, StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(name + ".yaml");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, after, StandardCharsets.UTF_8);
        }
        assertThat(after).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
