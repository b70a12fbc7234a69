package io.devplan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One employee's plan, as the report's audience may see it, with everything computed as of a date.
 *
 * @param plan the plan as {@link Audience#view} leaves it
 * @param goals every goal except dropped ones, which count in no total
 * @param dropped how many goals were dropped
 * @param activeGoals goals being worked on (active or at risk)
 * @param averageProgress average progress of the active goals, whole percent; null without any
 * @param overdue overdue milestones, actions, goals and check-in ({@link Overdue}), most overdue first
 * @param wellbeing the wellbeing trend; empty for an audience that may not see it
 */
public record EmployeeReport(
        Plan plan,
        Cadence cadence,
        List<GoalReport> goals,
        int dropped,
        int activeGoals,
        Integer averageProgress,
        List<DueItem> overdue,
        LocalDate lastCheckIn,
        LocalDate nextCheckIn,
        CadenceAdherence.Result checkIns,
        List<SupportTotals.Line> support,
        List<Feedback> unaddressed,
        Optional<CompetencyGap.Result> competencies,
        List<DatedValue> wellbeing) {

    public static EmployeeReport of(Plan original, RepoConfig config, LocalDate asOf, Audience audience) {
        Plan plan = audience.view(original);
        Map<String, List<DatedValue>> histories = ValueHistory.of(plan, asOf);
        List<GoalReport> goals = plan.goals().stream().filter(g -> g.status() != GoalStatus.DROPPED)
                .map(g -> GoalReport.of(g, asOf, config.behindPoints(), histories)).toList();
        List<GoalReport> active = goals.stream().filter(g -> g.goal().status().isInProgress()).toList();
        Integer average = active.isEmpty() ? null
                : (int) Math.floor(active.stream().mapToDouble(g -> Progress.percent(g.goal())).average().orElse(0) + 0.5);
        List<DueItem> overdue = Overdue.items(plan, asOf, config.cadence()).stream()
                .sorted(Overdue.MOST_OVERDUE_FIRST).toList();
        CadenceAdherence.Result checkIns = CadenceAdherence.of(plan, asOf, config.cadence());
        LocalDate last = checkIns.held().isEmpty() ? null : checkIns.held().get(checkIns.count() - 1).checkIn().date();
        return new EmployeeReport(plan, NextCheckIn.cadenceOf(plan, config.cadence()), goals,
                plan.goals().size() - goals.size(), active.size(), average, overdue, last,
                NextCheckIn.of(plan, config.cadence()).orElse(null), checkIns, SupportTotals.of(List.of(plan)),
                UnaddressedFeedback.of(plan, asOf), CompetencyGap.of(plan, config, asOf),
                audience.seesWellbeing() ? WellbeingTrend.of(plan, asOf) : List.of());
    }

    public Employee employee() {
        return plan.employee();
    }

    public String id() {
        return plan.id();
    }

    /** Goals being worked on that are marked at-risk or behind. */
    public int atRiskGoals() {
        return (int) goals.stream().filter(GoalReport::atRisk).count();
    }

    public int behindGoals() {
        return (int) goals.stream().filter(GoalReport::behind).count();
    }

    public MilestoneTimeliness.Counts milestones() {
        return goals.stream().map(GoalReport::milestones)
                .reduce(MilestoneTimeliness.Counts.ZERO, MilestoneTimeliness.Counts::plus);
    }

    public boolean checkInOverdue() {
        return overdue.stream().anyMatch(d -> d.kind() == DueKind.CHECKIN);
    }

    /** Achievements dated on or before the as-of date (or undated). */
    public List<Achievement> achievements(LocalDate asOf) {
        return plan.achievements().stream().filter(a -> a.date() == null || !a.date().isAfter(asOf)).toList();
    }
}
