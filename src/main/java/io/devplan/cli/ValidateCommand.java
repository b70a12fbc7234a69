package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.domain.RefusalText;

import io.devplan.app.Explanation;
import io.devplan.app.ValidationRun;
import io.devplan.domain.DidYouMean;
import io.devplan.domain.EmployeeId;
import io.devplan.domain.Goal;
import io.devplan.domain.InvalidId;
import io.devplan.domain.Plan;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.Rules;
import io.devplan.domain.validate.Severity;
import io.devplan.render.Ansi;
import io.devplan.render.ExplanationText;
import io.devplan.render.FindingsJson;
import io.devplan.render.FindingsSarif;
import io.devplan.render.FindingsText;
import io.devplan.store.GitSetup;
import io.devplan.store.IgnoreComments;
import io.devplan.store.InputException;
import io.devplan.store.Repository;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Check plans against the format and the SMART rules.",
        description = {"Reads every plan of the repository, or the plan files and folders named, and reports what "
                + "does not fit the format, references that lead nowhere (feedback, priorities, competencies, "
                + "goals, managers), and goals that are not Specific, Measurable, Achievable, Relevant and "
                + "Time-bound. Each finding names its rule, says why, and how to fix it.",
            "",
            "Switch a rule off for the repository with 'rules: {disable: [RULE]}' in devplan.yaml, or for one "
                + "goal with a comment '# devplan: ignore RULE -- reason' on the goal's first line (its '- id:' "
                + "line) or its title line.",
            "",
            "Goal titles are read with a small grammar per language (English, Swedish, Danish, Dutch): "
                + "dates, periods, rhythms and standards make a goal time-bound; numbers, money, scores and "
                + "yes/no outcomes (a promotion, a degree, a course, a document, an event) make it measurable. "
                + "--explain shows what was read in one goal and which rule decided what.",
            "",
            "Exit status: 0 without error findings (with --strict: without warnings either), 1 with them, "
                + "3 when a file cannot be read."},
        footerHeading = "%nExamples:%n",
        footer = {"  devplan validate",
            "  devplan validate plans/platform/alice-andersen.yaml --as-of 2026-11-22",
            "  devplan validate --strict --format sarif > devplan.sarif",
            "  devplan validate --explain alice-andersen design-reviews",
            "  devplan validate --list-rules"})
final class ValidateCommand implements Callable<Integer> {
    enum Format { text, json, sarif }

    @Spec
    CommandSpec spec;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--strict", description = "Fail (exit 1) on warnings too, not only on errors.")
    boolean strict;

    @Option(names = "--list-rules", description = "List the rules with their criterion, severity and summary, and exit.")
    boolean listRules;

    @Option(names = "--explain", arity = "2", paramLabel = "ID GOAL", hideParamSyntax = true,
            description = "Explain one goal: what its title was read as (times, measures, vague words), how each "
                    + "rule that reads words decided and on what, and the goal's findings.")
    List<String> explain;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Plan files or folders under plans/ (default: all plans).")
    List<Path> paths = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (listRules) {
            // No repository is needed to list the rules: --lang and the locale variables choose the words.
            FindingsText.printRules(Rules.ALL, Session.of(spec).root().readerWords(), out);
            return ExitCodes.OK;
        }
        Session session = Session.of(spec);
        Repository repo = session.repository().withFullSourceMaps();
        Context context = new Context(repo.config(), ValidationRun.planIds(repo), session.asOf(asOf.asOf, repo));
        if (explain != null) {
            return explain(session, repo, context, out);
        }
        Loaded.print(repo.listingProblems().stream().filter(p -> !p.leftOut()).toList(), spec.commandLine().getErr(),
                session.words(repo));
        ValidationRun result;
        try {
            result = ValidationRun.check(repo, paths.stream().map(p -> session.root().resolve(p)).toList(), context,
                    repo.relative(repo.root().resolve(Repository.CONFIG)));
        } catch (ValidationRun.BadPath e) {
            throw new UsageException(e.said());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Function<String, String> shown = file -> repo.shown(repo.root().resolve(file));
        switch (format) {
            case json -> FindingsJson.print(result.findings(), out);
            case sarif -> FindingsSarif.print(Rules.ALL, result.findings(), shown, version(), out);
            default -> new FindingsText(new Ansi(session.color()), shown, session.words(repo))
                    .print(result.findings(), result.files(), result.ignored(), out);
        }
        out.flush();
        Said git = GitSetup.advice(GitSetup.status(repo.root()));
        if (git != null) {
            // Once per run, on stderr: every output format keeps its shape.
            spec.commandLine().getErr().println("devplan: " + session.words(repo).text(Said.of(CliText.NOTE, "note", git)));
            spec.commandLine().getErr().flush();
        }
        return result.unreadable() ? ExitCodes.UNREADABLE : failed(result.findings()) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** --explain ID GOAL: one goal, read and judged as validate reads and judges it. */
    private int explain(Session session, Repository repo, Context context, PrintWriter out) {
        if (explain.size() != 2) {
            throw new UsageException(Said.of(CliText.EXPLAIN_TAKES_TWO));
        }
        if (format != Format.text || strict || !paths.isEmpty()) {
            throw new UsageException(Said.of(CliText.EXPLAIN_TEXT_ONLY));
        }
        EmployeeId id;
        try {
            id = new EmployeeId(explain.get(0));
        } catch (InvalidId invalid) {
            throw new UsageException(invalid.said());
        }
        Repository.PlanRead read = repo.readWithText(PlanLookup.file(repo, id));
        if (!read.result().ok()) {
            throw new InputException(read.result().problems());
        }
        Plan plan = read.result().value();
        Goal goal = plan.goal(explain.get(1)).orElseThrow(() -> new UsageException(io.devplan.domain.DidYouMean.said(CliText.NO_GOAL,
                CliText.NO_GOAL_DID_YOU_MEAN, explain.get(1), plan.goals().stream().map(Goal::id).toList(),
                "id", plan.id(), "goal", explain.get(1))));
        Explanation e = Explanation.of(plan, IgnoreComments.parse(read.text()), goal, context);
        new ExplanationText(new Ansi(session.color()), file -> repo.shown(repo.root().resolve(file)), session.words(repo))
                .print(e, out);
        return ExitCodes.OK;
    }

    private boolean failed(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR
                || strict && f.severity() == Severity.WARNING);
    }

    private static String version() {
        String v = ValidateCommand.class.getPackage().getImplementationVersion();
        return v != null ? v : "development";
    }
}
