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
        team = TeamName.normalize(team);
    }

    public List<Plan> apply(List<Plan> plans) {
        Set<String> ids = select(plans.stream().map(Plan::employee).toList());
        return plans.stream().filter(p -> ids.contains(p.id())).toList();
    }

    /** The ids of the employees this filter selects; the reporting lines come from the same list. */
    public Set<String> select(List<Employee> all) {
        Set<String> reports = manager == null ? null : Org.reportsOf(all, manager, allLevels);
        Set<String> out = new java.util.HashSet<>();
        for (Employee e : all) {
            if ((employees.isEmpty() || employees.contains(e.id()))
                    && (team == null || team.equals(e.team()))
                    && (reports == null || reports.contains(e.id()))) {
                out.add(e.id());
            }
        }
        return out;
    }

    /** Whether it selects by anything at all. */
    public boolean isAll() {
        return employees.isEmpty() && team == null && manager == null;
    }
}
