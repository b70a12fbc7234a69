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
    public static Optional<String> refusal(String named, LocalDate due, LocalDate done, boolean goalClosed,
                                           LocalDate to, LocalDate today) {
        if (done != null) {
            return Optional.of(named + " is done (" + done + "); there is no due date to move");
        }
        if (goalClosed) {
            return Optional.of(named + " belongs to a goal that is done or dropped; there is no due date to move");
        }
        if (due == null) {
            return Optional.of(named + " has no due date to move; give it one with devplan edit");
        }
        if (to.equals(due)) {
            return Optional.of(named + " is already due " + due);
        }
        if (to.isBefore(today)) {
            return Optional.of(to + " is before today (" + today + "): a new due date is one still to come");
        }
        return Optional.empty();
    }
}
