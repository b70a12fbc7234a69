package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.domain.RefusalText;

import io.devplan.domain.Audience;
import io.devplan.domain.EmployeeId;
import io.devplan.domain.InvalidId;
import io.devplan.domain.PeriodReport;
import io.devplan.domain.Plan;
import io.devplan.domain.PlanFilter;
import io.devplan.domain.Report;
import io.devplan.render.Ansi;
import io.devplan.render.HtmlDoc;
import io.devplan.render.MarkdownDoc;
import io.devplan.render.PeriodDocument;
import io.devplan.render.PeriodJson;
import io.devplan.render.ReportCsv;
import io.devplan.render.ReportDocument;
import io.devplan.render.ReportJson;
import io.devplan.render.TextDoc;
import io.devplan.render.Unread;
import io.devplan.render.Words;
import io.devplan.render.doc.Document;
import io.devplan.store.OutputFile;
import io.devplan.store.PlanHistory;
import io.devplan.store.Repository;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Progress report: goals on track or behind, milestones, check-ins, support, competencies.",
        description = {
            "With employee IDs, shows each plan in full: goals with progress against expected progress (the share "
                    + "of their time that has passed; more than behind-points below it, default 25, is 'behind'), "
                    + "milestones done on time or late, value trends from check-ins, support and its cost, "
                    + "achievements, feedback and the goals that address it, check-ins within cadence, and the gap "
                    + "to the next level of the career track.",
            "Without IDs, one row per employee of --team, of --manager, or of everyone, and the totals.",
            "--audience employee leaves out private feedback, private check-in notes and wellbeing. Wellbeing "
                    + "is otherwise shown as one person's trend, or as the average of a team of at least five.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan report                                   everyone, in the terminal",
            "  devplan report alice-andersen --audience employee --format html --output alice.html",
            "  devplan report --manager henrik-dahl --all-levels --format markdown > review.md",
            "  devplan report --team payments --format csv --output payments.csv",
            "  devplan report alice-andersen --since 2026-06-01 --format markdown   what changed since June",
            "  devplan report --format json | jq '.employees[] | {id, averageProgress, behindGoals}'",
        })
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AsOfOption asOf;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "Employees to report on in full.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--team", paramLabel = "T", description = "Everyone in team T.")
    String team;

    @Option(names = "--manager", paramLabel = "M", description = "The direct reports of M.")
    String manager;

    @Option(names = "--all-levels", description = "With --manager: everyone below M, not only direct reports.")
    boolean allLevels;

    @Option(names = "--audience", paramLabel = "WHO", defaultValue = "manager",
            description = "Who reads it: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Reader audience;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--detail", description = "With --team, --manager or no ID: every person's page after the summary.")
    boolean detail;

    @Option(names = "--bom", description = "With --format csv: start with a byte order mark, for spreadsheets that need "
            + "one to read UTF-8.")
    boolean bom;

    @Option(names = "--since", paramLabel = "DATE", converter = DateConverter.class,
            description = "Instead of the progress report, what changed from DATE to today (or --as-of): goals done, "
                    + "progress gained, milestones and actions done, what slipped, check-ins, feedback, achievements "
                    + "and support decisions, compared with the plan as committed in git before DATE. Text, markdown "
                    + "or json.")
    LocalDate since;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output: a file is replaced atomically, "
                    + "a new one gets the repository's file-mode, a FIFO or device is written through; the "
                    + "repository's own files (devplan.yaml, plans/, files git tracks) are refused.")
    Path output;

    enum Format { text, markdown, html, json, csv }

    enum Reader { manager, employee }

    @Override
    public Integer call() {
        // Checked here, not by a converter: picocli reports a list value it cannot convert as an
        // "unmatched argument" instead of saying what is wrong with it.
        List<EmployeeId> ids = this.ids.stream().map(ReportCommand::employeeId).toList();
        if (allLevels && manager == null) {
            throw new UsageException(Said.of(CliText.ALL_LEVELS_NEEDS_MANAGER));
        }
        if (bom && format != Format.csv) {
            throw new UsageException(Said.of(CliText.BOM_IS_FOR_CSV));
        }
        if (since != null && (format == Format.html || format == Format.csv)) {
            throw new UsageException(Said.of(CliText.SINCE_FORMATS, "format", format));
        }
        Session session = Session.of(spec);
        Loaded loaded = session.load();
        List<Plan> plans = ReportSelection.plans(loaded, ids, team, manager, allLevels);
        var repo = loaded.repo();
        Report report = Report.of(plans, repo.config(), session.asOf(asOf.asOf, repo),
                audience == Reader.employee ? Audience.EMPLOYEE : Audience.MANAGER, detail || !ids.isEmpty(),
                new PlanFilter(ids.stream().map(EmployeeId::value).toList(), team, manager, allLevels));
        StringWriter text = new StringWriter();
        if (since != null) {
            period(plans, repo, report.asOf(), new PrintWriter(text));
        } else {
            render(report, Session.unreadable(loaded.problems()), new PrintWriter(text), session, words(session, repo, plans));
        }
        if (output != null) {
            OutputFile.write(repo, session.root().cwd(), session.root().resolve(output), text.toString());
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        return loaded.exit(ExitCodes.OK);
    }

    /** What changed in each plan since {@code since}: the material for the next conversation. */
    private void period(List<Plan> plans, Repository repo, LocalDate asOf, PrintWriter out) {
        if (since.isAfter(asOf)) {
            throw new UsageException(Said.of(CliText.SINCE_AFTER_AS_OF, "since", since, "asOf", asOf));
        }
        Audience who = audience == Reader.employee ? Audience.EMPLOYEE : Audience.MANAGER;
        List<PeriodReport> reports = new ArrayList<>();
        for (Plan plan : plans) {
            Plan start = PlanHistory.before(repo, repo.root().resolve(plan.file()), since);
            reports.add(PeriodReport.of(who.view(plan), start == null ? null : who.view(start), repo.config(), since, asOf));
        }
        if (format == Format.json) {
            PeriodJson.print(reports, since, asOf, out);
            out.println();
        } else {
            Document d = PeriodDocument.of(reports, since, asOf, words(Session.of(spec), repo, plans),
                    repo.config().conversation());
            if (format == Format.markdown) {
                new MarkdownDoc(out).write(d);
            } else {
                (output == null ? Session.of(spec).text(out) : new TextDoc(Ansi.OFF, Terminals.DEFAULT_WIDTH, false, out)).write(d);
            }
        }
        out.flush();
    }

    private static EmployeeId employeeId(String text) {
        try {
            return new EmployeeId(text);
        } catch (InvalidId e) {
            throw new UsageException(e.said());
        }
    }

    /** A report for one employee is in that employee's language; any other in the reader's. */
    private Words words(Session session, Repository repo, List<Plan> plans) {
        return audience == Reader.employee && plans.size() == 1
                ? session.wordsFor(plans.get(0).employee().language(), repo) : session.words(repo);
    }

    private void render(Report report, List<Unread> unreadable, PrintWriter out, Session session, Words words) {
        switch (format) {
            case text -> (output == null ? session.text(out)
                    : new TextDoc(Ansi.OFF, Terminals.DEFAULT_WIDTH, false, out)).write(ReportDocument.of(report, unreadable, words));
            case markdown -> new MarkdownDoc(out).write(ReportDocument.of(report, unreadable, words));
            case html -> new HtmlDoc(out).write(ReportDocument.of(report, unreadable, words));
            case json -> {
                new ReportJson().write(report, unreadable, out);
                out.println();
            }
            case csv -> {
                if (bom) {
                    out.print('\ufeff');
                }
                new ReportCsv().print(report, out);
            }
        }
        out.flush();
    }
}
