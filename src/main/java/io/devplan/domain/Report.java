package io.devplan.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A progress report as of a date: each selected employee and the totals over all of them.
 *
 * @param detailed whether each employee is shown in full (plans named by id), not only as a row
 * @param scope what was selected, in words ("team platform", "everyone")
 */
public record Report(LocalDate asOf, Audience audience, String organization, int behindPoints, boolean detailed,
                     String scope, List<EmployeeReport> employees, ReportTotals totals) {

    public static Report of(List<Plan> plans, RepoConfig config, LocalDate asOf, Audience audience, boolean detailed,
                            String scope) {
        List<EmployeeReport> employees = plans.stream().map(p -> EmployeeReport.of(p, config, asOf, audience)).toList();
        return new Report(asOf, audience, config.organization(), config.behindPoints(), detailed, scope, employees,
                ReportTotals.of(employees, config, asOf, audience));
    }
}
