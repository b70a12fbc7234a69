package io.devplan.domain;

import java.util.List;
import java.util.Set;

/**
 * What the next check-in of a plan should cover, in the order a good one-on-one runs:
 * achievements to celebrate, progress per goal in progress since the last check-in, overdue and
 * due-soon items, open actions carried over, feedback no goal addresses yet, support requested
 * but not decided. Every part is read from the plan's {@link PlanView}; who may see private
 * parts is decided by the view's audience ({@link Audience#view}).
 *
 * @param due overdue and due-soon milestones, actions and goals, most overdue first
 * @param carriedOver open actions of goals being pursued that are not already in {@code due}
 */
public record Agenda(
        PlanView view,
        List<GoalView> progress,
        List<DueItem> due,
        List<ItemView> carriedOver) {

    public Agenda {
        progress = List.copyOf(progress);
        due = List.copyOf(due);
        carriedOver = List.copyOf(carriedOver);
    }

    public static Agenda of(PlanView view) {
        // The check-in itself is the meeting this agenda is for, so it is not an item on it.
        List<DueItem> due = view.due().stream().filter(i -> i.kind() != DueKind.CHECKIN)
                .sorted(Overdue.MOST_OVERDUE_FIRST).toList();
        Set<String> listed = view.dueIds();
        List<ItemView> carriedOver = view.goals().stream()
                .flatMap(g -> g.actions().stream())
                .filter(a -> a.state() != DueState.DONE && a.state() != DueState.SET_ASIDE && !listed.contains(a.id()))
                .toList();
        return new Agenda(view, view.active(), due, carriedOver);
    }

    /** The agenda holds nothing to talk about. */
    public boolean isEmpty() {
        return view.toCelebrate().isEmpty() && progress.isEmpty() && due.isEmpty() && carriedOver.isEmpty()
                && view.unaddressed().isEmpty() && view.undecided().isEmpty() && view.lastCheckIn() == null;
    }
}
