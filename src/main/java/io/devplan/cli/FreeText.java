package io.devplan.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Refuses control characters in option values before a command runs. Text from options ends up
 * in plans, which may hold line breaks and tabs but no other control characters (the reader
 * refuses them), and on terminals, where an escape sequence rewrites what people see. Refused
 * here, with the option's name, it is a usage error instead of an invalid plan or a crash.
 */
final class FreeText {
    private FreeText() {}

    /** Runs the command {@code parseResult} names, once its options hold no control characters. */
    static int execute(ParseResult parseResult) {
        check(parseResult);
        return new CommandLine.RunLast().execute(parseResult);
    }

    static void check(ParseResult parseResult) {
        for (ParseResult pr = parseResult; pr != null; pr = pr.hasSubcommand() ? pr.subcommand() : null) {
            if (pr.commandSpec().usageMessage().hidden()) {
                continue; // __complete gets what the shell has typed so far, whatever it is
            }
            for (OptionSpec option : pr.matchedOptions()) {
                if (Path.class.isAssignableFrom(option.type())) {
                    continue; // a file name is the file system's business
                }
                for (String value : option.stringValues()) {
                    String problem = problem(option.longestName(), value);
                    if (problem != null) {
                        throw new ExecutionException(pr.commandSpec().commandLine(), problem,
                                new UsageException(problem));
                    }
                }
            }
        }
    }

    /** What is wrong with {@code value} of {@code what} (an option), or null when it holds no control character. */
    static String problem(String what, String value) {
        int at = firstControl(value);
        return at < 0 ? null : String.format("%s has a control character (U+%04X) at character %d; plan text may hold "
                + "line breaks and tabs but no other control characters: remove it (often a pasted escape "
                + "sequence) and run the command again", what, (int) value.charAt(at), at + 1);
    }

    /** The index of the first control character other than line feed and tab, or -1. */
    private static int firstControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\n' && c != '\t' && Character.getType(c) == Character.CONTROL) {
                return i;
            }
        }
        return -1;
    }
}
