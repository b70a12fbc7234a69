package io.devplan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import io.devplan.domain.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: global options and the one registry of subcommands. */
@Command(name = "devplan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "Follow up on performance conversations: SMART goals, milestones and check-ins in plain-text plans.",
        description = {
            "devplan works on a plan repository: a folder with devplan.yaml and one YAML plan per employee "
                    + "under plans/, usually kept in git. It is found like git finds its root: from the "
                    + "current folder upward, unless --dir names it.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan init plans-repo            create a plan repository",
            "  devplan new alice --name 'Alice Andersen' --manager bob",
            "  devplan show alice                 one plan with progress and what is due",
            "  devplan validate                   schema and SMART checks of every plan",
            "  devplan --dir examples/acme show alice-andersen --as-of 2026-11-22",
            "  devplan overdue --manager bob-berg --within 7   what is late or due this week",
            "  devplan agenda alice-andersen --format markdown",
            "  devplan remind | mail -E -s 'devplan reminders' hr@example.com",
            "  devplan calendar --output ~/public/devplan.ics",
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success",
            "1:the command worked and found problems (validate errors, overdue items with --exit-code)",
            "2:wrong usage",
            "3:input that cannot be read (syntax error, missing repository)",
            "4:a write refused (lock held, file changed since read, result would not validate)",
        })
public final class DevplanCommand {
    /**
     * The one registry of commands, in the order help lists them. {@link Cli} adds them to the root:
     * all of them, or only the one a command line names, which keeps start-up short.
     */
    static final List<Class<?>> COMMANDS = List.of(
            InitCommand.class,
            NewCommand.class,
            ListCommand.class,
            ShowCommand.class,
            ValidateCommand.class,
            CheckinCommand.class,
            FeedbackCommand.class,
            GoalCommand.class,
            DoneCommand.class,
            AchieveCommand.class,
            CelebrateCommand.class,
            SupportCommand.class,
            StatusCommand.class,
            RescheduleCommand.class,
            AssessCommand.class,
            EditCommand.class,
            OverdueCommand.class,
            AgendaCommand.class,
            RemindCommand.class,
            ReportCommand.class,
            LogCommand.class,
            CalendarCommand.class,
            CompletionCommand.class,
            MergeDriverCommand.class,
            CompleteCommand.class,
            TrainCommand.class,
            picocli.CommandLine.HelpCommand.class);

    private final Clock clock;
    /** Set by the training run, which must not touch the user's cache. */
    private Path cacheHome;
    /** Null: the process's current folder. */
    private Path cwd;
    /** Warnings already given in this run. */
    private final java.util.Set<String> warned = new java.util.HashSet<>();

    @Spec
    CommandSpec spec;

    @Option(names = {"-C", "--dir"}, paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Use the plan repository in DIR instead of searching upward from the current folder; "
                    + "paths given to the command are then relative to DIR, as with git -C.")
    Path dir;

    @Option(names = "--no-color", scope = ScopeType.INHERIT,
            description = "Never colour the output (as NO_COLOR=1 does).")
    boolean noColor;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of internal errors.")
    boolean debug;

    @Option(names = "--lang", paramLabel = "LANG", scope = ScopeType.INHERIT, converter = LanguageConverter.class,
            completionCandidates = LanguageConverter.Codes.class,
            description = "The language of what people read: en, sv, da or nl. Default: DEVPLAN_LANG, then LANGUAGE, "
                    + "LC_ALL, LC_MESSAGES, LANG, then devplan.yaml's language, then English. JSON, CSV, SARIF, "
                    + "iCalendar properties and exit codes never change with it.")
    Language lang;

    /** The repository's language once a command has opened it: devplan's own messages follow it after the reader's. */
    private String repositoryLanguage;

    /** The process's variables; a test sets its own. */
    private java.util.function.Function<String, String> environment = System::getenv;

    public DevplanCommand(Clock clock) {
        this.clock = clock;
    }

    /** Today in {@code zone}, or in the clock's zone when the repository names none. */
    LocalDate today(ZoneId zone) {
        return LocalDate.now(zone != null ? clock.withZone(zone) : clock);
    }

    /** Runs as if the process had only {@code variables} (tests). */
    void useEnvironment(java.util.Map<String, String> variables) {
        this.environment = variables::get;
    }

    /** Runs with the variables another run was given (the annotated model parsing what the fast one could not). */
    void useEnvironment(java.util.function.Function<String, String> variables) {
        this.environment = variables;
    }

    java.util.function.Function<String, String> environment() {
        return environment;
    }

    void rememberRepositoryLanguage(String code) {
        this.repositoryLanguage = code;
    }

    /** The words of devplan's own messages: the reader's language, as far as it is known when something went wrong. */
    io.devplan.render.Words readerWords() {
        return io.devplan.render.Words.of(Language.forReader(lang, environment, repositoryLanguage));
    }

    void useCacheHome(Path folder) {
        this.cacheHome = folder;
    }

    /** The folder set by {@link #useCacheHome}, or null. */
    Path cacheHomeOverride() {
        return cacheHome;
    }

    Clock clock() {
        return clock;
    }

    /** An environment variable, or null. */
    String env(String name) {
        return environment.apply(name);
    }

    /**
     * Where devplan keeps state between runs (what was mailed): {@code $XDG_STATE_HOME/devplan},
     * else {@code ~/.local/state/devplan}; null when there is no home folder.
     */
    Path stateFolder() {
        String xdg = env("XDG_STATE_HOME");
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "devplan");
        }
        String home = env("HOME") != null ? env("HOME") : System.getProperty("user.home");
        return home == null || home.isEmpty() || home.equals("?") ? null : Path.of(home, ".local", "state", "devplan");
    }

    /** The folder devplan runs in, as the process's current folder unless a test set another. */
    Path cwd() {
        return cwd != null ? cwd : Path.of("").toAbsolutePath();
    }

    /** Runs as if started in {@code folder} (tests, which cannot change the process's folder). */
    void workIn(Path folder) {
        this.cwd = folder;
    }

    /**
     * A path the user typed (validate's PATH, --output, init's DIR): relative to DIR when --dir DIR
     * is given, as git -C does, else to the current folder.
     */
    Path resolve(Path typed) {
        Path base = dir != null ? cwd().resolve(dir) : cwd();
        return base.resolve(typed).normalize();
    }

    /**
     * Where caches live: {@code $XDG_CACHE_HOME}, else {@code ~/.cache}; null when
     * {@code DEVPLAN_NO_CACHE} is set or there is no home folder.
     */
    Path cacheHome() {
        if (cacheHome != null) {
            return cacheHome;
        }
        if (System.getenv("DEVPLAN_NO_CACHE") != null) {
            return null;
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        String home = System.getProperty("user.home");
        return home == null || home.isEmpty() || home.equals("?") ? null : Path.of(home, ".cache");
    }

    /** Says {@code message} on stderr, once in this run however many times it comes up. */
    void warnOnce(String message) {
        if (warned.add(message)) {
            err().println("devplan: " + message);
            err().flush();
        }
    }

    boolean colorAllowed() {
        return colorAllowed(noColor, System.getenv("NO_COLOR"));
    }

    /** As no-color.org says: NO_COLOR counts when it is set and not empty ({@code NO_COLOR=} is unset). */
    static boolean colorAllowed(boolean noColorOption, String noColorVariable) {
        return !noColorOption && (noColorVariable == null || noColorVariable.isEmpty());
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
