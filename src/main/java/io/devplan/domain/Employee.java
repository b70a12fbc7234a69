package io.devplan.domain;

import java.time.LocalDate;

/**
 * Who a plan is for. Only {@code id} and {@code name} are required; the rest may be null.
 *
 * @param team the team, normalised by {@link TeamName} so that filters and groupings agree
 * @param manager id of another plan, or a plain name
 * @param since start of the plan; the first check-in is due one cadence later
 * @param cadence the plan's own follow-up cadence, null for the repository's
 * @param language the language the employee reads (their reports and mails); null for the repository's
 */
public record Employee(
        String id,
        String name,
        String role,
        String team,
        String manager,
        String email,
        LocalDate since,
        Cadence cadence,
        String track,
        String level,
        Language language) {
    public Employee {
        team = TeamName.normalize(team);
    }
}
