package io.devplan.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static io.devplan.domain.Plans.AT;
import static io.devplan.domain.Plans.action;
import static io.devplan.domain.Plans.d;
import static io.devplan.domain.Plans.milestone;
import static org.assertj.core.api.Assertions.assertThat;

/** What changed between two versions of a plan, in the plan's terms; the commits come from git elsewhere. */
class PlanChangesTest {
    static Goal goal(String id, GoalStatus status, String due, List<Milestone> milestones, List<Action> actions,
                     List<Support> support) {
        return new Goal(id, "Goal " + id, status, null, d(due), null, List.of(), null, null, null, null, "days", null,
                List.of(), List.of(), List.of(), milestones, actions, support, AT);
    }

    static Plan plan(List<Feedback> feedback, List<Goal> goals, List<CheckIn> checkins, List<Achievement> achievements) {
        Employee e = new Employee("ann", "Ann", null, null, "bob", null, null, null, null, null, null);
        return new Plan("plans/ann.yaml", e, feedback, goals, checkins, achievements, List.of(), SourceMap.EMPTY);
    }

    static Support support(String id, SupportStatus status) {
        return new Support(id, SupportKind.TRAINING, "Course " + id, new BigDecimal("450.00"), "EUR", status, Map.of(), null, AT);
    }

    static List<String> summaries(Plan before, Plan after) {
        return PlanChanges.between(before, after).stream().map(PlanChanges.Change::summary).toList();
    }

    @Test
    void itemsAddedDoneReopenedMovedAndRemoved() {
        Plan before = plan(List.of(), List.of(goal("g", GoalStatus.ACTIVE, "2026-09-30",
                List.of(milestone("a", "2026-04-01", "2026-03-30"), milestone("b", "2026-05-01", null)),
                List.of(action("x", "2026-04-01", null)), List.of(support("s", SupportStatus.REQUESTED)))), List.of(), List.of());
        Plan after = plan(List.of(), List.of(goal("g", GoalStatus.DONE, "2026-08-31",
                List.of(milestone("a", "2026-04-01", null), milestone("b", "2026-04-20", "2026-04-19"),
                        milestone("c", "2026-06-01", null)),
                List.of(), List.of(support("s", SupportStatus.DECLINED), support("t", null)))), List.of(), List.of());
        assertThat(summaries(before, after)).containsExactly(
                "g: status active → done",
                "g: due 2026-09-30 → 2026-08-31 (earlier)",
                "g/a: reopened",
                "g/b: due 2026-05-01 → 2026-04-20 (earlier)",
                "g/b: done 2026-04-19",
                "g/c: milestone added: Milestone c, due 2026-06-01",
                "g/x: action removed",
                "g/s: support requested → declined",
                "g/t: support added: Course t (requested, 450 EUR)");
    }

    @Test
    void checkInsFeedbackAndAchievementsWithoutPrivateText() {
        CheckIn april = new CheckIn(d("2026-04-20"), "bob", "Fine", Map.of("g", new BigDecimal("2.0")), 4, null,
                "Mentioned family matters", null, AT);
        CheckIn edited = new CheckIn(d("2026-04-20"), "bob", "Fine, really", Map.of("g", new BigDecimal("2")), 4,
                null, "Mentioned family matters", null, AT);
        Feedback secret = new Feedback("fb-1", d("2026-04-01"), "carla", FeedbackSource.PEER, FeedbackKind.IMPROVEMENT,
                "Said something private", true, AT);
        Achievement shipped = new Achievement(d("2026-04-12"), "Shipped", "g", null, AT);
        Achievement celebrated = new Achievement(d("2026-04-12"), "Shipped", "g", d("2026-04-20"), AT);
        Goal g = goal("g", GoalStatus.ACTIVE, null, List.of(), List.of(), List.of());
        List<String> changes = summaries(plan(List.of(), List.of(g), List.of(april), List.of(shipped)),
                plan(List.of(secret), List.of(g), List.of(edited), List.of(celebrated)));
        assertThat(changes).containsExactly("check-in 2026-04-20 with bob: g 2 (edited)",
                "feedback fb-1 (improvement, peer) from carla, private",
                "achievement 2026-04-12 celebrated 2026-04-20: Shipped");
        assertThat(String.join(" ", changes)).doesNotContain("family", "Said something");
    }

    @Test
    void aCheckInConcernsTheGoalsWhoseProgressItRecorded() {
        CheckIn c = new CheckIn(d("2026-04-20"), null, null, Map.of("g", BigDecimal.ONE, "h", BigDecimal.TEN), null,
                null, null, null, AT);
        PlanChanges.Change change = PlanChanges.between(plan(List.of(), List.of(), List.of(), List.of()),
                plan(List.of(), List.of(), List.of(c), List.of())).get(0);
        assertThat(change.concerns("g")).isTrue();
        assertThat(change.concerns("h")).isTrue();
        assertThat(change.concerns("k")).isFalse();
        assertThat(PlanChanges.between(null, plan(List.of(), List.of(), List.of(), List.of())))
                .extracting(PlanChanges.Change::summary).containsExactly("plan created");
    }
}
