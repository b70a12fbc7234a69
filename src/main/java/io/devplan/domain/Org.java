package io.devplan.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The reporting lines of a set of plans: who reports to whom, directly or through others. */
public final class Org {
    private Org() {}

    /** Ids of the plans whose manager is {@code manager}; with {@code allLevels}, the whole subtree. */
    public static Set<String> reportsOf(List<Plan> plans, String manager, boolean allLevels) {
        return reportsOf(plans.stream().map(Plan::employee).toList(), manager, allLevels);
    }

    /** As {@link #reportsOf(List, String, boolean)}, from the employees alone. */
    public static Set<String> reportsOf(java.util.Collection<Employee> employees, String manager, boolean allLevels) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(manager));
        Set<String> visited = new HashSet<>();
        while (!todo.isEmpty()) {
            String m = todo.pop();
            if (!visited.add(m)) {
                continue; // a reporting cycle in hand-written data must not loop forever
            }
            for (Employee e : employees) {
                if (m.equals(e.manager()) && out.add(e.id()) && allLevels) {
                    todo.push(e.id());
                }
            }
        }
        return out;
    }
}
