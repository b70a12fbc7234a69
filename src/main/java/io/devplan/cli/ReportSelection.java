package io.devplan.cli;

import io.devplan.domain.EmployeeId;
import io.devplan.domain.Plan;
import io.devplan.domain.PlanFilter;
import io.devplan.store.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which plans a report covers: the named employees in the order given, else a team, a manager's
 * reports, or everyone. A name that matches nothing is a usage error with a suggestion, so a typo
 * never passes for an empty team.
 */
final class ReportSelection {
    private ReportSelection() {}

    static List<Plan> plans(Loaded loaded, List<EmployeeId> ids, String team, String manager, boolean allLevels) {
        List<Plan> all = loaded.plans();
        List<Plan> out = new ArrayList<>();
        for (EmployeeId id : ids) {
            Plan plan = all.stream().filter(p -> p.id().equals(id.value())).findFirst().orElse(null);
            if (plan == null) {
                // Unknown: say so with a hint. Unreadable: its problems are printed already, and once is enough.
                PlanLookup.requireKnown(loaded.repo(), id);
                throw new InputException(List.of());
            }
            out.add(plan);
        }
        FilterOptions.requireKnown(Loaded.employees(all), team, manager);
        PlanFilter filter = new PlanFilter(List.of(), team, manager, allLevels);
        return filter.apply(ids.isEmpty() ? all : out);
    }
}
