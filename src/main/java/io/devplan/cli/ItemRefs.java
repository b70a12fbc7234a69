package io.devplan.cli;

import io.devplan.domain.Goal;
import io.devplan.domain.InvalidId;
import io.devplan.domain.ItemRef;
import io.devplan.domain.Plan;
import io.devplan.domain.DidYouMean;
import java.util.ArrayList;
import java.util.List;

/** Checks the goal and item ids a command names against the plan, with a suggestion when one is wrong. */
final class ItemRefs {
    private ItemRefs() {}

    static Goal goal(Plan plan, String id) {
        return plan.goal(id).orElseThrow(() -> new UsageException("plan '" + plan.id() + "' has no goal '" + id + "'"
                + DidYouMean.hint(id, plan.goals().stream().map(Goal::id).toList())));
    }

    static ItemRef item(Plan plan, String text) {
        ItemRef ref;
        try {
            ref = ItemRef.parse(text);
        } catch (InvalidId e) {
            throw new UsageException(e.getMessage());
        }
        Goal goal = goal(plan, ref.goal());
        if (!ref.existsIn(plan)) {
            List<String> ids = new ArrayList<>();
            goal.milestones().forEach(m -> ids.add(m.id()));
            goal.actions().forEach(a -> ids.add(a.id()));
            throw new UsageException("goal '" + goal.id() + "' has no milestone or action '" + ref.item() + "'"
                    + DidYouMean.hint(ref.item(), ids));
        }
        return ref;
    }
}
