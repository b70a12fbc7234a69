package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.domain.RefusalText;

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
        return plan.goal(id).orElseThrow(() -> new UsageException(io.devplan.domain.DidYouMean.said(CliText.NO_GOAL,
                CliText.NO_GOAL_DID_YOU_MEAN, id, plan.goals().stream().map(Goal::id).toList(), "id", plan.id(),
                "goal", id)));
    }

    static ItemRef item(Plan plan, String text) {
        ItemRef ref;
        try {
            ref = ItemRef.parse(text);
        } catch (InvalidId e) {
            throw new UsageException(e.said());
        }
        Goal goal = goal(plan, ref.goal());
        if (!ref.existsIn(plan)) {
            List<String> ids = new ArrayList<>();
            goal.milestones().forEach(m -> ids.add(m.id()));
            goal.actions().forEach(a -> ids.add(a.id()));
            throw new UsageException(io.devplan.domain.DidYouMean.said(CliText.NO_ITEM, CliText.NO_ITEM_DID_YOU_MEAN, ref.item(), ids,
                    "goal", goal.id(), "item", ref.item()));
        }
        return ref;
    }
}
