package io.devplan.domain.validate;

import io.devplan.domain.validate.refs.DoneInFutureRule;
import io.devplan.domain.validate.refs.ManagementCycleRule;
import io.devplan.domain.validate.refs.ManagesSelfRule;
import io.devplan.domain.validate.refs.PlanHasSinceRule;
import io.devplan.domain.validate.refs.MilestoneAfterGoalDueRule;
import io.devplan.domain.validate.refs.StartAfterDueRule;
import io.devplan.domain.validate.refs.UnknownCompetencyRule;
import io.devplan.domain.validate.refs.UnknownFeedbackRule;
import io.devplan.domain.validate.refs.UnknownGoalRule;
import io.devplan.domain.validate.refs.UnknownManagerRule;
import io.devplan.domain.validate.refs.UnknownPriorityRule;
import io.devplan.domain.validate.smart.DoneBeforeStartRule;
import io.devplan.domain.validate.smart.GoalHasDueDateRule;
import io.devplan.domain.validate.smart.GoalHasMeasureRule;
import io.devplan.domain.validate.smart.GoalIsRelevantRule;
import io.devplan.domain.validate.smart.ImprovementHasSupportRule;
import io.devplan.domain.validate.smart.LongGoalHasMilestonesRule;
import io.devplan.domain.validate.smart.MaxActiveGoalsRule;
import io.devplan.domain.validate.smart.MilestonesSpreadRule;
import io.devplan.domain.validate.smart.ProseDueDateRule;
import io.devplan.domain.validate.smart.ProseMeasureRule;
import io.devplan.domain.validate.smart.SpecificTitleRule;
import io.devplan.domain.validate.smart.TargetDiffersFromBaselineRule;
import io.devplan.domain.validate.smart.TargetHasUnitRule;
import io.devplan.domain.validate.smart.TitleLengthRule;
import java.util.List;
import java.util.Optional;

/**
 * The one list of validate's rules: validate runs them, SARIF describes them, the man page
 * documents them, in this order (format first, then S, M, A, R, T).
 */
public final class Rules {
    private Rules() {}

    public static final List<Rule> ALL = List.of(
            new UnreadableRule(),
            new SchemaRule(),
            new UnknownRuleRule(),
            new UnknownFeedbackRule(),
            new UnknownPriorityRule(),
            new UnknownCompetencyRule(),
            new UnknownGoalRule(),
            new UnknownManagerRule(),
            new ManagesSelfRule(),
            new ManagementCycleRule(),
            new PlanHasSinceRule(),
            new DoneInFutureRule(),
            new SpecificTitleRule(),
            new TitleLengthRule(),
            new GoalHasMeasureRule(),
            new ProseMeasureRule(),
            new TargetDiffersFromBaselineRule(),
            new TargetHasUnitRule(),
            new LongGoalHasMilestonesRule(),
            new MaxActiveGoalsRule(),
            new ImprovementHasSupportRule(),
            new GoalIsRelevantRule(),
            new GoalHasDueDateRule(),
            new ProseDueDateRule(),
            new StartAfterDueRule(),
            new DoneBeforeStartRule(),
            new MilestoneAfterGoalDueRule(),
            new MilestonesSpreadRule());

    /** Rules validate reports itself; they cannot be switched off. */
    static final List<String> ALWAYS_ON = List.of("unreadable", "schema");

    /** Whether {@code name} is a rule a repository may switch off (rules.disable). */
    public static boolean canBeDisabled(String name) {
        return !ALWAYS_ON.contains(name);
    }

    public static Optional<Rule> named(String name) {
        return ALL.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(Rule::name).toList();
    }
}
