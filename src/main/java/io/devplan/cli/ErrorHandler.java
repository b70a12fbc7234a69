package io.devplan.cli;

import io.devplan.render.Words;

import io.devplan.store.InputException;
import io.devplan.store.Problem;
import io.devplan.store.WriteRefusedException;
import io.devplan.domain.Language;
import io.devplan.domain.RefusalText;
import io.devplan.domain.Said;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import io.devplan.domain.Bounds;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where failures become messages and exit statuses: one line per problem on
 * stderr, prefixed {@code devplan:}, and a stack trace only with --debug.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        Words words = words(cmd);
        if (ex instanceof InputException input) {
            printProblems(err, input, words);
            return ExitCodes.UNREADABLE;
        }
        if (ex instanceof WriteRefusedException refused) {
            err.println("devplan: " + words.text(refused.said()));
            return ExitCodes.WRITE_REFUSED;
        }
        if (ex instanceof UsageException usage) {
            err.println("devplan: " + words.text(usage.said()));
            err.println(words.text(Said.of(CliText.TRY_HELP, "command", cmd.getCommandSpec().qualifiedName())));
            return ExitCodes.USAGE;
        }
        err.println("devplan: " + words.text(Said.of(debug(cmd) ? CliText.INTERNAL_ERROR_DEBUG : CliText.INTERNAL_ERROR,
                "error", String.valueOf(ex))));
        if (debug(cmd)) {
            ex.printStackTrace(err);
        }
        return ExitCodes.INTERNAL;
    }

    static void printProblems(PrintWriter err, InputException input, Words words) {
        for (Problem p : input.problems()) {
            err.println("devplan: " + p.format(words::text));
        }
        err.flush();
    }

    /** The reader's words, as far as they are known: a failure may come before the repository is open. */
    static Words words(CommandLine cmd) {
        return cmd.getCommandSpec().root().userObject() instanceof DevplanCommand root ? root.readerWords() : Words.english();
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        Words words = parseWords(cmd, args);
        // An invalid id's message names what it is: picocli's "Invalid value for ..." adds nothing.
        Said said = ex instanceof UnmatchedArgumentException u ? unmatched(u, cmd)
                : ex.getCause() instanceof EmployeeIdConverter.Invalid id ? id.said()
                : ex.getCause() instanceof TextConverter.ControlCharacter c ? Bounds.typedText(named(ex), c.text, c.index)
                : keyValue(ex.getMessage()).orElseGet(() -> PicocliText.said(ex));
        err.println("devplan: " + words.text(said));
        err.println(words.text(Said.of(CliText.TRY_HELP, "command", cmd.getCommandSpec().qualifiedName())));
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * The reader's words when the command line did not parse: --lang may not have been read yet, so
     * it is looked up in the arguments themselves, then the locale variables; never the JVM's locale.
     */
    static Words parseWords(CommandLine cmd, String[] args) {
        for (int i = 0; args != null && i < args.length; i++) {
            if ("--".equals(args[i])) {
                break;
            }
            String code = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : "--lang".equals(args[i]) && i + 1 < args.length ? args[i + 1] : null;
            if (code != null) {
                var language = Language.code(code.strip().toLowerCase(java.util.Locale.ROOT));
                if (language.isPresent()) {
                    return Words.of(language.get());
                }
            }
        }
        return words(cmd);
    }

    /**
     * A word the command does not know, in the one style of devplan's usage errors (and with the
     * one did-you-mean the plan reader uses): "unknown command 'overdeu'; did you mean 'overdue'?".
     */
    private static final java.util.regex.Pattern KEY_VALUE = java.util.regex.Pattern.compile(
            "Value for option option '([^']+)' \\(([^)]+)\\) should be in KEY=VALUE format but was (.*)",
            java.util.regex.Pattern.DOTALL);

    /** picocli's "Value for option option ... should be in KEY=VALUE format", said as devplan says it. */
    static java.util.Optional<Said> keyValue(String message) {
        java.util.regex.Matcher m = KEY_VALUE.matcher(message == null ? "" : message);
        return m.matches() ? java.util.Optional.of(Said.of(CliText.KEY_VALUE, "option", m.group(1), "format", m.group(2),
                "value", m.group(3))) : java.util.Optional.empty();
    }

    /** What the user typed the value as: the option's name, or the parameter's label. */
    private static Object named(ParameterException ex) {
        if (ex.getArgSpec() instanceof picocli.CommandLine.Model.OptionSpec o) {
            return o.longestName();
        }
        return ex.getArgSpec() != null ? ex.getArgSpec().paramLabel() : Said.of(RefusalText.THE_VALUE);
    }

    static Said unmatched(UnmatchedArgumentException ex, CommandLine cmd) {
        List<String> words = ex.getUnmatched();
        if (words.isEmpty()) {
            return PicocliText.said(ex);
        }
        String word = words.get(0);
        CommandSpec spec = cmd.getCommandSpec();
        if (!option(word) && !cmd.getSubcommands().isEmpty() && spec.positionalParameters().isEmpty()) {
            List<String> commands = new ArrayList<>();
            cmd.getSubcommands().forEach((name, sub) -> {
                if (!sub.getCommandSpec().usageMessage().hidden()) {
                    commands.add(name);
                }
            });
            return io.devplan.domain.DidYouMean.said(CliText.UNKNOWN_COMMAND, CliText.UNKNOWN_COMMAND_DID_YOU_MEAN, word, commands,
                    "word", word);
        }
        for (String w : words) {
            if (option(w)) {
                String name = w.startsWith("--") && w.contains("=") ? w.substring(0, w.indexOf('=')) : w;
                return io.devplan.domain.DidYouMean.said(CliText.UNKNOWN_OPTION, CliText.UNKNOWN_OPTION_DID_YOU_MEAN, name,
                        spec.optionsMap().keySet(), "word", name);
            }
        }
        return Said.of(CliText.UNEXPECTED_ARGUMENT, "word", word);
    }

    private static boolean option(String word) {
        return word.startsWith("-") && word.length() > 1;
    }

    private static boolean debug(CommandLine cmd) {
        Object root = cmd.getCommandSpec().root().userObject();
        return root instanceof DevplanCommand d && d.debug;
    }
}
