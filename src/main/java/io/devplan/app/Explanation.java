package io.devplan.app;

import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import io.devplan.domain.prose.GoalWords;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Rules;
import io.devplan.domain.validate.Suppressions;
import io.devplan.domain.validate.Validator;
import io.devplan.domain.validate.smart.WordRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Why validate judges one goal as it does ({@code validate --explain ID GOAL}): what the grammar
 * recognised in its title, how each rule that reads words decided and on what, and the goal's
 * findings as validate prints them.
 *
 * @param reference the day the title's relative words count from
 * @param fromStart whether that day is the goal's start (else the as-of date)
 * @param verdicts the rules that read words, in the registry's order (those devplan.yaml switched off left out)
 * @param findings every finding about the goal, ignore comments applied, in file order
 */
public record Explanation(Plan plan, Goal goal, GoalWords words, LocalDate reference, boolean fromStart,
                          List<Verdict> verdicts, List<Finding> findings) {

    /**
     * One rule's decision.
     *
     * @param finding the rule's finding on the goal, or null when it passed (or an ignore comment hid it)
     * @param because what in the words or fields decided it
     */
    public record Verdict(Rule rule, Finding finding, io.devplan.domain.Said because) {}

    public Explanation {
        verdicts = List.copyOf(verdicts);
        findings = List.copyOf(findings);
    }

    /** Whether the SMART rules skip the goal: done and dropped goals are history. */
    public boolean closed() {
        return goal.status().isClosed();
    }

    /** Explains {@code goal} of {@code plan}, checked as validate checks it, with the file's ignore comments. */
    public static Explanation of(Plan plan, Suppressions suppressions, Goal goal, Context context) {
        List<Finding> findings = Validator.check(new Validator.Input(plan, suppressions), context).findings().stream()
                .filter(f -> goal.id().equals(f.goal())).sorted(Finding.ORDER).toList();
        GoalWords words = context.words(goal);
        List<Verdict> verdicts = new ArrayList<>();
        for (Rule rule : Rules.ALL) {
            if (rule instanceof WordRule w && !context.config().rules().disable().contains(rule.name())) {
                Finding f = findings.stream().filter(x -> x.rule().equals(rule.name())).findFirst().orElse(null);
                // Closed goals are history: the SMART rules do not judge them, whatever their words say.
                io.devplan.domain.Said because = goal.status().isClosed()
                        ? io.devplan.domain.validate.ValidateText.BECAUSE_CLOSED.with("status",
                                goal.status().name().toLowerCase(java.util.Locale.ROOT))
                        : w.because(goal, words);
                verdicts.add(new Verdict(rule, f, because));
            }
        }
        return new Explanation(plan, goal, words, context.reference(goal), goal.start() != null, verdicts, findings);
    }
}
