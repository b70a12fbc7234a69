package io.devplan.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Feedback that no goal answers: given on or before the as-of date (or undated) and named in
 * the {@code addresses} of no goal other than a dropped one. Strengths and recognition need no
 * goal, so only feedback of kind {@code improvement} (or of no kind) can be unaddressed.
 */
public final class UnaddressedFeedback {
    private UnaddressedFeedback() {}

    public static List<Feedback> of(Plan plan, LocalDate asOf) {
        Set<String> addressed = new HashSet<>();
        for (Goal g : plan.goals()) {
            if (g.status() != GoalStatus.DROPPED) {
                addressed.addAll(g.addresses());
            }
        }
        return plan.feedback().stream()
                .filter(f -> f.date() == null || !f.date().isAfter(asOf))
                .filter(f -> f.kind() == null || f.kind() == FeedbackKind.IMPROVEMENT)
                .filter(f -> !addressed.contains(f.id()))
                .toList();
    }

    /** Ids of the goals (not dropped) that address {@code feedbackId}, in plan order. */
    public static List<String> goalsAddressing(Plan plan, String feedbackId) {
        return plan.goals().stream()
                .filter(g -> g.status() != GoalStatus.DROPPED && g.addresses().contains(feedbackId))
                .map(Goal::id)
                .toList();
    }
}
