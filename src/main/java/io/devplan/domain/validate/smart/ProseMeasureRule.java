package io.devplan.domain.validate.smart;

import io.devplan.domain.prose.GoalWords;
import io.devplan.domain.prose.Measure;
import java.math.BigDecimal;
import java.util.ArrayList;
import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.GoalRule;
import io.devplan.domain.validate.Severity;
import java.util.List;

/** A measure written only in the title's words is suggested as fields. */
public final class ProseMeasureRule extends GoalRule {
    @Override
    public String name() {
        return "prose-measure";
    }

    @Override
    public Criterion criterion() {
        return Criterion.M;
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return "A measure written in the title is also written as fields.";
    }

    @Override
    public String description() {
        return "The title carries a measure ('from 3 days to 1', '40% → 80%') but the goal has neither a "
                + "target nor milestones. The goal is measurable, but devplan can only compute progress and "
                + "show it in reports from fields. The finding suggests the fields the words imply; copy them "
                + "into the goal and record 'current' at check-ins.";
    }

    @Override
    public Example example() {
        return new Example("""
                goals:
                  - id: review-turnaround
                    title: Cut review turnaround from 3 days to 1 by 30 June
                    due: 2026-06-30
                """, """
                goals:
                  - id: review-turnaround
                    title: Cut review turnaround from 3 days to 1 by 30 June
                    due: 2026-06-30
                    baseline: 3
                    target: 1
                    unit: days
                """);
    }

    @Override
    protected void check(Plan plan, String path, Goal goal, Context context, List<Finding> out) {
        Measure m = GoalWords.read(goal.title(), reference(goal, context)).measure();
        if (goal.target() != null || !goal.milestones().isEmpty() || m == null) {
            return;
        }
        List<String> fields = new ArrayList<>();
        if (m.baseline() != null) {
            fields.add("baseline: " + plain(m.baseline()));
        }
        fields.add("target: " + (m.target() != null ? plain(m.target()) : "100"));
        fields.add("unit: " + (m.unit() != null ? quoteIfNeeded(m.unit()) : "'%'"));
        out.add(at(plan, path + "/title", goal.id(), "goal '" + goal.id() + "' says '" + m.phrase()
                + "' in words; write it as fields so progress can be computed: " + String.join(", ", fields)));
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /** The unit as it would be written in YAML: "%" must be quoted there. */
    private static String quoteIfNeeded(String unit) {
        return unit.startsWith("%") ? "'" + unit + "'" : unit;
    }
}
