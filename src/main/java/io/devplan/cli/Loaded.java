package io.devplan.cli;

import io.devplan.domain.Plan;
import io.devplan.render.Words;
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
    static Loaded of(Repository repo, PrintWriter err, Words words) {
        Repository.Plans read = repo.loadAll();
        print(read.problems(), err, words);
        return new Loaded(repo, read.plans(), read.problems());
    }

    /** Each problem on its own line, in the reader's language. */
    static void print(List<Problem> problems, PrintWriter err, Words words) {
        for (Problem p : problems) {
            err.println("devplan: " + p.format(words::text));
        }
        err.flush();
    }

    static List<io.devplan.domain.Employee> employees(List<Plan> plans) {
        return plans.stream().map(Plan::employee).toList();
    }

    /** The command's own status, raised to 3 when some plan could not be read (a notice changes nothing). */
    int exit(int status) {
        return exit(status, problems);
    }

    static int exit(int status, List<Problem> problems) {
        return problems.stream().noneMatch(Problem::leftOut) ? status : Math.max(status, ExitCodes.UNREADABLE);
    }
}
