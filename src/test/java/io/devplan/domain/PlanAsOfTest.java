package io.devplan.domain;

import static io.devplan.domain.Plans.AT;
import static io.devplan.domain.Plans.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The format contract's "as of a date D" rule, case by case: whatever is dated after D has not happened yet. */
class PlanAsOfTest {
    private static PlanView view(Plan p, String asOf) {
        return Plans.view(p, d(asOf), Cadence.MONTHLY, 7);
    }

    private static Plan with(List<Goal> goals) {
        return Plans.plan("2026-01-01", null, goals, List.of());
    }

    @ParameterizedTest(name = "milestone due {0} done {1}, as of {2}: {3}")
    @CsvSource(nullValues = "-", textBlock = """
            2026-03-01, 2026-07-01, 2026-05-01, overdue,  61
            2026-03-01, 2026-07-01, 2026-07-01, done,     122
            2026-03-01, 2026-02-20, 2026-05-01, done,     61
            2026-03-01, -,          2026-02-27, due-soon, -2
            2026-03-01, -,          2026-03-01, due-soon, 0
            2026-03-01, -,          2026-02-01, open,     -28
            -,          -,          2026-02-01, open,     0
            """)
    void aMilestoneDoneAfterTheDateWasStillOpen(String due, String done, String asOf, String state, long days) {
        Goal g = Plans.goal("g", GoalStatus.ACTIVE, null, List.of(Plans.milestone("m", due, done)), List.of());
        ItemView m = view(with(List.of(g)), asOf).goals().get(0).milestones().get(0);
        assertThat(m.state().yamlName()).isEqualTo(state);
        assertThat(m.daysOverdue()).isEqualTo(days);
        assertThat(m.done()).isEqualTo(state.equals("done") ? d(done) : null);
    }

    @ParameterizedTest(name = "goal {0} done {1} due {2}, as of {3}: {4} {5}%")
    @CsvSource(nullValues = "-", textBlock = """
            done,    -,          2026-03-01, 2026-05-01, done,      100, done
            done,    2026-04-01, 2026-03-01, 2026-05-01, done,      100, done
            done,    2026-06-01, 2026-03-01, 2026-05-01, overdue,   0,   active
            done,    2026-06-01, 2026-09-01, 2026-05-01, open,      0,   active
            dropped, -,          2026-03-01, 2026-05-01, set-aside, 0,   dropped
            paused,  -,          2026-03-01, 2026-05-01, overdue,   0,   paused
            """)
    void aGoalDoneAfterTheDateWasStillOpen(String status, String done, String due, String asOf, String state,
                                           int progress, String statusThen) {
        Goal g = Plans.goal("g", YamlName.parse(GoalStatus.class, status).orElseThrow(), due, List.of(), List.of())
                .withState(YamlName.parse(GoalStatus.class, status).orElseThrow(), d(done), d(due), List.of());
        GoalView v = view(with(List.of(g)), asOf).goals().get(0);
        assertThat(v.state().yamlName()).isEqualTo(state);
        assertThat(v.progress()).isEqualTo(progress);
        assertThat(v.status().yamlName()).isEqualTo(statusThen);
    }

    @ParameterizedTest(name = "due {0} moved on {1} from {2}, as of {3}: due {4}")
    @CsvSource(textBlock = """
            2026-09-01, 2026-06-01, 2026-05-15, 2026-05-20, 2026-05-15
            2026-09-01, 2026-06-01, 2026-05-15, 2026-06-01, 2026-09-01
            2026-09-01, 2026-06-01, 2026-05-15, 2026-07-01, 2026-09-01
            """)
    void aDueDateMovedAfterTheDateHadItsEarlierValue(String due, String moved, String from, String asOf, String then) {
        Milestone m = new Milestone("m", "M", d(due), null, List.of(new Rescheduling(d(moved), d(from), "why", AT)), AT);
        Goal g = Plans.goal("g", GoalStatus.ACTIVE, null, List.of(m), List.of());
        ItemView v = view(with(List.of(g)), asOf).goals().get(0).milestones().get(0);
        assertThat(v.due()).isEqualTo(d(then));
        assertThat(v.rescheduled()).hasSize(d(asOf).isBefore(d(moved)) ? 0 : 1);
    }

