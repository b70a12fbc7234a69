package io.devplan.cli;

import io.devplan.store.RepositoryCreator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Create a plan repository.",
        description = "Creates devplan.yaml and plans/ in DIR (default: the current folder). In a git work tree "
                + "it also tells git to ignore devplan's lock and temporary files. It never overwrites an "
                + "existing devplan.yaml.",
        footerHeading = "%nExamples:%n",
        footer = {"  devplan init", "  devplan init ~/hr/plans --organization 'Acme Logistics'"})
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Folder of the new repository (created if missing).")
    Path dir;

    @Option(names = "--organization", paramLabel = "NAME", description = "Organisation name for devplan.yaml.")
    String organization;

    @Override
    public Integer call() {
        Session session = Session.of(spec);
        Path target = dir != null ? dir : Path.of(""); // relative to --dir DIR when given
        var created = RepositoryCreator.init(session.root().resolve(target), organization);
        var out = spec.commandLine().getOut();
        out.println("Created a plan repository in " + created.root() + ": " + String.join(", ", created.files()));
        out.println("Next: devplan new ID --name 'Full Name' --manager MANAGER");
        return ExitCodes.OK;
    }
}
