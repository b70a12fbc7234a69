package io.devplan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * For a plan on a career track: the competency levels the next level of the track expects,
 * against the latest self and manager assessments of a plan as of a date ({@link PlanAsOf}), with the
 * first assessment of each for a before/after view.
 *
 * <p>The target is the level after {@code employee.level} on the plan's track; at the top of
 * the track it is the current level itself. The gap is the expected level minus the manager's
 * latest level, or the employee's own when no manager has assessed it: positive means short of
 * the next level, 0 or less means ready. Unassessed competencies have no gap. A plan without a
 * track or level known to devplan.yaml has no competency gap at all.
 */
public final class CompetencyGap {
    private CompetencyGap() {}

    /** One competency: what the target level expects and what was assessed, first and latest. */
    public record Row(String competency, int expected, Integer selfBefore, Integer self,
                      Integer managerBefore, Integer manager) {
        /** Expected minus the manager's latest level, else the employee's; null when unassessed. */
        public Integer gap() {
            Integer basis = manager != null ? manager : self;
            return basis == null ? null : expected - basis;
        }
    }

    /**
     * @param level the plan's current level
     * @param target the level compared against: the next one, or the current one at the top
     * @param top whether the current level is the top of the track
     */
    public record Result(String track, String level, RepoConfig.TrackLevel target, boolean top, List<Row> rows) {
        public Result {
            rows = List.copyOf(rows);
        }

        /** Competencies assessed short of the target level. */
        public long shortOfTarget() {
            return rows.stream().filter(r -> r.gap() != null && r.gap() > 0).count();
        }
    }

    public static Optional<Result> of(Plan plan, RepoConfig config) {
        Employee e = plan.employee();
        Optional<List<RepoConfig.TrackLevel>> track = config.track(e.track());
        if (track.isEmpty() || e.level() == null) {
            return Optional.empty();
        }
        List<RepoConfig.TrackLevel> levels = track.get();
        int at = -1;
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).level().equals(e.level())) {
                at = i;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        boolean top = at == levels.size() - 1;
        RepoConfig.TrackLevel target = levels.get(top ? at : at + 1);
        List<Row> rows = new ArrayList<>();
        target.expects().forEach((competency, expected) -> rows.add(new Row(competency, expected,
                AssessedLevel.first(plan, Assessor.SELF, competency),
                AssessedLevel.latest(plan, Assessor.SELF, competency),
                AssessedLevel.first(plan, Assessor.MANAGER, competency),
                AssessedLevel.latest(plan, Assessor.MANAGER, competency))));
        return Optional.of(new Result(e.track(), e.level(), target, top, rows));
    }
}
