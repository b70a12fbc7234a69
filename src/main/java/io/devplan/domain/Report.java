package io.devplan.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A progress report as of a date: each selected employee's plan as the audience may see it
 * ({@link Audience#view}) as of the date, and the totals over all of them.
 *
 * @param detailed whether each employee is shown in full (plans named by id), not only as a row
 * @param selection the plans that were asked for (by ids, team or manager; all when empty)
 * @param conversation the organisation's name for its development conversation, or null
 */
public record Report(LocalDate asOf, Audience audience, String organization, int behindPoints, boolean detailed,
                     PlanFilter selection, List<PlanView> employees, ReportTotals totals, String conversation) {

    public Report {
        employees = List.copyOf(employees);
    }

    public static Report of(List<Plan> plans, RepoConfig config, LocalDate asOf, Audience audience, boolean detailed,
                            PlanFilter selection) {
        List<PlanView> employees = plans.stream()
                .map(p -> PlanView.of(audience.view(p), config, asOf, DueState.DEFAULT_SOON_DAYS)).toList();
        return new Report(asOf, audience, config.organization(), config.behindPoints(), detailed, selection, employees,
                ReportTotals.of(employees, config, audience), config.conversation());
    }
}
