package io.devplan.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The devplan command that clears a reminder or an agenda item, as the words of a command line
 * ({@code devplan done alice-andersen api/m1}), so that the person reminded can copy it. Which
 * command clears what is decided here, once, for remind, agenda and mail alike; the command names
 * are the ones cli.md fixes. Ids obey the id rule and need no quoting; free text (an achievement's
 * title) is quoted by whoever prints the words.
 */
public final class ClearingCommand {
    private ClearingCommand() {}

    /** What clears a reminder. */
    public static List<String> of(Reminder r) {
        DueItem i = r.item();
        String employee = i.employee();
        return switch (r.action()) {
            case FINISH_ACTION, FINISH_OR_MOVE_ACTION, FINISH_MILESTONE, FINISH_OR_MOVE_MILESTONE, CLOSE_GOAL ->
                    List.of("devplan", "done", employee, address(i));
            // Reviewing a goal before it is due happens in a check-in, which records its progress.
            case REVIEW_GOAL, REVIEW_GOAL_AT_RISK, HOLD_CHECKIN -> List.of("devplan", "checkin", employee);
            case RESCUE_GOAL -> List.of("devplan", "status", employee, i.goal(), GoalStatus.ACTIVE.yamlName());
            case DECIDE_SUPPORT -> List.of("devplan", "support", "set", employee, address(i),
                    SupportStatus.APPROVED.yamlName());
            case CELEBRATE -> celebrate(employee, r.date(), i.title());
        };
    }

    /** What clears an item due or overdue on an agenda: a milestone, an action or a goal. */
    public static List<String> of(DueItem i) {
        return switch (i.kind()) {
            case CHECKIN -> List.of("devplan", "checkin", i.employee());
            case SUPPORT -> List.of("devplan", "support", "set", i.employee(), address(i),
                    SupportStatus.APPROVED.yamlName());
            default -> List.of("devplan", "done", i.employee(), address(i));
        };
    }

    /** What decides support that waits for a decision. */
    public static List<String> of(String employee, SupportView s) {
        return List.of("devplan", "support", "set", employee, s.id(), SupportStatus.APPROVED.yamlName());
    }

    /** What records an achievement as celebrated. */
    public static List<String> of(String employee, Achievement a) {
        return celebrate(employee, a.date(), a.title());
    }

    /** The achievement is named by its date; by its title only when it has none. */
    private static List<String> celebrate(String employee, java.time.LocalDate date, String title) {
        List<String> out = new ArrayList<>(List.of("devplan", "celebrate", employee));
        if (date != null) {
            out.add(date.toString());
        } else if (title != null) {
            out.add(title);
        }
        return out;
    }

    private static String address(DueItem i) {
        return i.id() == null ? i.goal() : i.id();
    }
}
