package io.devplan.domain.validate.refs;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Severity;
import java.util.List;

/** Nobody is their own manager: the smallest management cycle, a slip of copy and paste. */
public final class ManagesSelfRule implements Rule {
    @Override
    public String name() {
        return "manages-self";
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
        return ValidateText.SUMMARY_MANAGES_SELF.with();
    }

    @Override
    public String description() {
        return "'employee.manager' names the person the employee reports to. A plan whose manager is its own id "
                + "has nobody to hold its check-ins: reminders for the manager go to the employee, and the plan "
                + "is missing from the real manager's --manager reports. Write the id (or the name) of the "
                + "person the employee reports to.";
    }

    @Override
    public Example example() {
        return new Example("""
                employee:
                  id: alice-andersen
                  name: Alice Andersen
                  manager: alice-andersen
                """, """
                employee:
                  id: alice-andersen
                  name: Alice Andersen
                  manager: bob-berg
                """);
    }

    @Override
    public List<Finding> check(Plan plan, Context context) {
        if (!plan.id().equals(plan.employee().manager())) {
            return List.of();
        }
        return List.of(at(plan, "employee/manager", null, ValidateText.MANAGES_SELF.with("id", plan.id())));
    }
}
