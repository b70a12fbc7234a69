package io.devplan.cli;

import io.devplan.app.ValidationRun;
import io.devplan.domain.Action;
import io.devplan.domain.EmployeeId;
import io.devplan.domain.Goal;
import io.devplan.domain.GoalStatus;
import io.devplan.domain.ItemId;
import io.devplan.domain.Milestone;
import io.devplan.domain.Plan;
import io.devplan.domain.Position;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Rules;
import io.devplan.store.PlanEdit;
import io.devplan.store.PlanReader;
import io.devplan.store.PlanWriter;
import io.devplan.store.Repository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Add a SMART goal to a plan.",
        description = "Appends a goal to 'goals' in the style of the goals already there. On a terminal without "
                + "--title a SMART wizard asks for the specific outcome, its id, the measure (baseline, target, unit), "
                + "the support needed, the feedback or priority it answers, the start, due date and milestones "
                + "(options given become its defaults); it shows validate's findings and a summary, and asks to "
                + "write (y), stop (n) or edit again (e). Ctrl-C or Ctrl-D writes nothing. With --title, or "
                + "without a terminal, it never asks and needs --id and --title; the findings go to stderr. The "
                + "new plan is validated before it is written; --dry-run shows the entry as a diff instead.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan goal add alice-andersen",
            "  devplan goal add alice-andersen --id talks --title 'Give two internal talks' \\",
            "      --measure 'talks given' --baseline 0 --target 2 --unit talks --due 2027-06-30 \\",
            "      --addresses fb-all-hands --milestone outline:2027-02-01:'Outline the first talk'",
        })
