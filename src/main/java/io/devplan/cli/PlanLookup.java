package io.devplan.cli;

import io.devplan.domain.Plan;
import io.devplan.domain.DidYouMean;
import io.devplan.store.InputException;
import io.devplan.store.ReadResult;
import io.devplan.store.Repository;
import java.nio.file.Path;
import java.util.List;

/** Finds and reads the plan a command names by employee id. */
final class PlanLookup {
    private PlanLookup() {}

    /** The plan of {@code id}; an unknown id is a usage error with a suggestion, an unreadable plan exit 3. */
    static Plan read(Repository repo, String id) {
        Path file = repo.planFile(id).orElseThrow(() -> unknown(repo, id));
        ReadResult<Plan> result = repo.read(file);
        if (!result.ok()) {
            throw new InputException(result.problems());
        }
        return result.value();
    }

    /** The plan file of {@code id}; an unknown id is a usage error with a suggestion. */
    static Path file(Repository repo, String id) {
        return repo.planFile(id).orElseThrow(() -> unknown(repo, id));
    }

    private static UsageException unknown(Repository repo, String id) {
        List<String> ids = repo.planFiles().stream()
                .map(p -> p.getFileName().toString().replaceFirst("\\.ya?ml$", ""))
                .toList();
        return new UsageException("no plan for '" + id + "' in " + repo.shown(repo.plansDir())
                + DidYouMean.hint(id, ids));
    }
}
