package io.devplan.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A goal, milestone, action or the next check-in as of a date: what every command says about it.
 *
 * @param goal the goal's id; null for a check-in
 * @param id {@code GOAL/ITEM} for milestones and actions, the goal id for goals, null for check-ins
 * @param owner who acts on an action; null for other kinds
 * @param due the due date as it stood on the as-of date; null when there is none
 * @param done the done date, when done by the as-of date; null otherwise
 * @param daysOverdue as-of date minus due date: positive when late, 0 or less when not yet due, 0 without a due date
 * @param rescheduled earlier due dates moved by the as-of date, oldest move first
 */
public record ItemView(
        DueKind kind,
        String goal,
        String id,
        String title,
        String owner,
        LocalDate due,
        LocalDate done,
        DueState state,
        long daysOverdue,
        List<Rescheduling> rescheduled,
        Position pos) {

    public ItemView {
        rescheduled = List.copyOf(rescheduled);
    }

    /** Where an item stands: {@code done} says whether it is done (a goal may be done without a date). */
    static ItemView of(DueKind kind, String goal, String id, String title, String owner, LocalDate due,
                       boolean done, LocalDate doneOn, boolean setAside, List<Rescheduling> rescheduled,
                       Position pos, Window window) {
        return new ItemView(kind, goal, id, title, owner, due, doneOn,
                DueState.of(due, done, setAside, window.asOf(), window.soonDays()),
                due == null ? 0 : ChronoUnit.DAYS.between(due, window.asOf()), rescheduled, pos);
    }

    /** The as-of date and the due-soon window in days (negative: none). */
    record Window(LocalDate asOf, int soonDays) {}

    public boolean isOverdue() {
        return state == DueState.OVERDUE;
    }

    /** Days the due date moved in all, from the first date it had to the one it has: "+45 days". */
    public long daysMoved() {
        if (rescheduled.isEmpty() || due == null || rescheduled.get(0).from() == null) {
            return 0;
        }
        return ChronoUnit.DAYS.between(rescheduled.get(0).from(), due);
    }
}
