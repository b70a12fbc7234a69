package io.devplan.domain.validate.refs;

import io.devplan.domain.Said;
import io.devplan.domain.validate.ValidateText;
import io.devplan.domain.Currencies;
import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import io.devplan.domain.Support;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.GoalRule;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Severity;
import java.util.ArrayList;
import java.util.List;

/** A support entry's currency is an ISO 4217 code written in upper case. */
public final class CurrencyCodeRule implements Rule {
    @Override
    public String name() {
        return "currency-code";
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
        return ValidateText.SUMMARY_CURRENCY_CODE.with();
    }

    @Override
    public String description() {
        return "Reports total the cost of support per currency. devplan counts 'eur' as EUR, but a code that is "
                + "no ISO 4217 currency ('euro', 'EUT') is totalled on its own and cannot be compared. Write the "
                + "three-letter code in upper case.";
    }

    @Override
    public Example example() {
        return new Example("""
                goals:
                  - id: design-reviews
                    title: Hold a design review before every payments change
                    support:
                      - {id: course, title: Facilitation workshop, cost: 450, currency: eur}
                """, """
                goals:
                  - id: design-reviews
                    title: Hold a design review before every payments change
                    support:
                      - {id: course, title: Facilitation workshop, cost: 450, currency: EUR}
                """);
    }

    @Override
    public List<Finding> check(Plan plan, Context context) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < plan.goals().size(); i++) {
            Goal goal = plan.goals().get(i);
            for (int j = 0; j < goal.support().size(); j++) {
                Support s = goal.support().get(j);
                String code = s.currency();
                if (code == null || Currencies.isWellWritten(code)) {
                    continue;
                }
                String path = GoalRule.path(i) + "/support/" + j + "/currency";
                Said suggestion = io.devplan.domain.Alternatives.of(Currencies.suggestions(code));
                out.add(at(plan, path, goal.id(), Currencies.isKnown(code)
                        ? ValidateText.CURRENCY_LOWER_CASE.with("goal", goal.id(), "support", s.id(), "code", code,
                                "upper", Currencies.normalize(code))
                        : suggestion == null
                        ? ValidateText.CURRENCY_NOT_ISO.with("goal", goal.id(), "support", s.id(), "code", code)
                        : ValidateText.CURRENCY_NOT_ISO_DID_YOU_MEAN.with("goal", goal.id(), "support", s.id(),
                                "code", code, "suggestion", suggestion)));
            }
        }
        return out;
    }
}
