package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.domain.RefusalText;

import io.devplan.store.GitSetup;
import io.devplan.store.Repository;
import io.devplan.store.RepositoryCreator;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Create a plan repository, or set git up for one.",
        description = {"Creates devplan.yaml and plans/ in DIR (default: the current folder). It never overwrites an "
                + "existing devplan.yaml.",
            "",
            "In a git work tree it also sets git up for plans: ignore rules for devplan's lock and temporary files "
                + "(.gitignore), 'plans/** merge=devplan' (.gitattributes), and devplan's merge driver in the "
                + "clone's git config, so that two branches that both add a check-in merge as data instead of "
                + "conflicting. Commit .gitignore and .gitattributes.",
            "",
            "git does not clone its config: in every other clone of the repository, run 'devplan init --git' "
                + "once (as with 'git lfs install'). It sets up what is missing and changes nothing else; run "
                + "twice, it changes nothing."},
        footerHeading = "%nExamples:%n",
        footer = {"  devplan init", "  devplan init ~/hr/plans --organization 'Acme Logistics'",
            "  git clone hr@example.com:plans.git && cd plans && devplan init --git"})
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Folder of the new repository (created if missing).")
    Path dir;

    @Option(names = "--organization", paramLabel = "NAME", description = "Organisation name for devplan.yaml.")
    String organization;

    @Option(names = "--git", description = "Set git up for the existing repository at DIR (or the one the "
            + "current folder is in) in this clone; create the repository first when there is none.")
    boolean git;

    @Override
    public Integer call() {
        Session session = Session.of(spec);
        Path target = dir != null ? dir : Path.of(""); // relative to --dir DIR when given
        Path folder = session.root().resolve(target).toAbsolutePath().normalize();
        PrintWriter out = spec.commandLine().getOut();
        if (git) {
            if (!GitSetup.inWorkTree(folder)) {
                throw new UsageException(Said.of(CliText.NOT_IN_GIT_WORK_TREE, "folder", folder));
            }
            Path existing = existingRoot(folder);
            if (existing != null) {
                return setUpGit(existing, out);
            }
        }
        var created = RepositoryCreator.init(folder, organization);
        io.devplan.render.Words words = Session.of(spec).readerWords();
        out.println(words.text(Said.of(CliText.CREATED_REPOSITORY, "folder", created.root(), "files",
                String.join(", ", created.files()))));
        if (created.driverMissing() != null) {
            spec.commandLine().getErr().println("devplan: " + words.text(created.driverMissing()));
        }
        out.println(words.text(Said.of(CliText.NEXT_NEW_PLAN)));
        return ExitCodes.OK;
    }

    private int setUpGit(Path root, PrintWriter out) {
        List<String> changed = GitSetup.install(root, true).changed();
        io.devplan.render.Words words = Session.of(spec).readerWords();
        if (changed.isEmpty()) {
            out.println(words.text(Said.of(CliText.GIT_ALREADY_SET_UP, "folder", root)));
        } else {
            out.println(words.text(Said.of(CliText.GIT_SET_UP, "folder", root, "files", String.join(", ", changed))));
            if (changed.stream().anyMatch(c -> c.startsWith(".git"))) {
                out.println(words.text(Said.of(CliText.COMMIT_GIT_FILES)));
            }
        }
        return ExitCodes.OK;
    }

    /** The plan repository at {@code folder} or above it, as every command finds it; null when none. */
    private static Path existingRoot(Path folder) {
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(Repository.CONFIG))) {
                return p;
            }
        }
        return null;
    }
}
