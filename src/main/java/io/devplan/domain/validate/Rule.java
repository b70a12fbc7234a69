package io.devplan.domain.validate;

import io.devplan.domain.Plan;
import io.devplan.domain.Position;
import io.devplan.domain.Said;
import java.util.List;

/**
 * One check of validate, named after what it checks. The descriptive methods feed the text and
 * SARIF output and the man page; {@link #check} finds the problems of one plan.
 */
public interface Rule {
    /** Stable kebab-case name, used in output, in {@code rules.disable} and in ignore comments. */
    String name();

    Criterion criterion();

    Severity severity();

    /** One line: what the rule wants; {@code --list-rules} says it in the reader's language, SARIF in English. */
    Said summary();

    /** Why it matters and how to fix a finding, in a few sentences. */
    String description();

    /** A plan snippet the rule flags, and the same snippet fixed. */
    Example example();

    /** The rule's findings in {@code plan}; rules fed by the reader find nothing here. */
    List<Finding> check(Plan plan, Context context);

    /** A finding of this rule at the value under {@code path} of the plan's file. */
    default Finding at(Plan plan, String path, String goal, Said said) {
        Position pos = plan.source().near(path);
        return new Finding(plan.file(), pos.line(), pos.column(), severity(), name(), criterion(), plan.id(), goal,
                said);
    }
}
