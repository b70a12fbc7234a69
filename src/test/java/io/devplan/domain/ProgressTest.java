package io.devplan.domain;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static io.devplan.domain.Plans.goal;
import static io.devplan.domain.Plans.milestone;
import static io.devplan.domain.Plans.numeric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProgressTest {
    @ParameterizedTest(name = "baseline {0}, target {1}, current {2} -> {3}%")
    @CsvSource(nullValues = "-", textBlock = """
            # baseline, target, current, percent
            0,    4,    1,    25
            -,    4,    1,    25
            0,    4,    -,    0
            0,    4,    4,    100
            0,    4,    6,    100
            0,    4,    -2,   0
            30,   10,   18,   60
            30,   10,   30,   0
            30,   10,   10,   100
            30,   10,   5,    100
            30,   10,   35,   0
            3,    1,    1.5,  75
            0.042,0.030,0.037,41.6666666667
            8,    5,    4,    100
            5,    5,    5,    0
            10,   20,   15,   50
            -10,  10,   0,    50
            """)
    void numericTargets(String baseline, String target, String current, double percent) {
        assertThat(Progress.percent(numeric(baseline, target, current, GoalStatus.ACTIVE))).isCloseTo(percent, within(1e-6));
    }

    @Test
    void aDoneGoalIsComplete() {
        assertThat(Progress.percent(numeric("0", "10", "2", GoalStatus.DONE))).isEqualTo(100.0);
        assertThat(Progress.percent(goal("g", GoalStatus.DONE, null, List.of(), List.of()))).isEqualTo(100.0);
    }

    @Test
    void milestonesCountWhenThereIsNoTarget() {
        Goal g = goal("g", GoalStatus.ACTIVE, null, List.of(
                milestone("a", "2026-01-01", "2026-01-01"),
                milestone("b", "2026-02-01", null),
                milestone("c", "2026-03-01", "2026-02-20")), List.of());
        assertThat(Progress.percent(g)).isCloseTo(66.6667, within(1e-3));
        assertThat(Progress.rounded(g)).isEqualTo(67);
    }

    @Test
    void neitherTargetNorMilestonesIsZero() {
        assertThat(Progress.percent(goal("g", GoalStatus.ACTIVE, null, List.of(), List.of()))).isZero();
    }
}
