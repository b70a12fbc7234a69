package io.devplan.cli;

import io.devplan.domain.EmployeeId;
import io.devplan.domain.Action;
import io.devplan.domain.Goal;
import io.devplan.domain.Milestone;
import io.devplan.domain.Plan;
import io.devplan.store.Repository;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Candidates for the completion scripts: employee ids, teams, or a plan's goals and items.
 * Hidden, quiet and forgiving: a shell calls it on every Tab, so it never prints an error.
 */
@Command(name = "__complete", hidden = true)
final class CompleteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "ids, teams or items")
    String what;

    @Parameters(index = "1", arity = "0..1", description = "employee id, for items")
    String employee;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Repository repo = Session.of(spec).repository();
            switch (what) {
                case "ids" -> repo.planFiles().stream().map(CompleteCommand::stem).sorted().forEach(out::println);
                case "teams" -> repo.scan(p -> java.util.Optional.ofNullable(p.employee().team())).results()
                        .stream().flatMap(java.util.Optional::stream).collect(java.util.stream.Collectors.toCollection(TreeSet::new))
                        .forEach(out::println);
                case "items" -> items(repo, out);
                default -> { }
            }
        } catch (RuntimeException e) {
            // No repository, an unreadable plan: nothing to offer.
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void items(Repository repo, PrintWriter out) {
        if (!EmployeeId.isValid(employee)) {
            return; // a word that is no id names no plan (and never a path)
        }
        Plan plan = repo.planFile(new EmployeeId(employee)).map(repo::read).map(r -> r.value()).orElse(null);
        if (plan == null) {
            return;
        }
        for (Goal g : plan.goals()) {
            out.println(g.id());
            for (Milestone m : g.milestones()) {
                out.println(g.id() + "/" + m.id());
            }
            for (Action a : g.actions()) {
                out.println(g.id() + "/" + a.id());
            }
        }
    }

    private static String stem(Path p) {
        String name = p.getFileName().toString();
        return name.substring(0, name.length() - ".yaml".length());
    }
}
