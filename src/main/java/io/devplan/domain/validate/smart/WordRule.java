package io.devplan.domain.validate.smart;

import io.devplan.domain.Goal;
import io.devplan.domain.prose.GoalWords;
import io.devplan.domain.validate.Rule;

/**
 * A rule that reads a goal's words as well as its fields, and can say what in them made it
 * pass or fire: {@code validate --explain} prints it next to what the grammar recognised.
 */
public interface WordRule extends Rule {
    /** Why {@code goal} passes or fails this rule, given what its words say; one short sentence. */
    io.devplan.domain.Said because(Goal goal, GoalWords words);

    /** How a recognised phrase is quoted in explanations: "by 30 June" (date.day-month). */
    static String quote(String phrase, String pattern) {
        return '"' + phrase + "\" (" + pattern + ")";
    }
}
