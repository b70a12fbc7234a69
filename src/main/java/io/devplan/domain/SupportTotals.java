package io.devplan.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the support allocated to goals costs, per currency and status, in plans as of a date ({@link PlanAsOf}). Support of dropped goals
 * counts in no total; support without a cost adds nothing; a cost without a currency is totalled
 * under {@link #NO_CURRENCY}. Amounts in different currencies are never added together.
 */
public final class SupportTotals {
    private SupportTotals() {}

    public static final String NO_CURRENCY = "(no currency)";

    /** One total: the amount of a currency at a status. */
    public record Line(String currency, SupportStatus status, BigDecimal amount, int items) {}

    public static List<Line> of(List<Plan> plans) {
        Map<String, Map<SupportStatus, BigDecimal>> amounts = new TreeMap<>();
        Map<String, Map<SupportStatus, Integer>> counts = new TreeMap<>();
        for (Plan p : plans) {
            for (Goal g : p.goals()) {
                if (g.status() == GoalStatus.DROPPED) {
                    continue;
                }
                for (Support s : g.support()) {
                    if (s.cost() == null) {
                        continue;
                    }
                    String currency = s.currency() != null ? Currencies.normalize(s.currency()) : NO_CURRENCY;
                    SupportStatus status = s.status();
                    amounts.computeIfAbsent(currency, k -> new TreeMap<>()).merge(status, s.cost(), BigDecimal::add);
                    counts.computeIfAbsent(currency, k -> new TreeMap<>()).merge(status, 1, Integer::sum);
                }
            }
        }
        List<Line> out = new ArrayList<>();
        amounts.forEach((currency, byStatus) -> byStatus.forEach((status, amount) ->
                out.add(new Line(currency, status, amount, counts.get(currency).get(status)))));
        return out;
    }
}
