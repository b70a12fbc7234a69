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
 * The follow-up commands of issue 14 (support, status, reschedule, celebrate, assess) on a
 * hand-written plan (comments, flow and block styles, a folded text), each compared byte for byte
 * with the reviewed result in golden/loop/CASE.yaml, and as --dry-run, which prints the same change
 * as a diff and writes nothing. Regenerate with -Dgolden.update=true and review the git diff.
 */
class LoopGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/loop");

    @TempDir
    Path repo;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("support-add-flow", "support add lena talk --kind training --title Storytelling|course"
                        + " --cost 300 --currency eur --date 2026-11-20"),
                Arguments.of("support-add-block", "support add lena on-call --kind time --title Two|hours|a|week"
                        + " --id time --status approved --note Agreed|with|the|team"),
                Arguments.of("support-set-flow", "support set lena talk/coach approved --note From|the|team|budget"),
                Arguments.of("support-set-block", "support set lena on-call/course provided --date 2026-11-02"),
                Arguments.of("status-at-risk", "status lena talk at-risk --reason No|all-hands|slot|before|March"),
                Arguments.of("status-paused", "status lena on-call paused --reason Parental|leave|until|May"),
                Arguments.of("reschedule-goal", "reschedule lena talk 2027-02-15 --reason No|slot|before|February"),
                Arguments.of("reschedule-flow-milestone", "reschedule lena talk/outline 2026-12-01 --reason Waiting"),
                Arguments.of("reschedule-again", "reschedule lena talk/dry-run 2026-12-05 --reason Demo|cancelled"),
                Arguments.of("reschedule-action", "reschedule lena on-call/shadow 2026-12-10 --reason No|incident|yet"),
                Arguments.of("celebrate-by-words", "celebrate lena calm incident --date 2026-11-20"),
                Arguments.of("celebrate-by-date", "celebrate lena 2026-11-06"),
                Arguments.of("assess", "assess lena communication=3 system-design=2 --by manager"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void changesOnlyWhatTheCommandIsAbout(String name, String args) throws IOException {
        Path file = setUp();
        String before = Files.readString(file, StandardCharsets.UTF_8);
        CliRunner.Result dry = CliRunner.run(argv(args + " --dry-run"));
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(before);
        CliRunner.Result r = CliRunner.run(argv(args));
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("plans/lena.yaml");
        String after = Files.readString(file, StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(name + ".yaml");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, after, StandardCharsets.UTF_8);
        }
        assertThat(after).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        // The dry run showed exactly the change that was then written.
        for (String line : dry.out().lines().filter(l -> l.startsWith("+") && !l.startsWith("+++")).toList()) {
            assertThat(after).contains(line.substring(1));
        }
        assertThat(dry.out()).contains("--- a/plans/lena.yaml", "+++ b/plans/lena.yaml");
    }

    private Path setUp() throws IOException {
        return LoopFixture.setUp(repo);
    }

    private String[] argv(String args) {
        return LoopFixture.argv(repo, args);
    }
}
