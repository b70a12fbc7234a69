package io.devplan.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Builds the configured picocli command line; tests call this with their own clock. */
public final class Cli {
    private Cli() {}

    /** Root options that take a value, so the word after them is not the command. */
    private static final Set<String> VALUE_OPTIONS = Set.of("--dir", "-C");

    /** The command line with every command, for help, man pages and completion. */
    public static CommandLine create(Clock clock) {
        return create(clock, null);
    }

    /**
     * The command line for {@code args}. picocli builds each command's model by reflection when it
     * is added, which is most of devplan's start-up; so when the arguments name a command, only
     * that one is added. Anything else (no command, help, a misspelt command) gets them all, so
     * help lists every command and a typo gets its suggestion.
     *
     * <p>A plain run of a command (no help asked for) first gets the command's model from
     * {@link FastCommands}, generated from the annotations, which reads none: in a fresh JVM the
     * first annotation read alone costs 26-30 ms. Whatever that model cannot parse (a wrong
     * option, a bad value) is parsed again by the annotated model, so every message is its own.
     */
    public static CommandLine create(Clock clock, String[] args) {
        BackgroundInit.start();
        String word = args == null ? null : commandWord(args);
        CommandLine fast = null;
        if (args != null && versionOnly(args)) {
            fast = FastCommands.version(new DevplanCommand(clock));
        } else if (word != null && !asksForHelp(args)) {
            fast = FastCommands.create(word, new DevplanCommand(clock));
        }
        return fast != null ? withFallback(fast, clock) : annotated(clock, args);
    }

    /** The fast command line, handing what it cannot parse to the annotated one. */
    private static CommandLine withFallback(CommandLine fast, Clock clock) {
        configure(fast);
        fast.setParameterExceptionHandler((ex, again) -> {
            CommandLine full = annotated(clock, again);
            full.setOut(fast.getOut());
            full.setErr(fast.getErr());
            ((DevplanCommand) full.getCommand()).useCacheHome(((DevplanCommand) fast.getCommand()).cacheHomeOverride());
            return full.execute(again);
        });
        return fast;
    }

    /** The command line built from the annotations (tests compare the fast one with it). */
    static CommandLine annotated(Clock clock, String[] args) {
        CommandLine cmd = new CommandLine(new DevplanCommand(clock));
        Class<?> only = args == null ? null : named(commandWord(args));
        boolean none = only == null && args != null && versionOnly(args);
        for (Class<?> c : DevplanCommand.COMMANDS) {
            if (!none && (only == null || c == only)) {
                cmd.addSubcommand(c);
            }
        }
        configure(cmd);
        cmd.setParameterExceptionHandler(new ErrorHandler());
        return cmd;
    }

    private static void configure(CommandLine cmd) {
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.setExecutionStrategy(FreeText::execute);
        // Plans are UTF-8; print UTF-8 whatever the platform's default, as git does.
        cmd.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    /** Help or the version: the annotated model answers, with its texts. */
    private static boolean asksForHelp(String[] args) {
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the arguments only ask for the version (with root options): no command is needed. */
    static boolean versionOnly(String[] args) {
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--version") || a.equals("-V")) {
                version = true;
            } else if (VALUE_OPTIONS.contains(a)) {
                i++;
            } else if (!a.startsWith("--dir=") && !(a.startsWith("-C") && a.length() > 2)
                    && !a.equals("--no-color") && !a.equals("--debug")) {
                return false;
            }
        }
        return version;
    }

    /** The first word that is not a root option or its value; null when there is none. */
    static String commandWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (VALUE_OPTIONS.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                return a;
            } else if (!a.startsWith("--dir=") && !a.startsWith("-C") && !a.equals("--no-color") && !a.equals("--debug")) {
                return null; // --help, --version or an unknown option: the root answers
            }
        }
        return null;
    }

    private static Class<?> named(String word) {
        if (word == null || word.equals("help")) {
            return null;
        }
        for (Class<?> c : DevplanCommand.COMMANDS) {
            Command a = c.getAnnotation(Command.class);
            if (a != null && (a.name().equals(word) || Arrays.asList(a.aliases()).contains(word))) {
                return c;
            }
        }
        return null;
    }
}
