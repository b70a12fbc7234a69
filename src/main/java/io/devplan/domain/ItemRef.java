package io.devplan.domain;

import java.util.Optional;

/**
 * A goal, or a milestone or action of a goal, as commands address it: {@code GOAL} or
 * {@code GOAL/ITEM}.
 *
 * @param item the milestone or action id, or null for the goal itself
 */
public record ItemRef(String goal, String item) {
    /** @throws InvalidId when the goal or the item is not a valid id ({@code a/b/c} has an invalid item 'b/c') */
    public static ItemRef parse(String text) {
        int slash = text.indexOf('/');
        String goal = ItemId.check(slash < 0 ? text : text.substring(0, slash), "goal id");
        return slash < 0 ? new ItemRef(goal, null)
                : new ItemRef(goal, ItemId.check(text.substring(slash + 1), "milestone or action id"));
    }

    /** The goal when the plan has it. */
    public Optional<Goal> goalIn(Plan plan) {
        return plan.goal(goal);
    }

    /** Whether the plan has this goal and, when named, this milestone or action. */
    public boolean existsIn(Plan plan) {
        return goalIn(plan).map(g -> item == null
                || g.milestones().stream().anyMatch(m -> m.id().equals(item))
                || g.actions().stream().anyMatch(a -> a.id().equals(item))).orElse(false);
    }

    /** The done date the plan records for the item; for a goal, whether it is done is its status. */
    public Optional<java.time.LocalDate> doneIn(Plan plan) {
        Optional<Goal> g = goalIn(plan);
        if (g.isEmpty() || item == null) {
            return Optional.empty();
        }
        for (Milestone m : g.get().milestones()) {
            if (m.id().equals(item)) {
                return Optional.ofNullable(m.done());
            }
        }
        for (Action a : g.get().actions()) {
            if (a.id().equals(item)) {
                return Optional.ofNullable(a.done());
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return item == null ? goal : goal + "/" + item;
    }
}
