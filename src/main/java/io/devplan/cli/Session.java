package io.devplan.cli;

import io.devplan.store.Repository;
import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;

/** What every command needs from the root: the repository, today, and where to print. */
final class Session {
    private final DevplanCommand root;

    private Session(DevplanCommand root) {
        this.root = root;
    }

    static Session of(CommandSpec spec) {
        return new Session((DevplanCommand) spec.root().userObject());
    }

    Repository repository() {
        Repository repo = Repository.open(root.dir, root.cwd(), root.cacheHome(), root.clock());
        if (repo.cacheWarning() != null) {
            root.warnOnce("not using the parse cache: " + repo.cacheWarning());
        }
        return repo;
    }

    /** The as-of date when given, else today in the repository's time zone. */
    LocalDate asOf(LocalDate asOf, Repository repo) {
        return asOf != null ? asOf : root.today(repo.config().timezone());
    }

    /** Every plan of the repository; problems of unreadable plans are printed on stderr. */
    Loaded load() {
        return Loaded.of(repository(), root.err());
    }

    DevplanCommand root() {
        return root;
    }

    boolean color() {
        return root.colorAllowed() && Terminals.stdoutIsTerminal();
    }
}
