package io.devplan.cli;

import io.devplan.domain.Said;

import io.devplan.domain.Language;
import io.devplan.render.Ansi;
import io.devplan.render.TextDoc;
import io.devplan.render.Unread;
import io.devplan.render.Words;
import io.devplan.store.Problem;
import io.devplan.store.Repository;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
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
        root.rememberRepositoryLanguage(repo.config().language());
        if (repo.cacheNotice() != null) {
            root.warnOnce(root.readerWords().text(repo.cacheNotice()));
        }
        return repo;
    }

    /** The as-of date when given, else today in the repository's time zone. */
    LocalDate asOf(LocalDate asOf, Repository repo) {
        return asOf != null ? asOf : root.today(repo.config().timezone());
    }

    /** Every plan of the repository; problems of unreadable plans are printed on stderr. */
    Loaded load() {
        Repository repo = repository();
        return Loaded.of(repo, root.err(), words(repo));
    }

    /** The words of the person at the terminal: --lang, the locale variables, the repository's language. */
    Words words(Repository repo) {
        return Words.of(Language.forReader(root.lang, root.environment(), repo.config().language()));
    }

    /** The words of a document for one person (an employee-audience report, a reminder mail): never the process locale. */
    Words wordsFor(Language person, Repository repo) {
        return wordsFor(person, repo.config());
    }

    Words wordsFor(Language person, io.devplan.domain.RepoConfig config) {
        return Words.of(Language.forPerson(root.lang, person, config.language()));
    }

    /** The reader's words before or without a repository: --lang, then the locale variables. */
    Words readerWords() {
        return root.readerWords();
    }

    DevplanCommand root() {
        return root;
    }

    boolean color() {
        return root.colorAllowed() && Terminals.stdoutIsTerminal();
    }

    /**
     * A writer of documents for standard output: on a terminal it fits the width, colours and cuts
     * long lines; anywhere else (a pipe, a file, cron's mail) it wraps and never loses a word.
     */
    TextDoc text(PrintWriter out) {
        return new TextDoc(new Ansi(color()), Terminals.width(), Terminals.stdoutIsTerminal(), out);
    }

    /** Each plan that could not be read, with its first problem, for the output to say it is not complete. */
    static List<Unread> unreadable(List<Problem> problems) {
        java.util.Map<String, Unread> first = new java.util.LinkedHashMap<>();
        for (Problem p : problems) {
            first.putIfAbsent(p.file() == null ? "" : p.file(), new Unread(p.file(), p.line(), p.column(), p.said()));
        }
        return List.copyOf(first.values());
    }
}
