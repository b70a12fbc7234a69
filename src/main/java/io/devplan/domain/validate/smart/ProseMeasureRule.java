package io.devplan.domain.validate.smart;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
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
public final class ProseMeasureRule extends GoalRule implements WordRule {
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
    public Said summary() {
        return ValidateText.SUMMARY_PROSE_MEASURE.with();
    }

    @Override
    public String description() {
        return "The title carries a measure ('from 3 days to 1', '40% → 80%', '$12,000', 'a promotion to "
                + "team lead') but the goal has neither a target nor milestones, or a target without the unit "
                + "the words name. The goal is measurable, but devplan can only compute progress and show it "
                + "in reports from fields. The finding suggests the fields the words imply (a yes/no outcome "
                + "is target 1; a share of cases or of periods kept is target 100 '%'); copy them into the "
                + "goal and record 'current' at check-ins.";
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
        Measure m = context.words(goal).measure();
        Suggestion fields = m == null ? null : fields(goal, m);
        if (fields != null) {
            out.add(at(plan, path + "/title", goal.id(), fields.fields() == null
                    ? fields.phrase().with("goal", goal.id(), "words", m.phrase())
                    : fields.phrase().with("goal", goal.id(), "words", m.phrase(), fields.name(), fields.fields())));
        }
    }

    /**
     * What to write for what the words say: the phrase that asks for it and the fields, as YAML
     * ("target: 100, unit: '%'"), or null for no fields.
     */
    record Suggestion(ValidateText phrase, String fields) {
        /** The placeholder the phrase has for the fields. */
        String name() {
            return phrase == ValidateText.PROSE_MEASURE_UNIT ? "unit" : "fields";
        }
    }

    /** The fields to write for what the words say, or null when the goal already has them. */
    static Suggestion fields(Goal goal, Measure m) {
        if (goal.target() != null) {
            boolean noUnit = goal.unit() == null || goal.unit().isBlank();
            return noUnit && m.unit() != null ? new Suggestion(ValidateText.PROSE_MEASURE_UNIT, quoteIfNeeded(m.unit()))
                    : null;
        }
        if (!goal.milestones().isEmpty()) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        if (m.numeric()) {
            if (m.baseline() != null) {
                fields.add("baseline: " + plain(m.baseline()));
            }
            fields.add("target: " + plain(m.target()));
            if (m.unit() != null) {
                fields.add("unit: " + quoteIfNeeded(m.unit()));
            }
        } else if (m.pattern().startsWith("outcome.") && !m.pattern().equals("outcome.deliverable")) {
            fields.add("baseline: 0");
            fields.add("target: 1");
            fields.add("unit: " + m.pattern().substring("outcome.".length()));
        } else if (m.pattern().startsWith("measure.all") || m.pattern().startsWith("recurrence.")
                || m.pattern().startsWith("standard.") || m.pattern().startsWith("period.")) {
            fields.add("target: 100");
            fields.add("unit: '%'");
        } else {
            return new Suggestion(ValidateText.PROSE_MEASURE_MILESTONES, null);
        }
        return new Suggestion(ValidateText.PROSE_MEASURE_FIELDS, String.join(", ", fields));
    }

    @Override
    public Said because(Goal goal, GoalWords words) {
        Measure m = words.measure();
        if (m == null) {
            return ValidateText.BECAUSE_NO_MEASURE_TO_SUGGEST.with();
        }
        Suggestion fields = fields(goal, m);
        String quote = WordRule.quote(m.phrase(), m.pattern());
        if (fields == null) {
            return ValidateText.BECAUSE_FIELDS_THERE.with("quote", quote);
        }
        if (fields.fields() == null) {
            return ValidateText.BECAUSE_SUGGESTS_MILESTONES.with("quote", quote);
        }
        return ValidateText.BECAUSE_SUGGESTS.with("quote", quote, "fields",
                fields.phrase() == ValidateText.PROSE_MEASURE_UNIT ? "unit: " + fields.fields() : fields.fields());
    }

    static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /** The unit as it would be written in YAML: "%" must be quoted there. */
    static String quoteIfNeeded(String unit) {
        return unit.startsWith("%") ? "'" + unit + "'" : unit;
    }
}
