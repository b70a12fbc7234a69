package io.devplan.domain.validate;

import io.devplan.domain.Said;
import io.devplan.domain.Plan;
import java.util.List;

/** Reported by validate itself rather than found in a read plan: see {@link Validator}. */
public final class UnknownRuleRule implements Rule {
    @Override
    public String name() {
        return "unknown-rule";
    }

    @Override
    public Criterion criterion() {
        return Criterion.SCHEMA;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Said summary() {
        return ValidateText.SUMMARY_UNKNOWN_RULE.with();
    }

    @Override
    public String description() {
        return "A rule name in a '# devplan: ignore RULE' comment or in 'rules.disable' of devplan.yaml that is"
                + " no rule switches nothing off, so the finding it was meant for still shows, or a misspelt name "
                + "hides nothing. Use a name from 'devplan validate --list-rules'. The format rules schema and "
                + "unreadable cannot be switched off.";
    }

    @Override
    public Example example() {
        return new Example("""
                goals:
                  - id: estimates   # devplan: ignore specific-titel -- agreed in the March review
                    title: Get better at estimates
                """, """
                goals:
                  - id: estimates   # devplan: ignore specific-title -- agreed in the March review
                    title: Get better at estimates
                """);
    }

    @Override
    public List<Finding> check(Plan plan, Context context) {
        return List.of();
    }
}
