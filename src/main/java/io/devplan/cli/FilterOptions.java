package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.domain.RefusalText;

import io.devplan.domain.DueKind;
import io.devplan.domain.EmployeeId;
import io.devplan.domain.Employee;
import io.devplan.domain.PlanFilter;
import io.devplan.domain.TeamName;
import io.devplan.domain.DidYouMean;
import io.devplan.store.Repository;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Option;

/** Which plans and kinds of item a command looks at: shared by overdue and calendar. */
final class FilterOptions {
    @Option(names = "--employee", paramLabel = "ID", description = "Only this employee; repeat for more.")
    List<EmployeeId> employees = new ArrayList<>();

    @Option(names = "--manager", paramLabel = "M", description = "Only the direct reports of manager M (a plan id or a name).")
    String manager;

    @Option(names = "--all-levels", description = "With --manager: everyone below M, not only direct reports.")
    boolean allLevels;

    @Option(names = "--team", paramLabel = "TEAM", description = "Only the employees of this team.")
    String team;

    @Option(names = "--kind", paramLabel = "KIND", converter = DueKindConverter.class,
            completionCandidates = DueKindConverter.class,
            description = "Only items of this kind: ${COMPLETION-CANDIDATES}; repeat for more.")
    List<DueKind> kinds = new ArrayList<>();

    /** The plan filter; names that match nothing in the repository are usage errors with a hint. */
    PlanFilter filter(Repository repo, List<Employee> plans) {
        for (EmployeeId id : employees) {
            if (repo.planFile(id).isEmpty()) {
                throw new UsageException(io.devplan.domain.DidYouMean.said(CliText.NO_PLAN_FOR, CliText.NO_PLAN_FOR_DID_YOU_MEAN,
                        id.value(), plans.stream().map(Employee::id).toList(), "id", id.value()));
            }
        }
        if (allLevels && manager == null) {
            throw new UsageException(Said.of(CliText.ALL_LEVELS_NEEDS_MANAGER));
        }
        requireKnown(plans, team, manager);
        return new PlanFilter(employees.stream().map(EmployeeId::value).toList(), team, manager, allLevels);
    }

    /**
     * A team or manager that no plan names is a usage error with a suggestion, so a typo never
     * passes for an empty team. Shared by every command that selects plans this way.
     */
    static void requireKnown(List<Employee> plans, String team, String manager) {
        if (team != null) {
            Set<String> teams = known(plans.stream().map(Employee::team).toList());
            if (!teams.contains(TeamName.normalize(team))) {
                throw new UsageException(io.devplan.domain.DidYouMean.said(CliText.NO_TEAM, CliText.NO_TEAM_DID_YOU_MEAN, team, teams,
                        "team", team));
            }
        }
        if (manager != null) {
            Set<String> people = known(plans.stream().map(Employee::manager).toList());
            plans.forEach(p -> people.add(p.id()));
            if (!people.contains(manager)) {
                throw new UsageException(io.devplan.domain.DidYouMean.said(CliText.NO_MANAGER, CliText.NO_MANAGER_DID_YOU_MEAN, manager,
                        people, "manager", manager));
            }
        }
    }

    Set<DueKind> kinds() {
        return kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds);
    }

    private static Set<String> known(List<String> values) {
        Set<String> out = new TreeSet<>();
        values.stream().filter(Objects::nonNull).forEach(out::add);
        return out;
    }
}
