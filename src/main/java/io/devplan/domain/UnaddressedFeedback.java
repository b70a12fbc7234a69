package io.devplan.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Feedback that no goal answers: in the plan as of a date ({@link PlanAsOf}) and named in the
 * {@code addresses} of no goal other than a dropped one (a done goal did answer it). Strengths and
 * recognition need no goal, so only feedback of kind {@code improvement} (or of no kind) can be
 * unaddressed. Who may see private feedback is the audience's business ({@link Audience#view}).
 */
public final class UnaddressedFeedback {
    private UnaddressedFeedback() {}

    public static List<Feedback> of(Plan plan) {
        Set<String> addressed = new HashSet<>();
        for (Goal g : plan.goals()) {
            if (g.status() != GoalStatus.DROPPED) {
                addressed.addAll(g.addresses());
            }
        }
        return plan.feedback().stream()
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
