package io.devplan.cli;

import io.devplan.domain.Said;

import io.devplan.store.Trees;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The training run of the launcher's start-up archive (class-data sharing, or the AOT cache on
 * JDK 25+): the JVM records the classes, and on JDK 25 the linking and profiles, of this run, so
 * the run should load what real runs load. It writes a small repository in a temporary folder
 * with the authoring commands, answers every read command over it in each format, prints help,
 * and deletes the folder. Nothing outside that folder is read or written (its parse cache
 * too is kept in it); output is discarded.
 * Hidden: only the launcher calls it.
 */
@Command(name = "__train", hidden = true)
final class TrainCommand implements Callable<Integer> {
    /**
     * An hour ahead, so the plans just written count as settled and the second read of each comes
     * from the parse cache, as most real runs do. The dates below lie around the end of 2026;
     * whether they are overdue does not matter, only that every path is taken.
     */
    private static final Clock CLOCK = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));

    /** The runs, in order; "|" stands for a blank inside one argument. */
    static final List<String> RUNS = List.of(
            "init",
            "new alice --name Alice|Andersen --manager bob --team platform --since 2026-01-10",
            "new bob --name Bob|Berg --team platform --cadence biweekly --since 2026-02-01",
            "feedback add alice --kind improvement --source review --text Designs|arrive|late --id fb-late",
            "goal add alice --id reviews --title Hold|a|design|review|before|every|platform|change --start 2026-01-15"
                    + " --due 2026-12-31"
                    + " --baseline 0 --target 6 --unit reviews --addresses fb-late"
                    + " --milestone template:2026-04-15:Draft|a|template --milestone retro:2026-11-17:Retro"
                    + " --action book::Book|a|room",
            "goal add bob --id talk --title Give|a|talk|at|the|all-hands --due 2026-10-01",
            "checkin alice --date 2026-10-21 --note Went|well. --progress reviews=4 --done reviews/template"
                    + " --wellbeing 4 --blockers Too|many|meetings --next +1m",
            "done alice reviews/book --date 2026-10-30",
            "achieve alice --title First|review|held --goal reviews",
            "show alice", "show alice --format json",
            "overdue", "overdue", "overdue --format json", "overdue --within 14 --team platform",
            "validate", "validate --format json", "validate --format sarif",
            "agenda alice", "agenda alice --format markdown",
            "remind", "remind --format json",
            "report", "report alice", "report --format json", "report --format markdown",
            "report --format html", "report --format csv", "report --audience employee alice",
            "calendar",
            "__complete ids",
            "overdue --help", "--help", "--version");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("devplan-train");
        try {
            List<Said> failed = new ArrayList<>();
            for (String run : RUNS) {
                String[] args = args(dir, run);
                CommandLine cmd = Cli.create(CLOCK, args);
                ((DevplanCommand) cmd.getCommand()).useCacheHome(dir.resolve("cache"));
                PrintWriter none = new PrintWriter(OutputStream.nullOutputStream());
                cmd.setOut(none);
                cmd.setErr(none);
                int exit = cmd.execute(args);
                if (exit != ExitCodes.OK && exit != ExitCodes.FINDINGS) {
                    failed.add(Said.of(CliText.TRAINING_FAILED, "run", run, "exit", exit));
                }
            }
            io.devplan.render.Words words = Session.of(spec).readerWords();
            failed.forEach(f -> spec.commandLine().getErr().println("devplan: " + words.text(f)));
            return failed.isEmpty() ? ExitCodes.OK : ExitCodes.INTERNAL;
        } finally {
            deleteTree(dir);
        }
    }

    private static String[] args(Path dir, String run) {
        Path repo = dir.resolve("repo");
        List<String> argv = new ArrayList<>(List.of("--dir", repo.toString()));
        for (String word : run.split(" ")) {
            argv.add(word.replace('|', ' '));
        }
        if (run.equals("init")) {
            argv.add(repo.toString());
        }
        return argv.toArray(String[]::new);
    }

    private static void deleteTree(Path dir) {
        try {
            Trees.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
