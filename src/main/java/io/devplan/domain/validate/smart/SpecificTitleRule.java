package io.devplan.domain.validate.smart;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import io.devplan.domain.prose.GoalWords;
import io.devplan.domain.prose.Measure;
import io.devplan.domain.prose.Vague;
import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.GoalRule;
import io.devplan.domain.validate.Severity;
import java.util.List;

/** A title says what will be different, not only that something should get better. */
public final class SpecificTitleRule extends GoalRule implements WordRule {
    @Override
    public String name() {
        return "specific-title";
    }

    @Override
    public Criterion criterion() {
        return Criterion.S;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Said summary() {
        return ValidateText.SUMMARY_SPECIFIC_TITLE.with();
    }

    @Override
    public String description() {
        return "Titles such as 'Communicate better' or 'Get better at estimates' say that something should "
                + "change but not what will be different, so nobody can tell when the goal is reached. Words "
                + "like improve, increase, better, more, work on, learn more about and be more (and their "
                + "Swedish, Danish and Dutch forms: förbättra, øge, meer, ...) are flagged unless the title "
                + "also says what will be different: a number, a score, a yes/no outcome such as a degree, or "
                + "how it will be measured. Name the result and how you will see it.";
    }

    @Override
    public Example example() {
        return new Example("""
                goals:
                  - id: estimates
                    title: Get better at estimates
                """, """
                goals:
                  - id: estimates
                    title: Estimate 8 of 10 platform stories within 20% of the actual time
                """);
    }

    @Override
    protected void check(Plan plan, String path, Goal goal, Context context, List<Finding> out) {
        Vague vague = context.words(goal).unspecific();
        if (vague != null) {
            out.add(at(plan, path + "/title", goal.id(), ValidateText.NOT_SPECIFIC.with("goal", goal.id(),
                    "words", vague.phrase())));
        }
    }

    @Override
    public Said because(Goal goal, GoalWords words) {
        if (words.vague().isEmpty()) {
            return ValidateText.BECAUSE_NO_VAGUE.with();
        }
        Vague v = words.vague().get(0);
        Measure strong = words.measures().stream().filter(Measure::strong).findFirst().orElse(null);
        String quote = WordRule.quote(v.phrase(), v.pattern());
        return strong != null ? ValidateText.BECAUSE_VAGUE_BUT_MEASURE.with("quote", quote, "measure",
                WordRule.quote(strong.phrase(), strong.pattern())) : ValidateText.BECAUSE_VAGUE.with("quote", quote);
    }
}
