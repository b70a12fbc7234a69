package io.devplan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static io.devplan.domain.Plans.action;
import static io.devplan.domain.Plans.checkin;
import static io.devplan.domain.Plans.d;
import static io.devplan.domain.Plans.goal;
import static io.devplan.domain.Plans.milestone;
import static io.devplan.domain.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

/** The kinds of item the follow-up commands must get right, as overdue, due soon and calendar see them. */
class FollowUpCasesTest {
    private static final LocalDate AS_OF = d("2026-03-01");

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                 goal status, milestone due, done,      overdue, soon(7), calendar
            done late,                              active,  2026-02-01, 2026-02-20, false, false, false
            done early,                             active,  2026-04-01, 2026-02-20, false, false, false
            no due date,                            active,  -,          -,          false, false, false
            open and late,                          active,  2026-02-01, -,          true,  true,  true
            open due in 3 days,                     active,  2026-03-04, -,          false, true,  true
            open due in a year,                     active,  2027-03-01, -,          false, false, true
            dropped goal,                           dropped, 2026-02-01, -,          false, false, false
            goal done with open milestones,         done,    2026-02-01, -,          false, false, false
            paused goal still counts,               paused,  2026-02-01, -,          true,  true,  true
            """)
    void milestones(String name, String status, String due, String done, boolean overdue, boolean soon,
                    boolean calendar) {
        Goal g = goal("g", YamlName.parse(GoalStatus.class, status).orElseThrow(), null,
                List.of(milestone("m", due, done)), List.of());
        Plan p = plan(null, null, List.of(g), List.of());
        assertThat(Plans.view(p, AS_OF, Cadence.MONTHLY, -1).due()).hasSize(overdue ? 1 : 0);
        assertThat(Plans.view(p, AS_OF, Cadence.MONTHLY, 7).due()).hasSize(soon ? 1 : 0);
        assertThat(Overdue.scheduled(List.of(Plans.view(p, AS_OF, Cadence.MONTHLY, 7)), Set.of())).hasSize(calendar ? 1 : 0);
    }

    @ParameterizedTest(name = "{0} cadence, last check-in {1}, next {2}: due {3}")
    @CsvSource(nullValues = "-", textBlock = """
            weekly,     2026-02-10, -,          2026-02-17
            biweekly,   2026-02-10, -,          2026-02-24
            monthly,    2026-01-31, -,          2026-02-28
            quarterly,  2025-11-30, -,          2026-02-28
            semiannual, 2025-08-31, -,          2026-02-28
            annual,     2025-02-28, -,          2026-02-28
            P3W,        2026-02-01, -,          2026-02-22
            monthly,    2026-02-10, 2026-02-12, 2026-02-12
            weekly,     2026-02-25, 2026-03-20, 2026-03-20
            """)
    void nextCheckInByCadence(String cadence, String last, String next, String due) {
        Plan p = plan("2025-01-01", Cadence.parse(cadence).orElseThrow(), List.of(), List.of(checkin(last, next)));
        assertThat(NextCheckIn.of(p, Cadence.MONTHLY)).contains(d(due));
        boolean overdue = d(due).isBefore(AS_OF);
        assertThat(Plans.view(p, AS_OF, Cadence.MONTHLY, -1).due()).extracting(DueItem::kind)
                .containsExactlyElementsOf(overdue ? List.of(DueKind.CHECKIN) : List.of());
    }

    @ParameterizedTest(name = "since {0}, plan cadence {1}, repository cadence {2}: first check-in {3}")
    @CsvSource(nullValues = "-", textBlock = """
            2026-01-15, -,        -,         2026-02-15
            2026-01-15, weekly,   monthly,   2026-01-22
            2026-01-15, -,        quarterly, 2026-04-15
            -,          weekly,   -,         -
            """)
    void plansWithNoCheckIns(String since, String cadence, String repositoryCadence, String due) {
        Plan p = plan(since, cadence == null ? null : Cadence.parse(cadence).orElseThrow(), List.of(), List.of());
        Cadence repo = repositoryCadence == null ? null : Cadence.parse(repositoryCadence).orElseThrow();
        assertThat(NextCheckIn.of(p, repo).orElse(null)).isEqualTo(d(due));
    }

    @ParameterizedTest(name = "kinds {0}")
    @CsvSource(textBlock = """
            '',                     milestone action goal checkin
            milestone,              milestone
            action checkin,         action checkin
            goal,                   goal
            """)
    void filterByKind(String kinds, String expected) {
        Goal g = goal("g", GoalStatus.ACTIVE, "2026-02-01", List.of(milestone("m", "2026-02-01", null)),
                List.of(action("a", "2026-02-01", null)));
        Plan p = plan("2025-01-01", null, List.of(g), List.of());
        Set<DueKind> filter = kinds.isBlank() ? Set.of() : Set.copyOf(
                java.util.Arrays.stream(kinds.split(" ")).map(k -> YamlName.parse(DueKind.class, k).orElseThrow()).toList());
        assertThat(Overdue.select(Plans.view(p, AS_OF, Cadence.MONTHLY, -1).due().stream(), filter))
                .extracting(i -> i.kind().yamlName())
                .containsExactlyInAnyOrder(expected.split(" "));
    }
}
