package io.devplan.domain;

import io.devplan.domain.validate.Rules;
import io.devplan.render.doc.Line;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static io.devplan.domain.Plans.d;
import static org.assertj.core.api.Assertions.assertThat;

class ReportRulesTest {
    private static final Position AT = Plans.AT;

    private static Goal timed(GoalStatus status, String start, String due, String current) {
        return new Goal("g", "Goal", status, d(start), d(due), null, List.of(), null, BigDecimal.ZERO, new BigDecimal("100"),
                Plans.n(current), null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), AT);
    }

    @ParameterizedTest(name = "{0} {1}..{2} as of {3}: expected {4}")
    @CsvSource(nullValues = "none", value = {
        "active,  2026-01-01, 2026-01-11, 2026-01-06, 50",
        "active,  2026-01-01, 2026-01-11, 2025-12-01, 0",
        "active,  2026-01-01, 2026-01-11, 2026-02-01, 100",
        "at-risk, 2026-01-01, 2026-01-04, 2026-01-02, 33",
        "active,  2026-01-01, 2026-01-04, 2026-01-03, 67",
        "active,  2026-01-10, 2026-01-10, 2026-01-09, 0",
        "active,  2026-01-10, 2026-01-10, 2026-01-10, 100",
        "active,  none,       2026-01-10, 2026-01-09, none",
        "active,  2026-01-01, none,       2026-01-09, none",
        "done,    2026-01-01, 2026-01-11, 2026-01-06, none",
        "draft,   2026-01-01, 2026-01-11, 2026-01-06, none",
        "paused,  2026-01-01, 2026-01-11, 2026-01-06, none",
    })
    void expectedProgressIsTheShareOfTimePassed(String status, String start, String due, String asOf, Integer expected) {
        Goal g = timed(YamlName.parse(GoalStatus.class, status).orElseThrow(), start, due, "0");
        var result = ExpectedProgress.of(g, d(asOf));
        if (expected == null) {
            assertThat(result).isEmpty();
        } else {
            assertThat(result).hasValue(expected);
        }
    }

    @ParameterizedTest(name = "progress {0} with expected 50, {1} points allowed: behind={2}")
    @CsvSource({
        "25, 25, false",
        "24, 25, true",
        "50, 0, false",
        "49, 0, true",
        "0, 50, false",
        "100, 25, false",
    })
    void behindMeansTrailingByMoreThanThePoints(String current, int points, boolean behind) {
        Goal g = timed(GoalStatus.ACTIVE, "2026-01-01", "2026-01-11", current);
        assertThat(Behind.of(g, d("2026-01-06"), points)).isEqualTo(behind);
    }

    @ParameterizedTest(name = "due {0}, done {1}, goal {2}, as of {3}: {4}")
    @CsvSource(nullValues = "none", value = {
        "2026-03-10, 2026-03-10, active,  2026-04-01, DONE_ON_TIME",
        "2026-03-10, 2026-03-09, active,  2026-04-01, DONE_ON_TIME",
        "2026-03-10, 2026-03-11, active,  2026-04-01, DONE_LATE",
        "none,       2026-03-11, active,  2026-04-01, DONE_ON_TIME",
        "2026-03-10, none,       active,  2026-04-01, OVERDUE",
        "2026-03-10, none,       active,  2026-03-10, OPEN",
        "2026-03-10, none,       done,    2026-04-01, OPEN",
        "2026-03-10, none,       dropped, 2026-04-01, OPEN",
        "2026-03-10, 2026-05-01, active,  2026-04-01, OVERDUE",
        "none,       none,       active,  2026-04-01, OPEN",
    })
    void milestoneTimeliness(String due, String done, String goalStatus, String asOf, MilestoneTimeliness expected) {
        Milestone m = Plans.milestone("m", due, done);
        Goal g = Plans.goal("g", YamlName.parse(GoalStatus.class, goalStatus).orElseThrow(), null, List.of(m), List.of());
        PlanView view = Plans.view(Plans.plan(null, null, List.of(g), List.of()), d(asOf), Cadence.MONTHLY, -1);
        assertThat(MilestoneTimeliness.of(view.goals().get(0).milestones().get(0))).isEqualTo(expected);
    }

    @Test
    void milestoneCountsAndOnTimeShare() {
        Goal g = Plans.goal("g", GoalStatus.ACTIVE, null, List.of(
                Plans.milestone("a", "2026-01-10", "2026-01-09"),
                Plans.milestone("b", "2026-01-10", "2026-01-12"),
                Plans.milestone("c", "2026-01-10", "2026-01-10"),
                Plans.milestone("d", "2026-01-10", null),
                Plans.milestone("e", "2026-03-10", null)), List.of());
        var c = Plans.view(Plans.plan(null, null, List.of(g), List.of()), d("2026-02-01"), Cadence.MONTHLY, 7)
                .goals().get(0).timeliness();
        assertThat(c).isEqualTo(new MilestoneTimeliness.Counts(2, 1, 1, 1));
        assertThat(c.onTimeShare()).isEqualTo(67);
        assertThat(MilestoneTimeliness.Counts.ZERO.onTimeShare()).isNull();
    }

    @ParameterizedTest(name = "since {0}, {1} with {2}: {3} held, {4} within")
    @CsvSource(nullValues = "none", value = {
        // first check-in one cadence after since is within; one day later is not
        "2026-01-31, 2026-02-28,                       monthly,  1, 1",
        "2026-01-31, 2026-03-01,                       monthly,  1, 0",
        "none,       2026-05-01 2026-06-01 2026-07-02, monthly,  3, 2",
        "2026-01-01, 2026-01-15 2026-01-29 2026-02-13, biweekly, 3, 2",
        "2026-01-01, 2026-01-15 2027-01-01,            monthly,  1, 1",
        "2026-01-01, '',                               monthly,  0, 0",
    })
    void cadenceAdherence(String since, String dates, String cadence, int held, int within) {
        List<CheckIn> checkins = new ArrayList<>();
        for (String date : dates.split(" ")) {
            if (!date.isBlank()) {
                checkins.add(Plans.checkin(date, null));
            }
        }
        Plan plan = Plans.plan(since, Cadence.parse(cadence).orElseThrow(), List.of(), checkins);
        var result = CadenceAdherence.of(PlanAsOf.of(plan, d("2026-12-31")), Cadence.parse(cadence).orElseThrow());
        assertThat(result.count()).isEqualTo(held);
        assertThat(result.withinCadence()).isEqualTo(within);
    }

    @ParameterizedTest(name = "agreed next {0}, held {1}: kept {2}")
    @CsvSource({
        "2026-05-15, 2026-05-15, true",
        "2026-05-15, 2026-05-20, false",
        "2026-06-20, 2026-06-10, true",
        "2026-06-20, 2026-06-20, true",
        "2026-06-20, 2026-06-21, false",
    })
    void aCheckInHeldOnOrBeforeTheAgreedNextDateIsKept(String next, String held, boolean kept) {
        Plan plan = Plans.plan(null, Cadence.MONTHLY, List.of(), List.of(Plans.checkin("2026-05-01", next),
                Plans.checkin(held, null)));
        var result = CadenceAdherence.of(plan, Cadence.MONTHLY);
        assertThat(result.held().get(1).withinCadence()).isEqualTo(kept);
    }

    @Test
    void valueHistoryKeepsCheckInsUpToTheAsOfDateInDateOrder() {
        CheckIn late = new CheckIn(d("2026-05-01"), null, null, Map.of("g", new BigDecimal("3")), null, null, null, null, AT);
        CheckIn early = new CheckIn(d("2026-03-01"), null, null, Map.of("g", new BigDecimal("1")), null, null, null, null, AT);
        CheckIn future = new CheckIn(d("2026-09-01"), null, null, Map.of("g", new BigDecimal("9")), null, null, null, null, AT);
        Plan plan = Plans.plan(null, null, List.of(), List.of(late, early, future));
        assertThat(ValueHistory.of(PlanAsOf.of(plan, d("2026-06-01"))).get("g")).containsExactly(
                new DatedValue(d("2026-03-01"), new BigDecimal("1")), new DatedValue(d("2026-05-01"), new BigDecimal("3")));
    }

    @Test
    void supportTotalsPerCurrencyAndStatusLeaveOutDroppedGoals() {
        Support a = new Support("a", SupportKind.TRAINING, "A", new BigDecimal("100"), "EUR", SupportStatus.APPROVED, Map.of(), null, AT);
        Support b = new Support("b", SupportKind.TRAINING, "B", new BigDecimal("50.50"), "EUR", SupportStatus.APPROVED, Map.of(), null, AT);
        Support c = new Support("c", SupportKind.TRAINING, "C", new BigDecimal("700"), "DKK", SupportStatus.REQUESTED, Map.of(), null, AT);
        Support free = new Support("d", SupportKind.TIME, "D", null, null, SupportStatus.APPROVED, Map.of(), null, AT);
        Support gone = new Support("e", SupportKind.TRAINING, "E", new BigDecimal("999"), "EUR", SupportStatus.APPROVED, Map.of(), null, AT);
        Goal kept = withSupport(GoalStatus.ACTIVE, List.of(a, b, c, free));
        Goal dropped = withSupport(GoalStatus.DROPPED, List.of(gone));
        Plan plan = Plans.plan(null, null, List.of(kept, dropped), List.of());
        assertThat(SupportTotals.of(List.of(plan))).containsExactly(
                new SupportTotals.Line("DKK", SupportStatus.REQUESTED, new BigDecimal("700"), 1),
                new SupportTotals.Line("EUR", SupportStatus.APPROVED, new BigDecimal("150.50"), 2));
    }

    private static Goal withSupport(GoalStatus status, List<Support> support) {
        return new Goal("g" + status, "Goal", status, null, null, null, List.of(), null, null, null, null, null, null, List.of("fb-a"),
                List.of(), List.of(), List.of(), List.of(), support, AT);
    }

    @Test
    void unaddressedFeedbackIsAnImprovementNoLiveGoalAnswers() {
        Feedback addressed = feedback("fb-a", FeedbackKind.IMPROVEMENT, false);
        Feedback open = feedback("fb-b", FeedbackKind.IMPROVEMENT, false);
        Feedback strength = feedback("fb-c", FeedbackKind.STRENGTH, false);
        Goal g = withSupport(GoalStatus.ACTIVE, List.of());
        Plan plan = new Plan("p.yaml", Plans.plan(null, null, List.of(), List.of()).employee(),
                List.of(addressed, open, strength), List.of(g), List.of(), List.of(), List.of(), SourceMap.EMPTY);
        assertThat(UnaddressedFeedback.of(plan)).containsExactly(open);
    }

    private static Feedback feedback(String id, FeedbackKind kind, boolean isPrivate) {
        return new Feedback(id, d("2026-01-01"), "boss", FeedbackSource.REVIEW, kind, "text of " + id, isPrivate, AT);
    }

    @Test
    void competencyGapAgainstTheNextLevelWithBeforeAndAfter() {
        var track = List.of(
                new RepoConfig.TrackLevel("L3", "Engineer", Map.of("communication", 2)),
                new RepoConfig.TrackLevel("L4", "Senior", Map.of("communication", 3, "mentoring", 2)));
        RepoConfig config = new RepoConfig(null, null, null, List.of(), List.of(), Map.of("eng", track),
                RepoConfig.Rules.DEFAULTS, "0600", false, 25);
        Employee e = new Employee("alice", "Alice", null, null, null, null, null, null, "eng", "L3", null);
        List<Assessment> assessments = List.of(
                new Assessment(d("2026-01-01"), Assessor.SELF, Map.of("communication", 2), AT),
                new Assessment(d("2026-01-05"), Assessor.MANAGER, Map.of("communication", 1, "mentoring", 1), AT),
                new Assessment(d("2026-06-01"), Assessor.MANAGER, Map.of("communication", 3), AT),
                new Assessment(d("2026-12-01"), Assessor.MANAGER, Map.of("communication", 5), AT));
        Plan plan = new Plan("p.yaml", e, List.of(), List.of(), List.of(), List.of(), assessments, SourceMap.EMPTY);
        var result = CompetencyGap.of(PlanAsOf.of(plan, d("2026-07-01")), config).orElseThrow();
        assertThat(result.target().level()).isEqualTo("L4");
        assertThat(result.top()).isFalse();
        var communication = result.rows().stream().filter(r -> r.competency().equals("communication")).findFirst().orElseThrow();
        assertThat(communication).isEqualTo(new CompetencyGap.Row("communication", 3, 2, 2, 1, 3));
        assertThat(communication.gap()).isZero();
        var mentoring = result.rows().stream().filter(r -> r.competency().equals("mentoring")).findFirst().orElseThrow();
        assertThat(mentoring.gap()).isEqualTo(1);
        assertThat(result.shortOfTarget()).isEqualTo(1);

        var change = CompetencyChange.of(List.of(PlanAsOf.of(plan, d("2026-07-01"))), config);
        assertThat(change).contains(new CompetencyChange.Row("communication", 1, 1.0, 3.0));

        Employee top = new Employee("alice", "Alice", null, null, null, null, null, null, "eng", "L4", null);
        Plan atTop = new Plan("p.yaml", top, List.of(), List.of(), List.of(), List.of(), assessments, SourceMap.EMPTY);
        assertThat(CompetencyGap.of(atTop, config).orElseThrow().top()).isTrue();
        Employee offTrack = new Employee("alice", "Alice", null, null, null, null, null, null, "eng", "L9", null);
        assertThat(CompetencyGap.of(new Plan("p.yaml", offTrack, List.of(), List.of(), List.of(), List.of(), assessments,
                SourceMap.EMPTY), config)).isEmpty();
    }

    @ParameterizedTest(name = "{0} people with a score: average shown = {1}")
    @CsvSource({"4, false", "5, true", "6, true"})
    void wellbeingAverageNeedsFivePeople(int people, boolean shown) {
        List<Plan> group = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            CheckIn c = new CheckIn(d("2026-05-01"), null, null, Map.of(), 3 + i % 2, null, null, null, AT);
            group.add(Plans.plan(null, null, List.of(), List.of(c)));
        }
        group.add(Plans.plan(null, null, List.of(), List.of(Plans.checkin("2026-05-01", null))));
        var result = WellbeingAverage.of(group);
        assertThat(result.isPresent()).isEqualTo(shown);
        result.ifPresent(r -> assertThat(r.people()).isEqualTo(people));
    }

    @Test
    void employeeAudienceSeesNoPrivateFeedbackNoteOrWellbeing() {
        Feedback open = feedback("fb-a", FeedbackKind.IMPROVEMENT, false);
        Feedback hidden = feedback("fb-secret", FeedbackKind.IMPROVEMENT, true);
        Goal g = new Goal("g", "Goal", GoalStatus.ACTIVE, null, null, null, List.of(), null, null, null, null, null, null,
                List.of("fb-a", "fb-secret"), List.of(), List.of(), List.of(), List.of(), List.of(), AT);
        CheckIn c = new CheckIn(d("2026-05-01"), "boss", "notes", Map.of(), 2, "blocked", "secret note", null, AT);
        Plan plan = new Plan("p.yaml", Plans.plan(null, null, List.of(), List.of()).employee(), List.of(open, hidden),
                List.of(g), List.of(c), List.of(), List.of(), SourceMap.EMPTY);

        Plan seen = Audience.EMPLOYEE.view(plan);
        assertThat(seen.feedback()).containsExactly(open);
        assertThat(seen.goals().get(0).addresses()).containsExactly("fb-a");
        assertThat(seen.checkins().get(0).privateNote()).isNull();
        assertThat(seen.checkins().get(0).wellbeing()).isNull();
        assertThat(seen.checkins().get(0).notes()).isEqualTo("notes");
        assertThat(Audience.MANAGER.view(plan)).isSameAs(plan);
        assertThat(PlanView.of(Audience.EMPLOYEE.view(plan), RepoConfig.DEFAULTS, LocalDate.of(2026, 6, 1), 7).wellbeing())
                .isEmpty();
    }
}
