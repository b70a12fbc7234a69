package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal of the follow-up commands (support, status, reschedule, celebrate, assess): one
 * line on stderr naming what is wrong and how to fix it, exit 2 (wrong value) or 4 (write refused),
 * and the plan byte for byte as it was. Today is 2026-11-22.
 */
class LoopRefusalsTest {

    @TempDir
    Path repo;

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("support set lena talk/coach requested", 2,
                        "support 'talk/coach' is already requested (2026-10-01)"),
                Arguments.of("support set lena talk/coch approved", 2, "has no support 'coch'; did you mean 'coach'?"),
                Arguments.of("support set lena talk approved", 2, "'talk' names no support: write GOAL/SUPPORT; "
                        + "the plan has talk/coach, on-call/course"),
                Arguments.of("support set lena talk/coach approved --date 2026-12-01", 2,
                        "--date 2026-12-01 is after today (2026-11-22)"),
                Arguments.of("support set lena talk/coach approved --date 2026-09-01", 2,
                        "--date 2026-09-01 is before support 'talk/coach' was requested (2026-10-01)"),
                Arguments.of("support set lena talk/coach granted", 2,
                        "'granted' is not one of requested, approved, provided, declined"),
                Arguments.of("support add lena talk --title Course --currency euro", 2,
                        "--currency 'euro' is no ISO 4217 currency code such as EUR, DKK or SEK"),
                Arguments.of("support add lena talk --title Coach --id coach", 2,
                        "goal 'talk' already has support 'coach'; give another --id"),
                Arguments.of("support add lena tlak --title Course", 2, "plan 'lena' has no goal 'tlak'; did you mean 'talk'?"),
                Arguments.of("status lena talk done --reason Finished", 2,
                        "a goal is marked done with its date by: devplan done lena talk"),
                Arguments.of("status lena talk active --reason Still|on", 2, "goal 'talk' is already active"),
                Arguments.of("status lena talk paused", 2, "--reason is needed: say why the goal is paused"),
                Arguments.of("status lena talk paused --reason |", 2, "--reason is empty"),
                Arguments.of("status lena talk finished --reason x", 2, "'finished' is not one of"),
                Arguments.of("reschedule lena talk/outline 2026-11-01 --reason x", 2,
                        "milestone 'talk/outline' is already due 2026-11-01"),
                Arguments.of("reschedule lena talk 2026-11-01 --reason x", 2,
                        "2026-11-01 is before today (2026-11-22): a new due date is one still to come"),
                Arguments.of("reschedule lena talk/outlin 2026-12-30 --reason x", 2,
                        "goal 'talk' has no milestone or action 'outlin'; did you mean 'outline'?"),
                Arguments.of("reschedule lena talk 2027-01-10", 2, "--reason is needed: say why the date moves"),
                Arguments.of("reschedule lena talk 2027-01-10 --reason |", 2, "--reason is empty: say why the date moves"),
                Arguments.of("celebrate lena", 2, "2 achievements are not yet celebrated; name one by its date or words "
                        + "of its title: 2026-11-06 'First dry run of the talk', 2026-11-12 'Calm incident lead on the "
                        + "payments outage'"),
                Arguments.of("celebrate lena dinosaur", 2, "no achievement of plan 'lena' matches 'dinosaur'"),
                Arguments.of("celebrate lena 2026-11-06 --date 2026-11-01", 2,
                        "--date 2026-11-01 is before the achievement itself (2026-11-06)"),
                Arguments.of("celebrate lena 2026-11-06 --date 2026-11-30", 2, "--date 2026-11-30 is after today"),
                Arguments.of("assess lena communication=5 --by self", 2,
                        "communication=5 is outside the levels of track 'engineering': valid levels are 1 to 4"),
                Arguments.of("assess lena comunication=2 --by self", 2, "'comunication' is not a competency of the "
                        + "framework in devplan.yaml; valid: communication, system-design; did you mean 'communication'?"),
                Arguments.of("assess lena communication=2 --by self --date 2026-01-15", 2,
                        "plan 'lena' already has an assessment by self on 2026-01-15"),
                Arguments.of("assess lena communication --by self", 2, "write each level as COMPETENCY=LEVEL"),
                Arguments.of("assess lena communication=2 --by boss", 2, "'boss' is not one of self, manager, peer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesAndWritesNothing(String args, int exit, String message) throws IOException {
        Path file = setUp();
        byte[] before = Files.readAllBytes(file);
        CliRunner.Result r = CliRunner.run(argv(args));
        assertThat(r.exit()).as(r.err()).isEqualTo(exit);
        assertThat(r.err()).startsWith("devplan: ").contains(message).doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.list(file.getParent())).hasSize(1);
    }

    @Test
    void aHeldLockRefusesTheWriteWithExit4() throws IOException {
        Path file = setUp();
        byte[] before = Files.readAllBytes(file);
        Files.writeString(file.resolveSibling("lena.yaml.lock"), "");
        CliRunner.Result r = CliRunner.run(argv("support set lena talk/coach approved"));
        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.err()).startsWith("devplan: ").contains("lena.yaml.lock");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void completionOffersSupportAchievementsWaitingAndLevelsOfTheTrack() throws IOException {
        setUp();
        String dir = repo.toString();
        assertThat(CliRunner.run("--dir", dir, "__complete", "supports", "lena").out())
                .isEqualTo("on-call/course\ntalk/coach\n");
        assertThat(CliRunner.run("--dir", dir, "__complete", "achievements", "lena").out())
                .isEqualTo("2026-11-06\n2026-11-12\n");
        assertThat(CliRunner.run("--dir", dir, "__complete", "levels", "lena").out().lines())
                .containsExactly("communication=1", "communication=2", "communication=3", "communication=4",
                        "system-design=1", "system-design=2", "system-design=3", "system-design=4");
        assertThat(CliRunner.run("--dir", dir, "__complete", "supports", "../lena").out()).isEmpty();
        String bash = Files.readString(Path.of("completions/devplan.bash"));
        assertThat(bash).contains("'support set:1') echo 'supports'", "'celebrate:1') echo 'achievements'",
                "'assess:1') echo 'levels'", "'status:2') echo 'words:draft active at-risk paused dropped'");
    }

    private Path setUp() throws IOException {
        return LoopFixture.setUp(repo);
    }

    private String[] argv(String args) {
        return LoopFixture.argv(repo, args);
    }
}
