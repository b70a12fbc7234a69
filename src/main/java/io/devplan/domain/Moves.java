package io.devplan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Due dates moved ({@code devplan reschedule}): when a move makes sense, and when an item has been
 * moved so often that the plan, not the date, needs another look.
 */
public final class Moves {
    /** An item moved this many times or more is moved again and again: validate's moved-often rule. */
    public static final int OFTEN = 3;

    private Moves() {}

    /** Whether {@code moves} are many enough to say the item keeps slipping. */
    public static boolean often(List<Rescheduling> moves) {
        return moves.size() >= OFTEN;
    }

    /**
     * Why an item named {@code named} ("milestone 'g/m'"), due {@code due} and done on {@code done}
     * (null while open), in a goal {@code closed} or not, cannot move to {@code to} on {@code today},
     * or empty when it can.
     */
    public static Optional<Said> refusal(DueKind kind, String ref, LocalDate due, LocalDate done, boolean goalClosed,
                                         LocalDate to, LocalDate today) {
        if (done != null) {
            return Optional.of(Said.of(pick(kind, RefusalText.MOVE_GOAL_DONE, RefusalText.MOVE_MILESTONE_DONE,
                    RefusalText.MOVE_ACTION_DONE), "ref", ref, "date", done));
        }
        if (goalClosed && kind != DueKind.GOAL) {
            return Optional.of(Said.of(pick(kind, null, RefusalText.MOVE_MILESTONE_GOAL_CLOSED,
                    RefusalText.MOVE_ACTION_GOAL_CLOSED), "ref", ref));
        }
        if (due == null) {
            return Optional.of(Said.of(pick(kind, RefusalText.MOVE_GOAL_NO_DUE, RefusalText.MOVE_MILESTONE_NO_DUE,
                    RefusalText.MOVE_ACTION_NO_DUE), "ref", ref));
        }
        if (to.equals(due)) {
            return Optional.of(Said.of(pick(kind, RefusalText.MOVE_GOAL_ALREADY_DUE,
                    RefusalText.MOVE_MILESTONE_ALREADY_DUE, RefusalText.MOVE_ACTION_ALREADY_DUE), "ref", ref,
                    "date", due));
        }
        if (to.isBefore(today)) {
            return Optional.of(Said.of(RefusalText.MOVE_BEFORE_TODAY, "date", to, "today", today));
        }
        return Optional.empty();
    }

    private static RefusalText pick(DueKind kind, RefusalText goal, RefusalText milestone, RefusalText action) {
        return switch (kind) {
            case MILESTONE -> milestone;
            case ACTION -> action;
            default -> goal;
        };
    }
}
