package io.devplan.domain.validate;

import io.devplan.domain.Said;
import io.devplan.domain.Plan;
import java.util.List;

/** Reported by validate itself rather than found in a read plan: see {@link Validator}. */
public final class UnreadableRule implements Rule {
    @Override
    public String name() {
        return "unreadable";
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
        return ValidateText.SUMMARY_UNREADABLE.with();
    }

    @Override
    public String description() {
        return "The file could not be read at all: it does not exist, is not UTF-8, is larger than 1 MiB, or is"
                + " not YAML that devplan accepts (a syntax error, tabs for indentation, aliases, tags, several "
                + "documents). Nothing else can be checked in it; validate exits with status 3. Fix the place the "
                + "message names; YAML indents with spaces and needs quotes around a text that contains ': '.";
    }

    @Override
    public Example example() {
        return new Example("""
                goals:
                  - id: design-reviews
                    title: Review: before every change
                """, """
                goals:
                  - id: design-reviews
                    title: "Review: before every change"
                """);
    }

    @Override
    public List<Finding> check(Plan plan, Context context) {
        return List.of();
    }
}
