package io.devplan.cli;

import io.devplan.domain.Plan;
import io.devplan.store.Problem;
import io.devplan.store.Repository;
import java.io.PrintWriter;
import java.util.List;

/**
 * All plans of a repository, read for a command. The problems of unreadable plans are printed
 * at once, so the answer for the other plans still comes, and {@link #exit} makes the status
 * say that something could not be read.
 */
record Loaded(Repository repo, List<Plan> plans, List<Problem> problems) {
    static Loaded of(Repository repo, PrintWriter err) {
        Repository.Plans read = repo.loadAll();
        for (Problem p : read.problems()) {
            err.println("devplan: " + p.format());
        }
        err.flush();
        return new Loaded(repo, read.plans(), read.problems());
    }

    /** The command's own status, raised to 3 when some plan could not be read. */
    int exit(int status) {
        return problems.isEmpty() ? status : Math.max(status, ExitCodes.UNREADABLE);
    }
}
