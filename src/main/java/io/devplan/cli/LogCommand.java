package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.domain.RefusalText;
import io.devplan.render.Msg;
import io.devplan.render.Words;
import io.devplan.render.doc.Line;

import io.devplan.domain.DidYouMean;
import io.devplan.domain.Goal;
import io.devplan.domain.EmployeeId;
import io.devplan.domain.HistoryEntry;
import io.devplan.domain.Plan;
import io.devplan.domain.PlanChanges;
import io.devplan.render.LogDocument;
import io.devplan.render.LogJson;
import io.devplan.store.PlanHistory;
import io.devplan.store.Repository;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "log", sortOptions = false, mixinStandardHelpOptions = true,
        header = "The plan's history from git: check-ins, progress, status changes, moved dates, feedback, support.",
        description = {"Reads the history of the plan of employee ID from git (git log, following renames) and says "
                + "what each commit changed in the plan, newest first, with its date, author and commit: check-ins "
                + "recorded, progress values over time, status changes, due dates moved, milestones and actions "
                + "done, feedback received, support requested and decided, achievements and assessments. With GOAL, "
                + "only what concerns that goal (and the check-ins that recorded its progress). Merge commits are "
                + "left out: the commits of their branches show what they brought. Private notes are never shown.",
            "",
            "The plan must be in a git work tree; what was never committed is not history yet."},
        footerHeading = "%nExamples:%n",
        footer = {"  devplan log alice-andersen", "  devplan log alice-andersen design-reviews --since 2026-01-01",
            "  devplan log alice-andersen --format json | jq -r '.[] | select(.kind == \"progress\") | [.date, .to] | @tsv'"})
final class LogCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "Employee id.")
    EmployeeId id;

    @Parameters(index = "1", arity = "0..1", paramLabel = "GOAL", description = "Only what concerns this goal.")
    String goal;

    @Option(names = "--since", paramLabel = "DATE", converter = DateConverter.class,
            description = "Only commits made on or after DATE (YYYY-MM-DD).")
    LocalDate since;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        Session session = Session.of(spec);
        Repository repo = session.repository();
        Path file = PlanLookup.file(repo, id);
        List<PlanHistory.Version> versions = PlanHistory.of(repo, file, since);
        if (goal != null) {
            requireKnownGoal(repo, file, versions);
        }
        List<HistoryEntry> entries = entries(versions);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            LogJson.print(entries, out);
            out.println();
        } else {
            Words words = session.words(repo);
            Msg none = goal == null ? (since == null ? Msg.LOG_NONE : Msg.LOG_NONE_SINCE)
                    : (since == null ? Msg.LOG_NONE_GOAL : Msg.LOG_NONE_GOAL_SINCE);
            session.text(out).write(LogDocument.of(entries, words.line(none, "file", Line.ofData(repo.shown(file)),
                    "goal", goal == null ? null : Line.ofData(goal), "date", String.valueOf(since)), words));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Each commit with what it changed, compared with the last version that read before it. */
    private List<HistoryEntry> entries(List<PlanHistory.Version> newestFirst) {
        List<PlanHistory.Version> versions = new ArrayList<>(newestFirst);
        Collections.reverse(versions);
        List<HistoryEntry> out = new ArrayList<>();
        Plan lastReadable = null;
        for (PlanHistory.Version v : versions) {
            Plan before = v.before() != null || v.created() ? v.before() : lastReadable;
            List<PlanChanges.Change> changes = v.after() == null && v.unreadable() != null ? List.of()
                    : PlanChanges.between(before, v.after());
            if (goal != null) {
                changes = changes.stream().filter(c -> c.concerns(goal)).toList();
            }
            if (!changes.isEmpty() || v.unreadable() != null) {
                out.add(new HistoryEntry(id.value(), v.commit(), v.shortCommit(), v.author(), v.date(), v.subject(), v.file(),
                        changes, v.unreadable()));
            }
            if (v.after() != null) {
                lastReadable = v.after();
            }
        }
        Collections.reverse(out);
        return out;
    }

    /** A goal that no version of the plan has is a typo: a usage error with a suggestion. */
    private void requireKnownGoal(Repository repo, Path file, List<PlanHistory.Version> versions) {
        Set<String> goals = new TreeSet<>();
        var current = repo.read(file).value();
        if (current != null) {
            current.goals().forEach(g -> goals.add(g.id()));
        }
        for (PlanHistory.Version v : versions) {
            for (Plan p : new Plan[] {v.after(), v.before()}) {
                if (p != null) {
                    p.goals().stream().map(Goal::id).forEach(goals::add);
                }
            }
        }
        if (!goals.contains(goal)) {
            throw new UsageException(io.devplan.domain.DidYouMean.said(CliText.NO_GOAL_IN_HISTORY,
                    CliText.NO_GOAL_IN_HISTORY_DID_YOU_MEAN, goal, List.copyOf(goals), "goal", goal, "id", id));
        }
    }
}
