package io.devplan.domain;

import java.util.List;
import java.util.Set;

/**
 * Which plans a command looks at: by employee ids, by team, or by manager (direct reports, or
 * with {@code allLevels} everyone below). Empty criteria select every plan.
 */
public record PlanFilter(List<String> employees, String team, String manager, boolean allLevels) {
    public static final PlanFilter ALL = new PlanFilter(List.of(), null, null, false);

    public PlanFilter {
        employees = List.copyOf(employees);
    }

    public List<Plan> apply(List<Plan> plans) {
        Set<String> reports = manager == null ? null : Org.reportsOf(plans, manager, allLevels);
        return plans.stream()
                .filter(p -> employees.isEmpty() || employees.contains(p.id()))
                .filter(p -> team == null || team.equals(p.employee().team()))
                .filter(p -> reports == null || reports.contains(p.id()))
                .toList();
    }
}
