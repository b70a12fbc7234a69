package io.devplan.domain.validate.refs;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import io.devplan.domain.Feedback;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.GoalRule;
import io.devplan.domain.validate.Known;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Severity;
import java.util.ArrayList;
import java.util.List;

/** A goal's {@code addresses} names feedback of the same plan. */
public final class UnknownFeedbackRule implements Rule {
    @Override
    public String name() {
        return "unknown-feedback";
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
        return ValidateText.SUMMARY_UNKNOWN_FEEDBACK.with();
    }

    @Override
    public String description() {
        return "Each id in a goal's 'addresses' must be the id of a feedback entry in the same plan. "
                + "Otherwise the link from what was said to what is done is broken, and the agenda lists the "
                + "feedback as unanswered. Correct the id, or add the feedback under 'feedback'.";
    }

    @Override
    public Example example() {
        return new Example("""
                feedback:
                  - {id: fb-late-designs, date: 2026-03-04, kind: improvement, text: Designs arrive late.}
                goals:
                  - id: design-reviews
                    title: Hold a design review before every payments change
                    addresses: [fb-late-design]
                """, """
                feedback:
                  - {id: fb-late-designs, date: 2026-03-04, kind: improvement, text: Designs arrive late.}
                goals:
                  - id: design-reviews
                    title: Hold a design review before every payments change
                    addresses: [fb-late-designs]
                """);
    }

    @Override
    public List<Finding> check(Plan plan, Context context) {
        List<String> known = plan.feedback().stream().map(Feedback::id).toList();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < plan.goals().size(); i++) {
            var goal = plan.goals().get(i);
            for (int j = 0; j < goal.addresses().size(); j++) {
                String id = goal.addresses().get(j);
                if (!known.contains(id)) {
                    out.add(at(plan, GoalRule.path(i) + "/addresses/" + j, goal.id(), Known.said(
                            ValidateText.UNKNOWN_FEEDBACK, ValidateText.UNKNOWN_FEEDBACK_NONE_KNOWN, known,
                            "goal", goal.id(), "id", id)));
                }
            }
        }
        return out;
    }
}
