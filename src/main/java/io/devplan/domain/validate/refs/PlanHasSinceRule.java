package io.devplan.domain.validate.refs;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A plan with goals in progress has a date its check-ins count from: {@code employee.since} or a
 * check-in. Without either no check-in ever falls due (the next check-in is the last one's next
 * date, else since plus the cadence), so the person never shows up in remind, agenda or overdue.
 */
public final class PlanHasSinceRule implements Rule {
    @Override
    public String name() {
        return "plan-has-since";
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
        return ValidateText.SUMMARY_PLAN_HAS_SINCE.with();
    }

    @Override
    public String description() {
        return "The first check-in of a plan is due one cadence after 'employee.since', and each later one on "
                + "the 'next' date of the last (else one cadence after it). A plan with active or at-risk goals "
                + "but neither 'since' nor a check-in is never due a check-in: remind, agenda and overdue never "
                + "name it, and its goals drift unseen. Write the date the plan began as 'since' (devplan new "
                + "writes today's), or record the first check-in.";
    }

    @Override
    public Example example() {
        return new Example("""
                employee:
                  id: alice-andersen
                  name: Alice Andersen
                goals:
                  - id: talks
                    title: Give two talks at the all-hands
                    status: active
                """, """
                employee:
                  id: alice-andersen
                  name: Alice Andersen
                  since: 2026-09-01
                goals:
                  - id: talks
                    title: Give two talks at the all-hands
                    status: active
                """);
    }

    @Override
    public List<Finding> check(Plan plan, Context context) {
        if (plan.employee().since() != null || !plan.checkins().isEmpty()) {
            return List.of();
        }
        Optional<Goal> first = plan.goals().stream().filter(g -> g.status().isInProgress()).findFirst();
        if (first.isEmpty()) {
            return List.of();
        }
        return List.of(at(plan, "employee", null, ValidateText.PLAN_HAS_NO_SINCE.with("id", plan.id(),
                "goal", first.get().id())));
    }
}
