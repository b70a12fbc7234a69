package io.devplan.cli;

import io.devplan.domain.RefusalText;
import io.devplan.domain.DidYouMean;
import io.devplan.domain.EmployeeId;
import io.devplan.domain.Plan;
import io.devplan.store.InputException;
import io.devplan.store.Problem;
import io.devplan.store.ReadResult;
import io.devplan.store.Repository;
import io.devplan.store.WriteRefusedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the plan a command names by employee id: always under plans/, by the id (already checked
 * by the one id rule when it was parsed), never at a path the user typed. With two files of the
 * same id every command picks the same one ({@link Repository#planFile}); read commands say so
 * once, writing commands refuse.
 */
final class PlanLookup {
    private PlanLookup() {}

    /**
     * A plan as read for a read command, and what the command must report (exit 3): another file
     * with the same id that was left out.
     */
    record Found(Plan plan, List<Problem> problems) {
        int exit(int status) {
            return Loaded.exit(status, problems);
        }
    }

    /**
     * The plan of {@code id}, with the problem of any other file of the same id printed on
     * {@code err}; an unknown id is a usage error with a suggestion, an unreadable plan exit 3.
     */
    static Found read(Repository repo, EmployeeId id, java.io.PrintWriter err, io.devplan.render.Words words) {
        List<Path> files = files(repo, id);
        ReadResult<Plan> result = repo.read(files.get(0));
        if (!result.ok()) {
            throw new InputException(result.problems());
        }
        List<Problem> problems = new ArrayList<>();
        for (Path other : files.subList(1, files.size())) {
            problems.add(repo.duplicate(id, files.get(0), other));
        }
        Loaded.print(problems, err, words);
        return new Found(result.value(), problems);
    }

    /**
     * The plan file of {@code id} for a writing command: a second file with the same id is
     * refused (exit 4), since the write would change one of two plans that both claim the id.
     */
    static Path fileForWriting(Repository repo, EmployeeId id) {
        List<Path> files = files(repo, id);
        if (files.size() > 1) {
            throw new WriteRefusedException(io.devplan.domain.Said.of(CliText.TWO_PLANS_ONE_ID, "id", id,
                    "first", repo.shown(files.get(0)), "second", repo.shown(files.get(1))));
        }
        return files.get(0);
    }

    /** The plan file of {@code id} for reading its history: the one every command picks. */
    static Path file(Repository repo, EmployeeId id) {
        return files(repo, id).get(0);
    }

    /** Throws the usage error (or exit 3) of an id that no plan file has. */
    static void requireKnown(Repository repo, EmployeeId id) {
        files(repo, id);
    }

    private static List<Path> files(Repository repo, EmployeeId id) {
        List<Path> files = repo.planFiles(id);
        if (files.isEmpty()) {
            throw unknown(repo, id);
        }
        return files;
    }

    /**
     * No plan has the id: a usage error with a suggestion, or, when part of plans/ could not be
     * listed (the plan may be there), those problems and exit 3.
     */
    private static RuntimeException unknown(Repository repo, EmployeeId id) {
        List<String> ids = repo.planFiles().stream()
                .map(p -> p.getFileName().toString().replaceFirst("\\.ya?ml$", ""))
                .toList();
        String folder = repo.shown(repo.plansDir());
        List<Problem> leftOut = repo.listingProblems().stream().filter(Problem::leftOut).toList();
        if (leftOut.isEmpty()) {
            return new UsageException(io.devplan.domain.DidYouMean.said(CliText.NO_PLAN_IN, CliText.NO_PLAN_IN_DID_YOU_MEAN, id.value(),
                    ids, "id", id.value(), "folder", folder));
        }
        List<Problem> problems = new ArrayList<>(leftOut);
        problems.add(Problem.general(io.devplan.domain.DidYouMean.said(CliText.NO_PLAN_IN_UNREAD, CliText.NO_PLAN_IN_UNREAD_DID_YOU_MEAN,
                id.value(), ids, "id", id.value(), "folder", folder)));
        return new InputException(problems);
    }
}
