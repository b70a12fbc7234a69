package io.devplan.cli;

import io.devplan.domain.Action;
import io.devplan.domain.Goal;
import io.devplan.domain.GoalStatus;
import io.devplan.domain.Milestone;
import io.devplan.domain.Plan;
import io.devplan.domain.Position;
import io.devplan.store.PlanEdit;
import io.devplan.store.PlanReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Rules;
import io.devplan.store.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Add a SMART goal to a plan.",
        description = "Appends a goal to 'goals' in the style of the goals already there. The new plan is "
                + "validated before it is written; --dry-run shows the entry first.",
        footerHeading = "%nExamples:%n",
        footer = {
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
    String id;

    @Option(names = "--id", required = true, paramLabel = "GOAL-ID", description = "Id of the goal, unique in the plan.")
    String goalId;

    @Option(names = "--title", required = true, paramLabel = "TEXT", description = "The specific outcome.")
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

    @Override
    public Integer call() {
        Session session = Session.of(spec);
        return PlanChange.apply(spec, id, write, before -> {
            Plan plan = before.plan();
            if (plan.goal(goalId).isPresent()) {
                throw new UsageException("plan '" + plan.id() + "' already has a goal '" + goalId + "'");
            }
            LocalDate today = session.root().today(session.repository().config().timezone());
            Goal g = new Goal(goalId, title, status, start != null ? start : today, due, measure, baseline, target,
                    current, unit, relevant, addresses, aligns, competencies,
                    milestones.stream().map(m -> { String[] p = parts(m, "--milestone");
                        return new Milestone(p[0], p[2], date(p[1]), null, Position.NONE); }).toList(),
                    actions.stream().map(a -> { String[] p = parts(a, "--action");
                        return new Action(p[0], p[2], null, date(p[1]), null, Position.NONE); }).toList(),
                    List.of(), Position.NONE);
            int count = plan.goals().size();
            Repository repo = session.repository();
            return new PlanChange.Result(new PlanEdit(before.text()).add(g).text(),
                    p -> {
                        if (!(p.goals().size() == count + 1 && p.goals().get(count).id().equals(goalId)
                                && p.goals().get(count).milestones().size() == milestones.size())) {
                            return "the goal reads back differently";
                        }
                        smartFindings(p, new Context(repo.config(), planIds(repo), today));
                        return null;
                    },
                    "Added goal " + goalId + " to " + plan.id(), "goal add " + plan.id() + " " + goalId);
        });
    }

    /** The SMART checks of validate on the new goal, shown before the write as validate shows them. */
    private void smartFindings(Plan plan, Context context) {
        var err = spec.commandLine().getErr();
        for (Rule rule : Rules.ALL) {
            for (Finding f : rule.check(plan, context)) {
                if (goalId.equals(f.goal())) {
                    err.println("devplan: " + f.severity().name().toLowerCase(java.util.Locale.ROOT) + ": "
                            + f.message() + " [" + f.rule() + "]");
                }
            }
        }
        err.flush();
    }

    private static java.util.Set<String> planIds(Repository repo) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (java.nio.file.Path p : repo.planFiles()) {
            ids.add(p.getFileName().toString().replaceFirst("\\.ya?ml$", ""));
        }
        return ids;
    }

    private static String[] parts(String value, String option) {
        String[] p = value.split(":", 3);
        if (p.length < 3 || !PlanReader.ID.matcher(p[0]).matches() || p[2].isBlank()) {
            throw new UsageException(option + " '" + value + "' must be ID:DUE:TITLE, such as outline:2027-02-01:Outline the talk");
        }
        return p;
    }

    private static LocalDate date(String text) {
        try {
            return text.isEmpty() ? null : new DateConverter().convert(text);
        } catch (picocli.CommandLine.TypeConversionException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