    @ParameterizedTest(name = "support {0} requested {1}, {0} on {2}, as of {3}: {4}")
    @CsvSource(nullValues = "-", textBlock = """
            -,        -,          -,          2026-05-01, requested
            approved, -,          -,          2026-05-01, approved
            approved, 2026-03-01, 2026-04-01, 2026-05-01, approved
            approved, 2026-03-01, 2026-04-01, 2026-03-15, requested
            approved, 2026-03-01, 2026-04-01, 2026-02-01, absent
            provided, -,          2026-06-01, 2026-05-01, requested
            """)
    void supportDecidedAfterTheDateWasNotDecidedYet(String status, String requested, String reached, String asOf,
                                                    String then) {
        SupportStatus s = status == null ? null : YamlName.parse(SupportStatus.class, status).orElseThrow();
        Map<SupportStatus, java.time.LocalDate> dates = new EnumMap<>(SupportStatus.class);
        if (requested != null) {
            dates.put(SupportStatus.REQUESTED, d(requested));
        }
        if (reached != null) {
            dates.put(s, d(reached));
        }
        Support support = new Support("s", SupportKind.TRAINING, "S", null, null, s, dates, null, AT);
        Goal g = Plans.goal("g", GoalStatus.ACTIVE, null, List.of(), List.of())
                .withItems(List.of(), List.of(), List.of(support));
        PlanView v = view(with(List.of(g)), asOf);
        List<Support> seen = v.goals().get(0).goal().support();
        if (then.equals("absent")) {
            assertThat(seen).isEmpty();
            assertThat(v.undecided()).isEmpty();
        } else {
            assertThat(seen).singleElement().extracting(x -> x.status().yamlName()).isEqualTo(then);
            assertThat(v.undecided()).hasSize(then.equals("requested") ? 1 : 0);
        }
    }

    @ParameterizedTest(name = "check-ins {0}, as of {1}: last {2}, next {3}")
    @CsvSource(nullValues = "-", textBlock = """
            2026-02-01 2026-03-01, 2026-02-15, 2026-02-01, 2026-03-01
            2026-02-01 2026-03-01, 2026-03-01, 2026-03-01, 2026-04-01
            2026-02-01 2026-03-01, 2026-01-15, -,          2026-02-01
            """)
    void aCheckInAfterTheDateHasNotBeenHeld(String dates, String asOf, String last, String next) {
        List<CheckIn> checkins = java.util.Arrays.stream(dates.split(" ")).map(x -> Plans.checkin(x, null)).toList();
        PlanView v = Plans.view(Plans.plan("2026-01-01", null, List.of(), checkins), d(asOf), Cadence.MONTHLY, 7);
        assertThat(v.lastCheckIn() == null ? null : v.lastCheckIn().date()).isEqualTo(d(last));
        assertThat(v.nextCheckIn().due()).isEqualTo(d(next));
        assertThat(v.checkIns().count()).isEqualTo(last == null ? 0 : (int) checkins.stream()
                .filter(c -> !c.date().isAfter(d(asOf))).count());
    }

    @ParameterizedTest(name = "achievement of {0} celebrated {1}, as of {2}: {3}")
    @CsvSource(nullValues = "-", textBlock = """
            2026-03-01, 2026-04-01, 2026-05-01, celebrated
            2026-03-01, 2026-04-01, 2026-03-15, to celebrate
            2026-03-01, -,          2026-03-15, to celebrate
            2026-03-01, -,          2026-02-01, absent
            -,          -,          2026-02-01, to celebrate
            """)
    void anAchievementCelebratedAfterTheDateIsStillToCelebrate(String date, String celebrated, String asOf, String then) {
        Plan p = Plans.plan("2026-01-01", null, List.of(), List.of());
        p = new Plan(p.file(), p.employee(), List.of(), List.of(), List.of(),
                List.of(new Achievement(d(date), "Win", null, d(celebrated), AT)), List.of(), p.source());
        PlanView v = view(p, asOf);
        assertThat(v.plan().achievements()).hasSize(then.equals("absent") ? 0 : 1);
        assertThat(v.toCelebrate()).hasSize(then.equals("to celebrate") ? 1 : 0);
    }

    @ParameterizedTest(name = "feedback of {0}, as of {1}: unaddressed {2}")
    @CsvSource(nullValues = "-", textBlock = """
            2026-03-01, 2026-05-01, true
            2026-03-01, 2026-02-01, false
            -,          2026-02-01, true
            """)
    void feedbackGivenAfterTheDateIsNotThereYet(String date, String asOf, boolean unaddressed) {
        Plan p = Plans.plan("2026-01-01", null, List.of(), List.of());
        p = new Plan(p.file(), p.employee(), List.of(new Feedback("fb", d(date), null, null, FeedbackKind.IMPROVEMENT,
                "t", false, AT)), List.of(), List.of(), List.of(), List.of(), p.source());
        assertThat(view(p, asOf).unaddressed()).hasSize(unaddressed ? 1 : 0);
    }
}
