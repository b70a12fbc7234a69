package io.devplan.domain.validate;

import io.devplan.domain.Action;
import io.devplan.domain.Goal;
import io.devplan.domain.Milestone;
import io.devplan.domain.Plan;
import io.devplan.domain.Said;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A milestone or action of a goal, with where it stands in the plan's file: what the rules about
 * steps' dates look at, every goal's (closed ones too: dates are history).
 *
 * @param path the step's place in the file ("goals/2/milestones/0")
 * @param kind "milestone" or "action"
 */
public record Step(Goal goal, String path, String kind, String id, LocalDate done) {
    /** Every goal's milestones, then its actions, goal by goal in file order. */
    public static List<Step> of(Plan plan) {
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < plan.goals().size(); i++) {
            Goal g = plan.goals().get(i);
            for (int j = 0; j < g.milestones().size(); j++) {
                Milestone m = g.milestones().get(j);
                out.add(new Step(g, GoalRule.path(i) + "/milestones/" + j, "milestone", m.id(), m.done()));
            }
            for (int j = 0; j < g.actions().size(); j++) {
                Action a = g.actions().get(j);
                out.add(new Step(g, GoalRule.path(i) + "/actions/" + j, "action", a.id(), a.done()));
            }
        }
        return out;
    }

    /**
     * The message about this step: {@code milestone}'s phrase for a milestone, {@code action}'s for an
     * action (the languages' grammar differs by kind), with {@code {goal}} and {@code {item}} filled.
     */
    public Said said(ValidateText milestone, ValidateText action, Object... args) {
        List<Object> all = new ArrayList<>(List.of("goal", goal.id(), "item", id));
        all.addAll(java.util.Arrays.asList(args));
        return ("action".equals(kind) ? action : milestone).with(all.toArray());
    }
}
