package io.devplan.domain.validate;

import io.devplan.domain.Said;
import io.devplan.domain.Plan;
import java.util.List;

/** Reported by validate itself rather than found in a read plan: see {@link Validator}. */
public final class SchemaRule implements Rule {
    @Override
    public String name() {
        return "schema";
    }

    @Override
    public Criterion criterion() {
        return Criterion.SCHEMA;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public Said summary() {
        return ValidateText.SUMMARY_SCHEMA.with();
    }

    @Override
    public String description() {
        return "The reader found something the format does not allow: an unknown key (keys starting with x- are"
                + " your own and always allowed), a value of the wrong type, an impossible date, a missing "
                + "employee id or name, a duplicate id. The plan is left out of every other command until it is "
                + "fixed, so this finding is an error that cannot be switched off. The message names the key and, "
                + "for a misspelt one, the key meant.";
    }

    @Override
    public Example example() {
        return new Example("""
                goals:
                  - id: design-reviews
                    titel: Hold a design review before every payments change
                """, """
                goals:
                  - id: design-reviews
                    title: Hold a design review before every payments change
                """);
    }

    @Override
    public List<Finding> check(Plan plan, Context context) {
        return List.of();
    }
}
