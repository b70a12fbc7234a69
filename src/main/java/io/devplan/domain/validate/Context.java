package io.devplan.domain.validate;

import io.devplan.domain.Goal;
import io.devplan.domain.RepoConfig;
import io.devplan.domain.prose.GoalWords;
import io.devplan.domain.Language;
import io.devplan.domain.prose.Readings;
import java.time.LocalDate;
import java.util.Set;

/**
 * What rules may look at besides the plan.
 *
 * @param planIds the ids of every plan in the repository (file name stems), for manager references
 * @param asOf the day validate answers for: dates "in the future" and prose dates without a start
 * @param readings goal titles read in the repository's language, each once
 */
public record Context(RepoConfig config, Set<String> planIds, LocalDate asOf, Readings readings) {
    public Context {
        planIds = Set.copyOf(planIds);
    }

    public Context(RepoConfig config, Set<String> planIds, LocalDate asOf) {
        this(config, planIds, asOf, new Readings(Language.of(config.language())));
    }

    /** The day a goal's relative words count from: its start, else the as-of day. */
    public LocalDate reference(Goal goal) {
        return goal.start() != null ? goal.start() : asOf;
    }

    /** What the goal's title says, read once per run. */
    public GoalWords words(Goal goal) {
        return readings.read(goal.title(), reference(goal));
    }
}
