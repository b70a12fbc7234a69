package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.domain.RefusalText;

import io.devplan.store.ConflictMarkers;
import io.devplan.store.merge.MergeDriver;
import io.devplan.store.merge.PlanMerge;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "merge-driver", sortOptions = false, mixinStandardHelpOptions = true,
        header = "git's merge driver for plan files (git calls it; people don't).",
        description = {
            "Merges three versions of a plan as data and leaves the result in OURS, as git asks of a merge driver. "
                    + "Feedback, goals, milestones, actions and support are matched by id; check-ins, achievements "
                    + "and assessments by date and content. What both sides added is kept (dated entries in date "
                    + "order), a change made on one side is taken, the same change on both sides is fine, and a "
                    + "goal's current value follows the latest check-in. Only a value changed two different ways "
                    + "is a conflict: git-style markers go around that value alone, and the exit status is 1 so "
                    + "git reports the conflict. Comments and styles of both sides are kept.",
            "",
            "A side that does not read as YAML (or a result that would not be a valid plan) is merged by git's "
                    + "own line merge instead, with a message that says why.",
            "",
            "'devplan init --git' sets the driver up in a clone: merge.devplan.driver in the clone's git config "
                    + "(which git does not clone, so once per clone, like 'git lfs install') and "
                    + "'plans/** merge=devplan' in .gitattributes."},
        footerHeading = "%nExamples:%n",
        footer = {"  git config merge.devplan.driver \\",
            "      'devplan merge-driver --marker-size %%L --ours-label %%X --theirs-label %%Y %%O %%A %%B %%P'",
            "  devplan merge-driver base.yaml ours.yaml theirs.yaml plans/alice-andersen.yaml"})
final class MergeDriverCommand implements Callable<Integer> {
    /** What git writes when it does not know a placeholder (%X and %Y came with git 2.44). */
    private static final String UNEXPANDED = "%";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "The common ancestor's version (git's %%O).")
    Path base;

    @Parameters(index = "1", paramLabel = "OURS", description = "This branch's version; the result is written here (%%A).")
    Path ours;

    @Parameters(index = "2", paramLabel = "THEIRS", description = "The other branch's version (%%B).")
    Path theirs;

    @Parameters(index = "3", arity = "0..1", paramLabel = "PATH", description = "The file's path in the repository (%%P), for messages.")
    String path;

    @Option(names = "--marker-size", paramLabel = "N", defaultValue = "7",
            description = "Length of the conflict markers (%%L; default: ${DEFAULT-VALUE}).")
    int markerSize;

    @Option(names = "--ours-label", paramLabel = "LABEL",
            description = "Label of this side's conflict marker (%%X; default: HEAD).")
    String oursLabel;

    @Option(names = "--theirs-label", paramLabel = "LABEL",
            description = "Label of the other side's marker (%%Y; default: the branch being merged, else 'theirs').")
    String theirsLabel;

    @Override
    public Integer call() {
        if (markerSize < ConflictMarkers.SIZE || markerSize > 100) {
            throw new UsageException(Said.of(CliText.MARKER_SIZE, "min", ConflictMarkers.SIZE));
        }
        Path cwd = Session.of(spec).root().cwd();
        PlanMerge.Labels labels = new PlanMerge.Labels(label(oursLabel, "HEAD"), label(theirsLabel, mergedBranch()),
                markerSize);
        MergeDriver.Outcome outcome = MergeDriver.run(cwd.resolve(base), cwd.resolve(ours), cwd.resolve(theirs),
                path, labels);
        PrintWriter err = spec.commandLine().getErr();
        io.devplan.render.Words words = Session.of(spec).readerWords();
        outcome.messages().forEach(m -> err.println("devplan: " + words.text(m)));
        err.flush();
        return outcome.status() == 0 ? ExitCodes.OK : outcome.status() == 1 ? ExitCodes.FINDINGS : ExitCodes.UNREADABLE;
    }

    /** The label git gave, unless it is missing or a placeholder this git did not expand. */
    private static String label(String given, String fallback) {
        return given == null || given.isBlank() || given.startsWith(UNEXPANDED) ? fallback : given;
    }

    /** Before git 2.44 a driver learns the other branch's name only from git merge's GITHEAD_<commit> variable. */
    private static String mergedBranch() {
        String found = null;
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            if (e.getKey().startsWith("GITHEAD_")) {
                if (found != null) {
                    return "theirs";
                }
                found = e.getValue();
            }
        }
        return found != null && !found.isBlank() ? found : "theirs";
    }
}
