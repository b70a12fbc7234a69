package io.devplan.domain.validate.refs;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import io.devplan.domain.Plan;
import io.devplan.domain.Position;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reporting lines end somewhere: a manages b manages a (or a longer ring) leaves the people in
 * it without anyone outside to report to. A cycle spans plans, so validate finds it across the
 * plans it read ({@link #cycleThrough}); {@link #check} of one plan finds nothing.
 */
public final class ManagementCycleRule implements Rule {
    @Override
    public String name() {
        return "management-cycle";
    }

    @Override
    public Criterion criterion() {
        return Criterion.SCHEMA;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public Said summary() {
        return ValidateText.SUMMARY_MANAGEMENT_CYCLE.with();
    }

    @Override
    public String description() {
        return "Following 'employee.manager' from plan to plan must end with someone whose manager has no plan "
                + "(or who has no manager). When it comes back to where it started, as when two people are "
                + "written as each other's manager, 'overdue --manager --all-levels' and reports of everyone "
                + "below a manager go round in circles and nobody outside the ring follows these plans up. "
                + "Give one of the people in the ring the manager they really report to. A plan that names "
                + "itself is the rule manages-self.";
    }

    @Override
    public Example example() {
        return new Example("""
                # plans/alice-andersen.yaml
                employee: {id: alice-andersen, name: Alice Andersen, manager: bob-berg}
                # plans/bob-berg.yaml
                employee: {id: bob-berg, name: Bob Berg, manager: alice-andersen}
                """, """
                # plans/alice-andersen.yaml
                employee: {id: alice-andersen, name: Alice Andersen, manager: bob-berg}
                # plans/bob-berg.yaml
                employee: {id: bob-berg, name: Bob Berg, manager: karen-lund}
                """);
    }

    @Override
    public List<Finding> check(Plan plan, Context context) {
        return List.of();
    }

    /**
     * The ring of managers through {@code id}, starting and ending with it ({@code [a, b, a]}), or
     * empty when following managers from {@code id} ends, or enters a ring {@code id} is not part
     * of (that ring's own plans report it). A plan that names itself is no ring here.
     *
     * @param managerOf the manager of a plan's id; null when there is none or no such plan
     */
    public static List<String> cycleThrough(String id, Function<String, String> managerOf) {
        List<String> path = new ArrayList<>(List.of(id));
        String next = managerOf.apply(id);
        while (next != null && !next.equals(path.get(path.size() - 1)) && !path.contains(next)) {
            path.add(next);
            next = managerOf.apply(next);
        }
        if (!id.equals(next) || path.size() < 2) {
            return List.of();
        }
        path.add(id);
        return path;
    }

    /** The finding of the plan {@code employee} in {@code file}, at its manager, for the ring {@code cycle}. */
    public Finding finding(String file, Position manager, String employee, List<String> cycle) {
        return new Finding(file, manager.line(), manager.column(), severity(), name(), criterion(), employee, null,
                ValidateText.MANAGEMENT_CYCLE.with("cycle", String.join(" -> ", cycle)));
    }
}
