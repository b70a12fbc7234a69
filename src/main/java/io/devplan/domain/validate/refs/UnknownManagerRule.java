package io.devplan.domain.validate.refs;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import io.devplan.domain.EmployeeId;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Severity;
import java.util.List;

/**
 * A manager written as an id names a plan. A manager may also be a plain name ("Karen Lund")
 * for someone without a plan; only words that look like an id are checked.
 */
public final class UnknownManagerRule implements Rule {
    @Override
    public String name() {
        return "unknown-manager";
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
        return ValidateText.SUMMARY_UNKNOWN_MANAGER.with();
    }

    @Override
    public String description() {
        return "'employee.manager' is the id of the manager's own plan, or a plain name for someone without "
                + "one. An id that is no plan is most likely a typo: reminders and --manager filters would "
                + "miss this person. Correct the id, or write the manager's full name.";
    }

    @Override
    public Example example() {
        return new Example("""
                employee:
                  id: alice-andersen
                  name: Alice Andersen
                  manager: bob-brg
                """, """
                employee:
                  id: alice-andersen
                  name: Alice Andersen
                  manager: bob-berg
                """);
    }

    @Override
    public List<Finding> check(Plan plan, Context context) {
        String manager = plan.employee().manager();
        if (manager == null || !EmployeeId.isValid(manager) || context.planIds().contains(manager)) {
            return List.of();
        }
        return List.of(at(plan, "employee/manager", null, ValidateText.UNKNOWN_MANAGER.with("manager", manager)));
    }
}
