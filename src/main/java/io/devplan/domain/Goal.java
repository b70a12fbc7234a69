package io.devplan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A SMART goal. Numbers may be null; a {@code target} below the {@code baseline} means
 * "reduce to". Lists are never null.
 *
 * @param done when the goal was done (with {@code status: done}); null when not recorded
 * @param rescheduled earlier due dates, oldest move first
 * @param statusReason why the goal has its status (paused, dropped, at risk...), or null
 */
public record Goal(
        String id,
        String title,
        GoalStatus status,
        LocalDate start,
        LocalDate due,
        LocalDate done,
        List<Rescheduling> rescheduled,
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
        String statusReason,
        Position pos) {

    public Goal {
        rescheduled = List.copyOf(rescheduled);
        addresses = List.copyOf(addresses);
        aligns = List.copyOf(aligns);
        competencies = List.copyOf(competencies);
        milestones = List.copyOf(milestones);
        actions = List.copyOf(actions);
        support = List.copyOf(support);
    }

    /** A goal that gives no reason for its status. */
    public Goal(String id, String title, GoalStatus status, LocalDate start, LocalDate due, LocalDate done,
                List<Rescheduling> rescheduled, String measure, BigDecimal baseline, BigDecimal target,
                BigDecimal current, String unit, String relevant, List<String> addresses, List<String> aligns,
                List<String> competencies, List<Milestone> milestones, List<Action> actions, List<Support> support,
                Position pos) {
        this(id, title, status, start, due, done, rescheduled, measure, baseline, target, current, unit, relevant,
                addresses, aligns, competencies, milestones, actions, support, null, pos);
    }

    /** This goal with another status, done date, due date and earlier due dates. */
    public Goal withState(GoalStatus status, LocalDate done, LocalDate due, List<Rescheduling> rescheduled) {
        return new Goal(id, title, status, start, due, done, rescheduled, measure, baseline, target, current, unit,
                relevant, addresses, aligns, competencies, milestones, actions, support, statusReason, pos);
    }

    /** This goal with other milestones, actions and support. */
    public Goal withItems(List<Milestone> milestones, List<Action> actions, List<Support> support) {
        return new Goal(id, title, status, start, due, done, rescheduled, measure, baseline, target, current, unit,
                relevant, addresses, aligns, competencies, milestones, actions, support, statusReason, pos);
    }

    /** This goal answering other feedback. */
    public Goal withAddresses(List<String> addresses) {
        return new Goal(id, title, status, start, due, done, rescheduled, measure, baseline, target, current, unit,
                relevant, addresses, aligns, competencies, milestones, actions, support, statusReason, pos);
    }
}
