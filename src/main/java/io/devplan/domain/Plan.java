package io.devplan.domain;

import java.util.List;
import java.util.Optional;

/**
 * One employee's development plan, as read from {@code file} (relative to the repository root,
 * with forward slashes). Lists are never null; check-ins are oldest first as written.
 */
public record Plan(
        String file,
        Employee employee,
        List<Feedback> feedback,
        List<Goal> goals,
        List<CheckIn> checkins,
        List<Achievement> achievements,
        List<Assessment> assessments,
        SourceMap source) {

    public Plan {
        feedback = List.copyOf(feedback);
        goals = List.copyOf(goals);
        checkins = List.copyOf(checkins);
        achievements = List.copyOf(achievements);
        assessments = List.copyOf(assessments);
    }

    /** This plan with another history: what a plan held on an earlier date. */
    public Plan withHistory(List<Feedback> feedback, List<Goal> goals, List<CheckIn> checkins,
                            List<Achievement> achievements, List<Assessment> assessments) {
        return new Plan(file, employee, feedback, goals, checkins, achievements, assessments, source);
    }

    public String id() {
        return employee.id();
    }

    public Optional<Goal> goal(String goalId) {
        return goals.stream().filter(g -> g.id().equals(goalId)).findFirst();
    }

    /** The most recent check-in by date (the last one written when dates tie). */
    public Optional<CheckIn> lastCheckIn() {
        CheckIn last = null;
        for (CheckIn c : checkins) {
            if (last == null || !c.date().isBefore(last.date())) {
                last = c;
            }
        }
        return Optional.ofNullable(last);
    }
}
