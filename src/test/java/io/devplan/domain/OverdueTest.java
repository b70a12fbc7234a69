package io.devplan.domain;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static io.devplan.domain.Plans.action;
import static io.devplan.domain.Plans.checkin;
import static io.devplan.domain.Plans.d;
import static io.devplan.domain.Plans.goal;
import static io.devplan.domain.Plans.milestone;
import static io.devplan.domain.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

class OverdueTest {
    private static final java.time.LocalDate AS_OF = d("2026-03-01");

    @ParameterizedTest(name = "goal {0}, milestone due {1} done {2}: overdue={3}")
    @CsvSource(nullValues = "-", textBlock = """
            # goal status, due, done, overdue?, days
            active,   2026-02-28, -,          true,  1
            active,   2026-03-01, -,          false, 0
            # done after the as-of date: still open on it, so overdue (PlanAsOf)
            active,   2026-02-27, 2026-03-05, true,  2
            active,   2026-02-01, 2026-01-15, false, 0
            active,   -,          -,          false, 0
            at-risk,  2026-01-31, -,          true,  29
            paused,   2025-03-01, -,          true,  365
            draft,    2026-02-01, -,          true,  28
            done,     2026-01-01, -,          false, 0
            dropped,  2026-01-01, -,          false, 0
            active,   2024-02-29, -,          true,  731
            """)
    void milestonesAndActions(String status, String due, String done, boolean overdue, long days) {
        GoalStatus s = YamlName.parse(GoalStatus.class, status).orElseThrow();
        Goal g = goal("g", s, null, List.of(milestone("m", due, done)), List.of(action("a", due, done)));
        List<DueItem> items = Plans.view(plan(null, null, List.of(g), List.of()), AS_OF, Cadence.MONTHLY, -1).due();
        if (overdue) {
            assertThat(items).extracting(DueItem::id, DueItem::kind, DueItem::daysOverdue).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("g/m", DueKind.MILESTONE, days),
                    org.assertj.core.groups.Tuple.tuple("g/a", DueKind.ACTION, days));
        } else {
            assertThat(items).isEmpty();
        }
    }

    @ParameterizedTest(name = "goal {0} due {1}: overdue={2}")
    @CsvSource(nullValues = "-", textBlock = """
            active,  2026-02-28, true
            at-risk, 2026-02-01, true
            paused,  2026-02-01, true
            draft,   2026-02-01, true
            done,    2026-02-01, false
            dropped, 2026-02-01, false
            active,  2026-03-01, false
            active,  -,          false
            """)
    void goals(String status, String due, boolean overdue) {
        Goal g = goal("g", YamlName.parse(GoalStatus.class, status).orElseThrow(), due, List.of(), List.of());
        List<DueItem> items = Plans.view(plan(null, null, List.of(g), List.of()), AS_OF, Cadence.MONTHLY, -1).due();
        assertThat(items).extracting(DueItem::kind).containsExactlyElementsOf(overdue ? List.of(DueKind.GOAL) : List.of());
    }

    @Test
    void checkInsAreOverdueFromTheNextDate() {
        Plan withNext = plan("2025-01-01", null, List.of(), List.of(checkin("2026-01-10", "2026-02-20")));
        assertThat(Plans.view(withNext, AS_OF, Cadence.MONTHLY, -1).due()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(DueKind.CHECKIN);
            assertThat(i.id()).isNull();
            assertThat(i.due()).isEqualTo(d("2026-02-20"));
            assertThat(i.daysOverdue()).isEqualTo(9);
        });
        Plan neverMet = plan("2026-01-15", null, List.of(), List.of());
        assertThat(Plans.view(neverMet, AS_OF, Cadence.MONTHLY, -1).due()).extracting(DueItem::due)
                .containsExactly(d("2026-02-15"));
        Plan noSince = plan(null, null, List.of(), List.of());
        assertThat(Plans.view(noSince, AS_OF, Cadence.MONTHLY, -1).due()).isEmpty();
    }

    @Test
    void dueSoonIsTheWindowAfterTheAsOfDate() {
        Goal g = goal("g", GoalStatus.ACTIVE, "2026-06-30", List.of(
                milestone("today", "2026-03-01", null),
                milestone("in7", "2026-03-08", null),
                milestone("in8", "2026-03-09", null)), List.of());
        Plan p = plan(null, null, List.of(g), List.of());
        assertThat(Plans.view(p, AS_OF, Cadence.MONTHLY, 7).due()).extracting(DueItem::id, DueItem::daysOverdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("g/today", 0L),
                        org.assertj.core.groups.Tuple.tuple("g/in7", -7L));
        assertThat(Plans.view(p, AS_OF, Cadence.MONTHLY, -1).due()).isEmpty();
    }

    @Test
    void mostOverdueFirst() {
        Goal g = goal("g", GoalStatus.ACTIVE, null, List.of(
                milestone("a", "2026-02-20", null),
                milestone("b", "2026-01-01", null),
                milestone("c", "2026-02-27", null)), List.of());
        List<DueItem> items = Plans.view(plan(null, null, List.of(g), List.of()), AS_OF, Cadence.MONTHLY, -1).due()
                .stream().sorted(Overdue.MOST_OVERDUE_FIRST).toList();
        assertThat(items).extracting(DueItem::id).containsExactly("g/b", "g/a", "g/c");
    }
}
