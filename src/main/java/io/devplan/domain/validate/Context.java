package io.devplan.domain.validate;

import io.devplan.domain.RepoConfig;
import java.time.LocalDate;
import java.util.Set;

/**
 * What rules may look at besides the plan.
 *
 * @param planIds the ids of every plan in the repository (file name stems), for manager references
 * @param asOf the day validate answers for: dates "in the future" and prose dates without a start
 */
public record Context(RepoConfig config, Set<String> planIds, LocalDate asOf) {
    public Context {
        planIds = Set.copyOf(planIds);
    }
}
