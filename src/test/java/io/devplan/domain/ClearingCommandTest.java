package io.devplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each reminder names the command cli.md fixes for clearing it. */
class ClearingCommandTest {
    private static DueItem item(DueKind kind, String goal, String id, long daysOverdue) {
        return new DueItem("alice", "bob", kind, goal, id, "A title", null, LocalDate.of(2026, 11, 20), daysOverdue,
                "plans/alice.yaml", 3);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(new Reminder(item(DueKind.MILESTONE, "g", "g/m1", 0), Reminder.Action.FINISH_MILESTONE, "Alice"),
                        "devplan done alice g/m1"),
                Arguments.of(new Reminder(item(DueKind.ACTION, "g", "g/a1", 3), Reminder.Action.FINISH_OR_MOVE_ACTION, "Alice"),
                        "devplan done alice g/a1"),
                Arguments.of(new Reminder(item(DueKind.GOAL, "g", "g", 3), Reminder.Action.CLOSE_GOAL, "Alice"),
                        "devplan done alice g"),
                Arguments.of(new Reminder(item(DueKind.GOAL, "g", "g", -3), Reminder.Action.REVIEW_GOAL, "Alice"),
                        "devplan checkin alice"),
                Arguments.of(new Reminder(item(DueKind.GOAL, "g", "g", -30), Reminder.Action.RESCUE_GOAL, "Alice"),
                        "devplan status alice g active"),
                Arguments.of(new Reminder(item(DueKind.CHECKIN, null, null, 2), Reminder.Action.HOLD_CHECKIN, "Alice"),
                        "devplan checkin alice"),
                Arguments.of(new Reminder(item(DueKind.SUPPORT, "g", "g/coach", 0), Reminder.Action.DECIDE_SUPPORT, "Alice"),
                        "devplan support set alice g/coach approved"),
                Arguments.of(new Reminder(item(DueKind.ACHIEVEMENT, "g", null, 0), Reminder.Action.CELEBRATE, "Alice",
                        LocalDate.of(2026, 11, 6)), "devplan celebrate alice 2026-11-06"),
                Arguments.of(new Reminder(item(DueKind.ACHIEVEMENT, "g", null, 0), Reminder.Action.CELEBRATE, "Alice"),
                        "devplan celebrate alice A title"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void namesTheCommandThatClearsIt(Reminder r, String words) {
        assertThat(String.join(" ", r.command())).isEqualTo(words);
        assertThat(r.command()).startsWith("devplan");
    }
}
