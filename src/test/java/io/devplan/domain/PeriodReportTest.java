package io.devplan.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static io.devplan.domain.Plans.AT;
import static io.devplan.domain.Plans.d;
import static io.devplan.domain.Plans.milestone;
import static org.assertj.core.api.Assertions.assertThat;

/** What changed in a period, from a plan and (when git has one) its version at the start. */
class PeriodReportTest {
    static final java.time.LocalDate SINCE = d("2026-05-01");
    static final java.time.LocalDate AS_OF = d("2026-06-30");

    static Goal goal(String id, GoalStatus status, String current, List<Milestone> milestones) {
        return new Goal(id, "Goal " + id, status, null, d("2026-12-31"), null, List.of(), null, BigDecimal.ZERO, BigDecimal.TEN,
                current == null ? null : new BigDecimal(current), "talks", null, List.of(), List.of(), List.of(),
                milestones, List.of(), List.of(), AT);
    }

    static Plan plan(List<Goal> goals, List<CheckIn> checkins) {
        Employee e = new Employee("ann", "Ann", null, null, "bob", null, null, null, null, null, null);
        return new Plan("plans/ann.yaml", e, List.of(), goals, checkins, List.of(), List.of(), SourceMap.EMPTY);
    }

    static CheckIn checkin(String date, String goal, String value) {
        return new CheckIn(d(date), null, null, Map.of(goal, new BigDecimal(value)), null, null, null, null, AT);
    }

    @Test
    void withoutHistoryTheStartComesFromThePlansOwnDates() {
        Goal finished = goal("finished", GoalStatus.DONE, null, List.of(milestone("last", "2026-05-10", "2026-05-09")));
        Goal earlier = goal("earlier", GoalStatus.DONE, null, List.of(milestone("m", "2026-03-01", "2026-03-01")));
        Plan now = plan(List.of(
                        goal("talks", GoalStatus.ACTIVE, "6", List.of()),
                        finished.withState(GoalStatus.DONE, d("2026-05-09"), finished.due(), List.of()),
                        earlier.withState(GoalStatus.DONE, d("2026-03-01"), earlier.due(), List.of()),
                        goal("dropped", GoalStatus.DROPPED, "1", List.of(milestone("x", "2026-05-15", null)))),
                List.of(checkin("2026-03-20", "talks", "2"), checkin("2026-05-01", "talks", "4"),
                        checkin("2026-06-20", "talks", "6")));
        PeriodReport r = PeriodReport.of(now, null, RepoConfig.DEFAULTS, SINCE, AS_OF);
        assertThat(r.fromHistory()).isFalse();
        assertThat(r.goalsDone()).extracting(PeriodReport.GoalRef::goal).containsExactly("finished");
        assertThat(r.progress()).extracting(g -> g.goal() + " " + g.from() + "->" + g.to() + " " + g.percentFrom()
                + "->" + g.percentTo()).containsExactly("talks 2->6 20->60", "finished 0->0 0->100");
        assertThat(r.done()).extracting(PeriodReport.Done::item).containsExactly("last");
        assertThat(r.slipped()).isEmpty(); // the dropped goal's milestone does not slip
        assertThat(r.checkins()).containsExactly(d("2026-05-01"), d("2026-06-20"));
    }

    @Test
    void withHistoryDoneGoalsMovedDatesAndDecisionsComeFromTheCommittedStart() {
        Goal before = goal("talks", GoalStatus.ACTIVE, "2", List.of(milestone("outline", "2026-05-15", null)));
        Goal after = new Goal("talks", "Goal talks", GoalStatus.DONE, null, d("2026-12-31"), null, List.of(), null, BigDecimal.ZERO,
                BigDecimal.TEN, BigDecimal.TEN, "talks", null, List.of(), List.of(), List.of(),
                List.of(milestone("outline", "2026-07-15", null)), List.of(),
                List.of(new Support("coach", SupportKind.COACHING, "Coach", null, null, SupportStatus.APPROVED, Map.of(), null, AT)), AT);
        PeriodReport r = PeriodReport.of(plan(List.of(after), List.of()), plan(List.of(before), List.of()), RepoConfig.DEFAULTS, SINCE, AS_OF);
        assertThat(r.fromHistory()).isTrue();
        assertThat(r.goalsDone()).extracting(PeriodReport.GoalRef::goal).containsExactly("talks");
        assertThat(r.slipped()).containsExactly(
                new PeriodReport.Slip("talks", "outline", "Milestone outline", d("2026-05-15"), d("2026-07-15")));
        assertThat(r.support()).containsExactly(new PeriodReport.Decision("talks", "coach", "Coach", null, "approved"));
        assertThat(r.progress()).extracting(PeriodReport.Gain::points).containsExactly(80);
    }
}
