package io.devplan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static io.devplan.domain.Plans.AT;
import static io.devplan.domain.Plans.d;
import static io.devplan.domain.Plans.n;
import static org.assertj.core.api.Assertions.assertThat;

class AgendaTest {
    private static final LocalDate AS_OF = d("2026-03-01");

    private static Goal numeric(String id, GoalStatus status, String baseline, String current, List<String> addresses,
                                List<Milestone> milestones, List<Action> actions, List<Support> support) {
        return new Goal(id, "Goal " + id, status, null, null, null, List.of(), null, n(baseline), n("10"), n(current), "things", null,
                addresses, List.of(), List.of(), milestones, actions, support, AT);
    }

    private static Plan plan(List<Goal> goals, List<CheckIn> checkins, List<Feedback> feedback,
                             List<Achievement> achievements) {
        Employee e = new Employee("alice", "Alice", null, null, "bob", null, d("2025-01-01"), null, null, null, null);
        return new Plan("plans/alice.yaml", e, feedback, goals, checkins, achievements, List.of(), SourceMap.EMPTY);
    }

    private static CheckIn checkin(String date, Map<String, BigDecimal> progress, String blockers) {
        return new CheckIn(d(date), "bob", null, progress, null, blockers, "private", null, AT);
    }

    @ParameterizedTest(name = "baseline {0}, at last check-in {1}, now {2}, milestone done {3}: moved={4}")
    @CsvSource(nullValues = "-", textBlock = """
            0, 3, 3, -,          false
            0, 3, 5, -,          true
            0, -, 0, -,          false
            0, -, 2, -,          true
            -, -, -, -,          false
            0, 3, 3, 2026-02-20, true
            0, 3, 3, 2026-02-01, false
            0, 3, 3, 2026-03-05, false
            """)
    void progressSinceTheLastCheckIn(String baseline, String recorded, String now, String milestoneDone, boolean moved) {
        Goal g = numeric("g", GoalStatus.ACTIVE, baseline, now, List.of(),
                List.of(new Milestone("m", "M", null, d(milestoneDone), List.of(), AT)), List.of(), List.of());
        Map<String, BigDecimal> progress = recorded == null ? Map.of() : Map.of("g", n(recorded));
        Plan p = plan(List.of(g), List.of(checkin("2026-02-10", progress, null)), List.of(), List.of());
        Agenda a = Agenda.of(Plans.view(p, AS_OF, Cadence.MONTHLY, 7));
        assertThat(a.progress()).singleElement().satisfies(gp -> assertThat(gp.movement().moved()).isEqualTo(moved));
    }

    @ParameterizedTest(name = "{0} goal is on the progress list: {1}")
    @CsvSource(textBlock = """
            active,  true
            at-risk, true
            draft,   false
            paused,  false
            done,    false
            dropped, false
            """)
    void onlyGoalsInProgressAreReviewed(String status, boolean listed) {
        Goal g = numeric("g", YamlName.parse(GoalStatus.class, status).orElseThrow(), "0", "1", List.of(), List.of(),
                List.of(), List.of());
        Agenda a = Agenda.of(Plans.view(plan(List.of(g), List.of(), List.of(), List.of()), AS_OF, Cadence.MONTHLY, 7));
        assertThat(a.progress()).hasSize(listed ? 1 : 0);
    }

    @Test
    void coversEverySectionAndLeavesOutWhatIsSettled() {
        Feedback addressed = new Feedback("fb-a", d("2026-01-01"), "bob", null, FeedbackKind.IMPROVEMENT, "a", false, AT);
        Feedback open = new Feedback("fb-b", d("2026-01-02"), "bob", null, FeedbackKind.IMPROVEMENT, "b", false, AT);
        Feedback secret = new Feedback("fb-c", d("2026-01-03"), "bob", null, FeedbackKind.IMPROVEMENT, "c", true, AT);
        Feedback praise = new Feedback("fb-d", d("2026-01-04"), "bob", null, FeedbackKind.RECOGNITION, "d", false, AT);
        Feedback onlyDropped = new Feedback("fb-e", d("2026-01-05"), "bob", null, null, "e", false, AT);
        Goal active = numeric("active", GoalStatus.ACTIVE, "0", "3", List.of("fb-a"), List.of(),
                List.of(new Action("late", "Late", "bob", d("2026-02-01"), null, List.of(), AT),
                        new Action("open", "Open", null, null, null, List.of(), AT),
                        new Action("done", "Done", null, null, d("2026-01-01"), List.of(), AT)),
                List.of(new Support("coach", SupportKind.COACHING, "Coach", null, null, SupportStatus.REQUESTED, Map.of(), null, AT),
                        new Support("book", SupportKind.TRAINING, "Book", null, null, SupportStatus.APPROVED, Map.of(), null, AT)));
        Goal dropped = numeric("dropped", GoalStatus.DROPPED, "0", "0", List.of("fb-e"), List.of(),
                List.of(new Action("x", "X", null, null, null, List.of(), AT)),
                List.of(new Support("y", SupportKind.TIME, "Y", null, null, SupportStatus.REQUESTED, Map.of(), null, AT)));
        List<Achievement> achievements = List.of(
                new Achievement(d("2026-02-01"), "New", "active", null, AT),
                new Achievement(d("2026-01-01"), "Old", "active", d("2026-01-10"), AT),
                new Achievement(d("2026-04-01"), "Future", null, null, AT));
        Plan p = plan(List.of(active, dropped), List.of(checkin("2026-02-10", Map.of("active", n("3")), "On-call")),
                List.of(addressed, open, secret, praise, onlyDropped), achievements);

        // The agenda is for the shared screen: the employee's view, without the private feedback.
        Agenda a = Agenda.of(Plans.view(Audience.EMPLOYEE.view(p), AS_OF, Cadence.MONTHLY, 7));

        assertThat(a.view().toCelebrate()).extracting(Achievement::title).containsExactly("New");
        assertThat(a.progress()).extracting(gp -> gp.goal().id()).containsExactly("active");
        assertThat(a.due()).extracting(DueItem::id).containsExactly("active/late");
        assertThat(a.carriedOver()).extracting(ItemView::id).containsExactly("active/open");
        assertThat(a.view().unaddressed()).extracting(Feedback::id).containsExactly("fb-b", "fb-e");
        assertThat(a.view().undecided()).extracting(x -> x.support().id()).containsExactly("coach");
        assertThat(a.view().lastCheckIn().blockers()).isEqualTo("On-call");
        assertThat(a.view().lastCheckIn().date()).isEqualTo(d("2026-02-10"));
        assertThat(a.view().nextCheckIn().due()).isEqualTo(d("2026-03-10"));
        assertThat(a.isEmpty()).isFalse();
    }

    @Test
    void aPlanWithNothingGoingOnHasAnEmptyAgenda() {
        Agenda a = Agenda.of(Plans.view(plan(List.of(), List.of(), List.of(), List.of()), AS_OF, Cadence.MONTHLY, 7));
        assertThat(a.isEmpty()).isTrue();
        assertThat(a.view().lastCheckIn()).isNull();
    }
}
