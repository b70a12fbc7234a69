package io.devplan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Builds domain records for tests without files. */
final class Plans {
    private Plans() {}

    static final Position AT = new Position(1, 1);

    static LocalDate d(String iso) {
        return iso == null || iso.isEmpty() ? null : LocalDate.parse(iso);
    }

    static BigDecimal n(String s) {
        return s == null || s.isEmpty() ? null : new BigDecimal(s);
    }

    static Goal goal(String id, GoalStatus status, String due, List<Milestone> milestones, List<Action> actions) {
        return new Goal(id, "Goal " + id, status, null, d(due), null, List.of(), null, null, null, null, null, null,
                List.of(), List.of(), List.of(), milestones, actions, List.of(), AT);
    }

    static Goal numeric(String baseline, String target, String current, GoalStatus status) {
        return new Goal("g", "Goal", status, null, null, null, List.of(), null, n(baseline), n(target), n(current), null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), AT);
    }

    static Milestone milestone(String id, String due, String done) {
        return new Milestone(id, "Milestone " + id, d(due), d(done), List.of(), AT);
    }

    static Action action(String id, String due, String done) {
        return new Action(id, "Action " + id, "boss", d(due), d(done), List.of(), AT);
    }

    static CheckIn checkin(String date, String next) {
        return new CheckIn(d(date), null, null, Map.of(), null, null, null, d(next), AT);
    }

    /** The plan as of {@code asOf} in a repository with {@code cadence}, due soon within {@code soonDays}. */
    static PlanView view(Plan plan, LocalDate asOf, Cadence cadence, int soonDays) {
        return PlanView.of(plan, config(cadence), asOf, soonDays);
    }

    static List<PlanView> views(List<Plan> plans, LocalDate asOf, Cadence cadence, int soonDays) {
        return plans.stream().map(p -> view(p, asOf, cadence, soonDays)).toList();
    }

    static RepoConfig config(Cadence cadence) {
        RepoConfig d = RepoConfig.DEFAULTS;
        return new RepoConfig(d.organization(), cadence, d.timezone(), d.priorities(), d.competencies(), d.tracks(),
                d.rules(), d.fileMode(), d.gitCommit(), d.behindPoints());
    }

    static Plan plan(String since, Cadence cadence, List<Goal> goals, List<CheckIn> checkins) {
        Employee e = new Employee("alice", "Alice", null, null, "bob", null, d(since), cadence, null, null, null);
        return new Plan("plans/alice.yaml", e, List.of(), goals, checkins, List.of(), List.of(), SourceMap.EMPTY);
    }
}