final class GoalAddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WriteOptions write;

    @Parameters(index = "0", paramLabel = "ID", description = "Employee id.")
    EmployeeId id;

    @Option(names = "--id", paramLabel = "GOAL-ID",
            description = "Id of the goal, unique in the plan. Needed with --title.")
    String goalId;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "The specific outcome. Without it, on a terminal, a wizard asks for the goal.")
    String title;

    @Option(names = "--status", paramLabel = "STATUS", converter = YamlNameConverter.Status.class,
            description = "draft, active, at-risk, paused, done or dropped (default: active).")
    GoalStatus status = GoalStatus.ACTIVE;

    @Option(names = "--start", paramLabel = "DATE", converter = DateConverter.class, description = "Default: today.")
    LocalDate start;

    @Option(names = "--due", paramLabel = "DATE", converter = DateConverter.class, description = "When it is due.")
    LocalDate due;

    @Option(names = "--measure", paramLabel = "TEXT", description = "What is counted.")
    String measure;

    @Option(names = "--baseline", paramLabel = "N", description = "Value at the start.")
    BigDecimal baseline;

    @Option(names = "--target", paramLabel = "N", description = "Value to reach (below the baseline: reduce to).")
    BigDecimal target;

    @Option(names = "--current", paramLabel = "N", description = "Value now.")
    BigDecimal current;

    @Option(names = "--unit", paramLabel = "UNIT", description = "Unit of the measure.")
    String unit;

    @Option(names = "--relevant", paramLabel = "TEXT", description = "Why it matters.")
    String relevant;

    @Option(names = "--addresses", split = ",", paramLabel = "FEEDBACK-ID", description = "Feedback ids it answers.")
    List<String> addresses = new ArrayList<>();

    @Option(names = "--aligns", split = ",", paramLabel = "PRIORITY", description = "Priority ids from devplan.yaml.")
    List<String> aligns = new ArrayList<>();

    @Option(names = "--competencies", split = ",", paramLabel = "COMPETENCY", description = "Competency ids.")
    List<String> competencies = new ArrayList<>();

    @Option(names = "--milestone", paramLabel = "ID:DUE:TITLE",
            description = "A milestone; DUE may be empty (id::title). Repeatable.")
    List<String> milestones = new ArrayList<>();

    @Option(names = "--action", paramLabel = "ID:DUE:TITLE", description = "An action; DUE may be empty. Repeatable.")
    List<String> actions = new ArrayList<>();

    /** The wizard on the process's terminal, or null without one; tests put a scripted terminal here. */
    BiFunction<GoalWizard.Setting, Goal, Goal> terminal = Terminals.interactive() ? (s, g) -> GoalWizard.run(s, g) : null;

    @Override
    public Integer call() {
        boolean wizard = title == null && terminal != null;
        if (!wizard && (goalId == null || title == null)) {
            throw new UsageException(io.devplan.domain.Said.of(goalId == null && title == null
                    ? CliText.MISSING_OPTIONS_ID_TITLE : title == null ? CliText.MISSING_OPTION_TITLE
                    : CliText.MISSING_OPTION_ID));
        }
        io.devplan.domain.Said problem = goalId == null ? null : ItemId.problemSaid(goalId, "goal id");
        if (problem != null) {
            throw new UsageException(io.devplan.domain.Said.of(CliText.OPTION_ID_PROBLEM, "problem", problem));
        }
        return PlanChange.apply(spec, id, write, (repo, today, before) -> {
            Plan plan = before.plan();
            if (goalId != null && plan.goal(goalId).isPresent()) {
                throw new UsageException(io.devplan.domain.Said.of(CliText.GOAL_TAKEN, "id", plan.id(), "goal", goalId));
            }
            Context context = new Context(repo.config(), ValidationRun.planIds(repo), today);
            Goal g = fromOptions(today);
            if (wizard) {
                g = terminal.apply(new GoalWizard.Setting(plan, repo.config(), today, write.dryRun,
                        candidate -> findings(readBack(repo, before, candidate), context, candidate.id()),
                        Session.of(spec).words(repo)), g);
            }
            Goal goal = g;
            int count = plan.goals().size();
            return new PlanChange.Result(new PlanEdit(before.text()).add(goal).text(),
                    p -> {
                        if (!(p.goals().size() == count + 1 && p.goals().get(count).id().equals(goal.id())
                                && p.goals().get(count).milestones().size() == goal.milestones().size()
                                && p.goals().get(count).support().size() == goal.support().size())) {
                            return "the goal reads back differently";
                        }
                        if (!wizard) {
                            print(findings(p, context, goal.id()), Session.of(spec).words(repo));
                        }
                        return null;
                    },
                    io.devplan.domain.Said.of(CliText.ADDED_GOAL, "goal", goal.id(), "id", plan.id()), "goal add " + plan.id() + " " + goal.id());
        });
    }

    /** The goal the options describe; in the wizard, the defaults of its questions. */
    private Goal fromOptions(LocalDate today) {
        return new Goal(goalId, title, status, start != null ? start : today, due, null, List.of(), measure, baseline, target,
                current, unit, relevant, addresses, aligns, competencies,
                milestones.stream().map(m -> { String[] p = parts(m, "--milestone");
                    return new Milestone(p[0], p[2], date(p[1]), null, List.of(), Position.NONE); }).toList(),
                actions.stream().map(a -> { String[] p = parts(a, "--action");
                    return new Action(p[0], p[2], null, date(p[1]), null, List.of(), Position.NONE); }).toList(),
                List.of(), Position.NONE);
    }

    /** The plan with {@code goal} added, as it would read after the write; null if it would not read. */
    private static Plan readBack(Repository repo, PlanWriter.Snapshot before, Goal goal) {
        return PlanReader.read(repo.shown(before.file()), repo.relative(before.file()), before.plan().id(),
                new PlanEdit(before.text()).add(goal).text(), new ArrayList<>()).value();
    }

    /** validate's checks (those devplan.yaml does not switch off) on the new goal. */
    private static List<Finding> findings(Plan plan, Context context, String goal) {
        List<Finding> found = new ArrayList<>();
        if (plan != null) {
            for (Rule rule : Rules.ALL) {
                if (!context.config().rules().disable().contains(rule.name())) {
                    rule.check(plan, context).stream().filter(f -> goal.equals(f.goal())).forEach(found::add);
                }
            }
        }
        return found;
    }

    /** The findings shown before the write, as validate shows them. */
    private void print(List<Finding> found, io.devplan.render.Words words) {
        var err = spec.commandLine().getErr();
        for (Finding f : found) {
            err.println("devplan: " + f.severity().name().toLowerCase(java.util.Locale.ROOT) + ": "
                    + words.text(f.said()) + " [" + f.rule() + "]");
        }
        err.flush();
    }

    private static String[] parts(String value, String option) {
        String[] p = value.split(":", 3);
        if (p.length < 3 || !ItemId.isValid(p[0]) || p[2].isBlank()) {
            throw new UsageException(io.devplan.domain.Said.of(CliText.MILESTONE_FORMAT, "option", option, "value", value));
        }
        return p;
    }

    private static LocalDate date(String text) {
        try {
            return text.isEmpty() ? null : new DateConverter().convert(text);
        } catch (ConversionProblem e) {
            throw new UsageException(e.said());
        } catch (picocli.CommandLine.TypeConversionException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
