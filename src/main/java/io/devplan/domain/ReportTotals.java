package io.devplan.domain;

import io.devplan.render.doc.Line;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the organisation asks of a group of plans as of a date. Dropped goals count in no total.
 *
 * @param goalsByStatus goals per status, every status but dropped, in the order of {@link GoalStatus}
 * @param overdueByTeam overdue items (milestones, actions, goals, check-ins) per team, every team of
 *     the group, {@link #NO_TEAM} for plans without one
 * @param wellbeingByTeam average wellbeing per team of at least {@link WellbeingAverage#MIN_PEOPLE}
 *     people with a score, and {@link #EVERYONE} for the whole group; empty when the audience may not see it
 */
public record ReportTotals(
        int employees,
        Map<GoalStatus, Integer> goalsByStatus,
        int activeGoals,
        int behindGoals,
        int atRiskGoals,
        MilestoneTimeliness.Counts milestones,
        int checkInsHeld,
        int checkInsWithinCadence,
        Map<String, Integer> overdueByTeam,
        List<SupportTotals.Line> support,
        List<CompetencyChange.Row> competencies,
        Map<String, WellbeingAverage.Result> wellbeingByTeam) {

    public static final String NO_TEAM = "(no team)";
    public static final String EVERYONE = "(everyone)";

    public static ReportTotals of(List<PlanView> reports, RepoConfig config, Audience audience) {
        Map<GoalStatus, Integer> byStatus = new EnumMap<>(GoalStatus.class);
        for (GoalStatus s : GoalStatus.values()) {
            if (s != GoalStatus.DROPPED) {
                byStatus.put(s, 0);
            }
        }
        Map<String, Integer> overdue = new TreeMap<>();
        Map<String, List<Plan>> teams = new TreeMap<>();
        MilestoneTimeliness.Counts milestones = MilestoneTimeliness.Counts.ZERO;
        int active = 0;
        int behind = 0;
        int atRisk = 0;
        int held = 0;
        int within = 0;
        List<Plan> plans = new ArrayList<>();
        for (PlanView r : reports) {
            List<GoalView> counted = r.counted();
            counted.forEach(g -> byStatus.merge(g.status(), 1, Integer::sum));
            String team = r.employee().team() != null ? r.employee().team() : NO_TEAM;
            overdue.merge(team, r.overdue().size(), Integer::sum);
            teams.computeIfAbsent(team, k -> new ArrayList<>()).add(r.plan());
            for (GoalView g : counted) {
                milestones = milestones.plus(g.timeliness());
                behind += g.behind() ? 1 : 0;
                atRisk += g.atRisk() ? 1 : 0;
            }
            active += r.active().size();
            held += r.checkIns().count();
            within += r.checkIns().withinCadence();
            plans.add(r.plan());
        }
        Map<String, WellbeingAverage.Result> wellbeing = new LinkedHashMap<>();
        if (audience.seesWellbeing()) {
            teams.forEach((team, members) -> WellbeingAverage.of(members).ifPresent(w -> wellbeing.put(team, w)));
            Optional<WellbeingAverage.Result> all = WellbeingAverage.of(plans);
            all.ifPresent(w -> wellbeing.put(EVERYONE, w));
        }
        return new ReportTotals(reports.size(), byStatus, active, behind, atRisk, milestones, held, within, overdue,
                SupportTotals.of(plans), CompetencyChange.of(plans, config), wellbeing);
    }

    public int goals() {
        return goalsByStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int overdueItems() {
        return overdueByTeam.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Check-ins within cadence as a whole percent of those held; null when none was held. */
    public Integer checkInsWithinCadenceShare() {
        return Share.percent(checkInsWithinCadence, checkInsHeld);
    }
}
