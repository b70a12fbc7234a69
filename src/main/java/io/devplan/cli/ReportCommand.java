package io.devplan.cli;

import io.devplan.domain.Audience;
import io.devplan.domain.Plan;
import io.devplan.domain.Report;
import io.devplan.render.Ansi;
import io.devplan.render.ReportCsv;
import io.devplan.render.ReportHtml;
import io.devplan.render.ReportJson;
import io.devplan.render.ReportMarkdown;
import io.devplan.render.ReportText;
import io.devplan.store.OutputFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
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

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output: a file is replaced atomically, "
                    + "a new one gets the repository's file-mode, a FIFO or device is written through; the "
                    + "repository's own files (devplan.yaml, plans/, files git tracks) are refused.")
    Path output;

    enum Format { text, markdown, html, json, csv }

    enum Reader { manager, employee }

    @Override
    public Integer call() {
        if (allLevels && manager == null) {
            throw new UsageException("--all-levels needs --manager");
        }
        Session session = Session.of(spec);
        Loaded loaded = session.load();
        List<Plan> plans = ReportSelection.plans(loaded, ids, team, manager, allLevels);
        var repo = loaded.repo();
        Report report = Report.of(plans, repo.config(), session.asOf(asOf.asOf, repo),
                audience == Reader.employee ? Audience.EMPLOYEE : Audience.MANAGER, !ids.isEmpty(),
                ReportSelection.scope(ids, team, manager, allLevels));
        StringWriter text = new StringWriter();
        render(report, new PrintWriter(text), output == null && session.color());
        if (output != null) {
            OutputFile.write(repo, session.root().cwd(), output, text.toString());
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        return loaded.exit(ExitCodes.OK);
    }

    private void render(Report report, PrintWriter out, boolean color) {
        switch (format) {
            case text -> new ReportText(new Ansi(color), output == null ? Terminals.width() : Terminals.DEFAULT_WIDTH)
                    .print(report, out);
            case markdown -> new ReportMarkdown().print(report, out);
            case html -> new ReportHtml().print(report, out);
            case json -> {
                new ReportJson().write(report, out);
                out.println();
            }
            case csv -> new ReportCsv().print(report, out);
        }
        out.flush();
    }
}
