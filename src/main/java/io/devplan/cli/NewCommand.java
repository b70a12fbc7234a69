package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.domain.RefusalText;

import io.devplan.domain.EmployeeId;
import io.devplan.domain.Cadence;
import io.devplan.domain.Plan;
import io.devplan.domain.TeamFolder;
import io.devplan.render.doc.SafeText;
import java.util.List;
import io.devplan.store.NewPlan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "new", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Create the plan of an employee.",
        description = "Creates plans/ID.yaml with the employee's details, readable by its owner only "
                + "(file-mode in devplan.yaml changes that). ID is the employee id: lower-case letters, digits, "
                + "'.', '_' and '-'. An id that any plan already has is refused.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan new alice-andersen --name 'Alice Andersen' --manager bob-berg --team platform",
            "  devplan new sofia --name 'Sofia Lindqvist' --cadence biweekly --since 2026-09-01 --folder stockholm",
        })
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "Employee id; the file is plans/ID.yaml.")
    EmployeeId id;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Full name.")
    String name;

    @Option(names = "--manager", paramLabel = "M", description = "Manager: the id of another plan, or a name.")
    String manager;

    @Option(names = "--team", paramLabel = "T", description = "Team.")
    String team;

    @Option(names = "--role", paramLabel = "ROLE", description = "Role or job title.")
    String role;

    @Option(names = "--email", paramLabel = "ADDRESS", description = "E-mail address.")
    String email;

    @Option(names = "--since", paramLabel = "DATE", converter = DateConverter.class,
            description = "Start of the plan (default: today); the first check-in is due one cadence later.")
    LocalDate since;

    @Option(names = "--cadence", paramLabel = "CADENCE", converter = CadenceConverter.class,
            completionCandidates = CadenceConverter.class,
            description = "Follow-up cadence: weekly, biweekly, monthly, quarterly, semiannual, annual or an "
                    + "ISO-8601 period such as P3W (default: the repository's).")
    Cadence cadence;

    @Option(names = "--track", paramLabel = "TRACK", description = "Career track from devplan.yaml.")
    String track;

    @Option(names = "--level", paramLabel = "LEVEL", description = "Level on the career track.")
    String level;

    @Option(names = "--folder", paramLabel = "SUBFOLDER", description = "Sub-folder of plans/ to put the file in (default: the folder every plan of --team "
                    + "lives in, when the repository keeps teams in folders).")
    String folder;

    @Override
    public Integer call() {
        if (folder != null && (folder.contains("..") || Path.of(folder).isAbsolute())) {
            throw new UsageException(Said.of(CliText.FOLDER_INSIDE_PLANS));
        }
        Session session = Session.of(spec);
        var repo = session.repository();
        LocalDate start = since != null ? since : session.root().today(repo.config().timezone());
        List<Plan> plans = repo.loadAll().plans();
        String prefix = repo.relative(repo.plansDir()) + "/";
        // A repository that keeps teams in folders gets the new plan in its team's folder.
        String sub = folder != null || team == null ? folder : TeamFolder.of(plans, team, prefix).orElse(null);
        Path file = NewPlan.create(repo, new NewPlan.Fields(id, name, role, team, manager, email, start, cadence,
                track, level), sub);
        io.devplan.render.Words words = session.words(repo);
        spec.commandLine().getOut().println(words.text(folder == null && sub != null
                ? Said.of(CliText.CREATED_PLAN_IN_TEAM, "file", repo.shown(file), "team", SafeText.oneLine(team))
                : Said.of(CliText.CREATED_PLAN, "file", repo.shown(file))));
        if (manager != null && EmployeeId.isValid(manager)
                && plans.stream().noneMatch(p -> p.id().equals(manager)) && !manager.equals(id.value())) {
            spec.commandLine().getErr().println("devplan: " + words.text(Said.of(CliText.MANAGER_NOT_A_PLAN,
                    "manager", manager)));
        }
        return ExitCodes.OK;
    }
}
