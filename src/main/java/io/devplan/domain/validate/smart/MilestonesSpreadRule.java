package io.devplan.domain.validate.smart;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import io.devplan.domain.Milestone;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.GoalRule;
import io.devplan.domain.validate.Severity;
import java.util.List;

/** Milestones mark the way, not only the end. */
public final class MilestonesSpreadRule extends GoalRule {
    /** Goals shorter than this need no spread-out steps. */
    static final int MIN_DAYS = 60;

    @Override
    public String name() {
        return "milestones-spread";
    }

    @Override
    public Criterion criterion() {
        return Criterion.T;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Said summary() {
        return ValidateText.SUMMARY_MILESTONES_SPREAD.with();
    }

    @Override
    public String description() {
        return "When every milestone of a goal of " + MIN_DAYS + " days or more is due in the last fifth of "
                + "its time (between start and due), the milestones only restate the due date: nothing shows "
                + "progress, or trouble, before the end. Move the first steps earlier so they are checked "
                + "along the way.";
    }

    @Override
    public Example example() {
        return new Example("""
                goals:
                  - id: runbooks
                    title: Write runbooks for the ten most common incident types
                    start: 2026-01-01
                    due: 2026-12-31
                    milestones:
                      - {id: draft, title: Draft all runbooks, due: 2026-12-01}
                      - {id: review, title: Review with on-call, due: 2026-12-20}
                """, """
                goals:
                  - id: runbooks
                    title: Write runbooks for the ten most common incident types
                    start: 2026-01-01
                    due: 2026-12-31
                    milestones:
                      - {id: first-three, title: Runbooks for the three noisiest alerts, due: 2026-04-30}
                      - {id: draft, title: Draft all runbooks, due: 2026-09-30}
                      - {id: review, title: Review with on-call, due: 2026-12-20}
                """);
    }

    @Override
    protected void check(Plan plan, String path, Goal goal, Context context, List<Finding> out) {
        if (goal.start() == null || goal.due() == null || goal.milestones().size() < 2) {
            return;
        }
        long days = ChronoUnit.DAYS.between(goal.start(), goal.due());
        if (days < MIN_DAYS) {
            return;
        }
        LocalDate lastFifth = goal.due().minusDays(days / 5);
        List<Milestone> dated = goal.milestones().stream().filter(m -> m.due() != null).toList();
        if (dated.size() >= 2 && dated.stream().allMatch(m -> !m.due().isBefore(lastFifth))) {
            out.add(at(plan, path + "/milestones", goal.id(), ValidateText.MILESTONES_AT_THE_END.with(
                    "goal", goal.id(), "count", dated.size(), "from", lastFifth, "due", goal.due())));
        }
    }
}
