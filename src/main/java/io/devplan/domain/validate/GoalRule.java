package io.devplan.domain.validate;

import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule about each goal still being worked on: done and dropped goals are history and are
 * not judged any more.
 */
public abstract class GoalRule implements Rule {
    @Override
    public final List<Finding> check(Plan plan, Context context) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < plan.goals().size(); i++) {
            Goal goal = plan.goals().get(i);
            if (!goal.status().isClosed()) {
                check(plan, path(i), goal, context, out);
            }
        }
        return out;
    }

    /** Adds the findings about {@code goal}, whose place in the file is {@code path} ("goals/2"). */
    protected abstract void check(Plan plan, String path, Goal goal, Context context, List<Finding> out);

    public static String path(int index) {
        return "goals/" + index;
    }

    /** The day a goal's relative words count from: its start, else the as-of day. */
    protected static java.time.LocalDate reference(Goal goal, Context context) {
        return context.reference(goal);
    }
}
