package io.devplan.cli;

import io.devplan.domain.EmployeeId;
import io.devplan.domain.Action;
import io.devplan.domain.AssessmentCheck;
import io.devplan.domain.Celebrations;
import io.devplan.domain.Employee;
import io.devplan.domain.Goal;
import io.devplan.domain.Milestone;
import io.devplan.domain.Plan;
import io.devplan.store.PlanReader;
import io.devplan.store.Repository;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Candidates for the completion scripts, one a line: employee ids, teams, managers, or a plan's
 * goals and items. Hidden, quiet and forgiving: a shell calls it on every Tab, so it never prints
 * an error.
 *
 * <p>The words come from plans, which arrive through pull requests, and go to a shell: only plain
 * words are printed (letters, digits, blanks and {@code . _ - / @ + : , =}), anything else is left
 * out. The scripts treat what they get as data too.
 */
@Command(name = "__complete", hidden = true)
final class CompleteCommand implements Callable<Integer> {
    /** What a shell may get: no quote, $, `, ;, |, &, <, >, (, ), glob, backslash or control character. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{M}\\p{N}._@+:,=/-]+(?: [\\p{L}\\p{M}\\p{N}._@+:,=/-]+)*");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "ids, teams, managers or items")
    String what;

    @Parameters(index = "1", arity = "0..1", description = "employee id, for items")
    String employee;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Repository repo = Session.of(spec).repository();
            Stream<String> words = switch (what) {
                case "ids" -> repo.planFiles().stream().map(CompleteCommand::stem);
                case "teams" -> employees(repo).map(Employee::team);
                case "managers" -> employees(repo).flatMap(e -> Stream.of(e.id(), e.manager()));
                case "items" -> items(repo);
                case "supports" -> plan(repo).stream().flatMap(p -> p.goals().stream()
                        .flatMap(g -> g.support().stream().map(x -> g.id() + "/" + x.id())));
                case "achievements" -> plan(repo).stream().flatMap(p -> Celebrations.waiting(p).stream())
                        .map(a -> a.date() != null ? a.date().toString() : null);
                case "levels" -> plan(repo).stream().flatMap(p -> levels(repo, p));
                default -> Stream.empty();
            };
            words.filter(Objects::nonNull).filter(CompleteCommand::plain)
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new)).forEach(out::println);
        } catch (RuntimeException e) {
            // No repository, an unreadable plan: nothing to offer.
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Whether a word may go to a shell as a candidate. */
    static boolean plain(String word) {
        return PLAIN.matcher(word).matches();
    }

    private static Stream<Employee> employees(Repository repo) {
        return repo.scan(p -> Optional.of(p.employee())).results().stream().flatMap(Optional::stream);
    }

    /** The plan of the employee named on the command line, when there is one. */
    private Optional<Plan> plan(Repository repo) {
        if (!EmployeeId.isValid(employee)) { // a word that is no id names no plan (and never a path)
            return Optional.empty();
        }
        return repo.planFile(new EmployeeId(employee)).map(repo::read).map(r -> r.value());
    }

    /** COMPETENCY=LEVEL for every competency of the framework and level of the plan's scale. */
    private static Stream<String> levels(Repository repo, Plan plan) {
        AssessmentCheck.Scale scale = AssessmentCheck.scale(plan, repo.config());
        return repo.config().competencies().stream().flatMap(c -> java.util.stream.IntStream
                .rangeClosed(scale.min(), scale.max()).mapToObj(l -> c.id() + "=" + l));
    }

    private Stream<String> items(Repository repo) {
        Plan plan = plan(repo).orElse(null);
        if (plan == null) {
            return Stream.empty();
        }
        Set<String> out = new TreeSet<>();
        for (Goal g : plan.goals()) {
            out.add(g.id());
            for (Milestone m : g.milestones()) {
                out.add(g.id() + "/" + m.id());
            }
            for (Action a : g.actions()) {
                out.add(g.id() + "/" + a.id());
            }
        }
        return out.stream();
    }

    private static String stem(Path p) {
        String name = p.getFileName().toString();
        return name.substring(0, name.length() - ".yaml".length());
    }
}
