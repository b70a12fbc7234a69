package io.devplan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A SMART goal. Numbers may be null; a {@code target} below the {@code baseline} means
 * "reduce to". Lists are never null.
 */
public record Goal(
        String id,
        String title,
        GoalStatus status,
        LocalDate start,
        LocalDate due,
        String measure,
        BigDecimal baseline,
        BigDecimal target,
        BigDecimal current,
        String unit,
        String relevant,
        List<String> addresses,
        List<String> aligns,
        List<String> competencies,
        List<Milestone> milestones,
        List<Action> actions,
        List<Support> support,
        Position pos) {

    public Goal {
        addresses = List.copyOf(addresses);
        aligns = List.copyOf(aligns);
        competencies = List.copyOf(competencies);
        milestones = List.copyOf(milestones);
        actions = List.copyOf(actions);
        support = List.copyOf(support);
    }
}
