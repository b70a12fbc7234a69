package io.devplan.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a report is for. The manager (the default) sees the whole plan. The employee sees no
 * feedback marked {@code private: true} (nor its id among a goal's {@code addresses}), no
 * check-in {@code private} note and no wellbeing score: {@link #view} removes them from the plan
 * itself, so no renderer can show them by mistake.
 */
public enum Audience implements YamlName {
    MANAGER("manager"),
    EMPLOYEE("employee");

    private final String yamlName;

    Audience(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

    /** Whether wellbeing (trends and averages) may be shown at all. */
    public boolean seesWellbeing() {
        return this == MANAGER;
    }

    /** The plan as this audience may see it. */
    public Plan view(Plan plan) {
        if (this == MANAGER) {
            return plan;
        }
        Set<String> hidden = plan.feedback().stream().filter(Feedback::isPrivate).map(Feedback::id)
                .collect(Collectors.toSet());
        List<Feedback> feedback = plan.feedback().stream().filter(f -> !f.isPrivate()).toList();
        List<Goal> goals = plan.goals().stream().map(g -> hidden.isEmpty() ? g
                : g.withAddresses(g.addresses().stream().filter(a -> !hidden.contains(a)).toList())).toList();
        List<CheckIn> checkins = plan.checkins().stream().map(c -> new CheckIn(c.date(), c.with(), c.notes(),
                c.progress(), null, c.blockers(), null, c.next(), c.pos())).toList();
        return new Plan(plan.file(), plan.employee(), feedback, goals, checkins, plan.achievements(),
                plan.assessments(), plan.source());
    }
}
