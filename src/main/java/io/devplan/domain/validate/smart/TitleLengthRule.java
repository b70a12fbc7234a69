package io.devplan.domain.validate.smart;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import io.devplan.domain.prose.GoalWords;
import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.GoalRule;
import io.devplan.domain.validate.Severity;
import java.util.List;

/** A title is a sentence, not a tag. */
public final class TitleLengthRule extends GoalRule implements WordRule {
    /** Fewer words than this cannot say what is done and how anyone will know. */
    static final int MIN_WORDS = 3;

    @Override
    public String name() {
        return "title-length";
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
        return ValidateText.SUMMARY_TITLE_LENGTH.with("words", MIN_WORDS);
    }

    @Override
    public String description() {
        return "A title of one or two words ('Kubernetes', 'Learn Kubernetes') is a topic, not a goal: it "
                + "says neither what will be done nor how anyone will know. Write the title as a short "
                + "sentence with a verb and a result. Titles that specific-title already flags are not "
                + "reported twice.";
    }

    @Override
    public Example example() {
        return new Example("""
                goals:
                  - id: k8s
                    title: Kubernetes
                """, """
                goals:
                  - id: k8s
                    title: Deploy the billing service to Kubernetes without help
                """);
    }

    @Override
    protected void check(Plan plan, String path, Goal goal, Context context, List<Finding> out) {
        int words = words(goal);
        if (words < MIN_WORDS && context.words(goal).unspecific() == null) {
            out.add(at(plan, path + "/title", goal.id(), ValidateText.SHORT_TITLE.count(words, "goal", goal.id())));
        }
    }

    @Override
    public Said because(Goal goal, GoalWords words) {
        int n = words(goal);
        return n >= MIN_WORDS ? ValidateText.BECAUSE_WORDS.count(n) : words.unspecific() != null
                ? ValidateText.BECAUSE_WORDS_SPECIFIC.count(n) : ValidateText.BECAUSE_WORDS_FEW.count(n, "min", MIN_WORDS);
    }

    private static int words(Goal goal) {
        return goal.title().strip().split("\\s+").length;
    }
}
