package io.devplan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static io.devplan.domain.Plans.AT;
import static io.devplan.domain.Plans.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class RemindersTest {
    private static final LocalDate AS_OF = d("2026-03-01");

    private static Plan plan(String id, String manager, List<Goal> goals, List<Achievement> achievements) {
        Employee e = new Employee(id, "Name of " + id, null, null, manager, null, null, null, null, null, null);
        return new Plan("plans/" + id + ".yaml", e, List.of(), goals, List.of(), achievements, List.of(), SourceMap.EMPTY);
    }

    private static Goal goal(GoalStatus status, String due, List<Milestone> ms, List<Action> as, List<Support> ss) {
        return new Goal("g", "Goal", status, null, d(due), null, List.of(), null, null, null, null, null, null,
                List.of(), List.of(), List.of(), ms, as, ss, AT);
    }

    /** One item of each kind, with and without a manager, and who gets it. */
    @ParameterizedTest(name = "{0}, manager {1} -> {2}")
    @CsvSource(nullValues = "-", textBlock = """
            milestone late,       bob, alice
            milestone soon,       bob, alice
            action owned by carl, bob, carl
            action without owner, bob, alice
            goal late,            bob, bob
            goal at risk,         bob, bob
            support requested,    bob, bob
            achievement,          bob, bob
            goal late,            -,   alice
            achievement,          -,   alice
            """)
    void routesEachKindToWhoMustAct(String what, String manager, String recipient) {
        List<Milestone> ms = List.of();
        List<Action> as = List.of();
        List<Support> ss = List.of();
        List<Achievement> achievements = List.of();
        GoalStatus status = GoalStatus.ACTIVE;
        String goalDue = null;
        switch (what) {
            case "milestone late" -> ms = List.of(new Milestone("m", "M", d("2026-02-01"), null, List.of(), AT));
            case "milestone soon" -> ms = List.of(new Milestone("m", "M", d("2026-03-05"), null, List.of(), AT));
            case "action owned by carl" -> as = List.of(new Action("a", "A", "carl", d("2026-02-01"), null, List.of(), AT));
            case "action without owner" -> as = List.of(new Action("a", "A", null, d("2026-02-01"), null, List.of(), AT));
            case "goal late" -> goalDue = "2026-02-01";
            case "goal at risk" -> status = GoalStatus.AT_RISK;
            case "support requested" -> ss = List.of(new Support("s", SupportKind.TIME, "S", null, null,
                    SupportStatus.REQUESTED, Map.of(), null, AT));
            case "achievement" -> achievements = List.of(new Achievement(d("2026-02-27"), "Win", "g", null, AT));
            default -> throw new IllegalArgumentException(what);
        }
        Plan p = plan("alice", manager, List.of(goal(status, goalDue, ms, as, ss)), achievements);
        List<Recipient> recipients = Reminders.of(Plans.views(List.of(p), AS_OF, Cadence.MONTHLY, 7));
        assertThat(recipients).extracting(Recipient::id).containsExactly(recipient);
        assertThat(recipients.get(0).reminders()).singleElement().satisfies(r -> assertThat(r.action()).isNotNull());
    }

    @Test
    void nothingDueMeansNoRecipients() {
        Plan p = plan("alice", "bob", List.of(goal(GoalStatus.ACTIVE, "2026-12-01",
                List.of(new Milestone("m", "M", d("2026-02-01"), d("2026-01-30"), List.of(), AT)),
                List.of(new Action("a", "A", "bob", d("2026-06-01"), null, List.of(), AT)),
                List.of(new Support("s", SupportKind.TIME, "S", null, null, SupportStatus.APPROVED, Map.of(), null, AT)))),
                List.of(new Achievement(d("2026-02-01"), "Win", "g", d("2026-02-02"), AT)));
        assertThat(Reminders.of(Plans.views(List.of(p), AS_OF, Cadence.MONTHLY, 7))).isEmpty();
    }

    @Test
    void anOverdueGoalAtRiskIsOneReminderAndOrderIsOverdueSoonUndated() {
        Goal g = new Goal("g", "Goal", GoalStatus.AT_RISK, null, d("2026-02-20"), null, List.of(), null, null, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(),
                List.of(new Action("soon", "Soon", "bob", d("2026-03-03"), null, List.of(), AT),
                        new Action("late", "Late", "bob", d("2026-02-10"), null, List.of(), AT)),
                List.of(new Support("s", SupportKind.TIME, "S", null, null, SupportStatus.REQUESTED, Map.of(), null, AT)), AT);
        List<Recipient> r = Reminders.of(Plans.views(List.of(plan("alice", "bob", List.of(g), List.of())), AS_OF, Cadence.MONTHLY, 7));
        assertThat(r).singleElement().satisfies(bob -> assertThat(bob.reminders())
                .extracting(x -> x.item().kind(), x -> x.item().id())
                .containsExactly(tuple(DueKind.ACTION, "g/late"), tuple(DueKind.GOAL, "g"),
                        tuple(DueKind.ACTION, "g/soon"), tuple(DueKind.SUPPORT, "g/s")));
    }

    @Test
    void recipientsAreNamedFromTheirPlan() {
        Plan alice = plan("alice", "bob", List.of(goal(GoalStatus.AT_RISK, null, List.of(), List.of(), List.of())),
                List.of());
        Plan bob = plan("bob", "Karen Lund", List.of(goal(GoalStatus.AT_RISK, null, List.of(), List.of(), List.of())),
                List.of());
        assertThat(Reminders.of(Plans.views(List.of(alice, bob), AS_OF, Cadence.MONTHLY, 7)))
                .extracting(Recipient::id, Recipient::name)
                .containsExactly(tuple("Karen Lund", "Karen Lund"), tuple("bob", "Name of bob"));
    }

    /**
     * Standing states are reminded in the week after they begin and again while the next
     * check-in is due within the week or overdue; between check-ins they are quiet.
     */
    @ParameterizedTest(name = "{0}: achievement of {1}, last check-in {2} (next {3}) -> {4}")
    @CsvSource(nullValues = "-", textBlock = """
            just happened,               2026-02-27, 2026-02-20, 2026-03-20, true
            happened 7 days ago,         2026-02-22, 2026-02-20, 2026-03-20, true
            happened 8 days ago,         2026-02-21, 2026-02-20, 2026-03-20, false
            long ago; check-in in 7 days, 2026-01-05, 2026-02-01, 2026-03-08, true
            long ago; check-in in 8 days, 2026-01-05, 2026-02-01, 2026-03-09, false
            long ago; check-in overdue,  2026-01-05, 2026-01-20, 2026-02-20, true
            not yet happened,            2026-03-02, 2026-02-20, 2026-03-02, false
            no date; no check-in due,    -,          -,          -,          true
            no date; check-in far,       -,          2026-02-20, 2026-03-20, false
            """)
    void standingStatesAreRemindedOnARhythm(String what, String happened, String lastCheckIn, String next,
                                            boolean reminded) {
        Employee e = new Employee("alice", "Alice", null, null, "bob", null, null, null, null, null, null);
        List<CheckIn> checkIns = lastCheckIn == null ? List.of()
                : List.of(new CheckIn(d(lastCheckIn), null, null, Map.of(), null, null, null, d(next), AT));
        Plan p = new Plan("plans/alice.yaml", e, List.of(), List.of(), checkIns,
                List.of(new Achievement(happened == null ? null : d(happened), "Win", null, null, AT)), List.of(),
                SourceMap.EMPTY);
        List<Recipient> r = Reminders.of(Plans.views(List.of(p), AS_OF, Cadence.MONTHLY, 7));
        assertThat(r.stream().flatMap(x -> x.reminders().stream())
                .anyMatch(x -> x.action() == Reminder.Action.CELEBRATE)).as(what).isEqualTo(reminded);
    }
}
