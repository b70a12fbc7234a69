package io.devplan.cli;

import io.devplan.store.InputException;
import io.devplan.store.Problem;
import io.devplan.store.WriteRefusedException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become messages and exit statuses: one line per problem on
 * stderr, prefixed {@code devplan:}, and a stack trace only with --debug.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof InputException input) {
            printProblems(err, input);
            return ExitCodes.UNREADABLE;
        }
        if (ex instanceof WriteRefusedException refused) {
            err.println("devplan: " + refused.getMessage());
            return ExitCodes.WRITE_REFUSED;
        }
        if (ex instanceof UsageException usage) {
            err.println("devplan: " + usage.getMessage());
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        }
        err.println("devplan: internal error: " + ex + (debug(cmd) ? "" : " (run with --debug for details)"));
        if (debug(cmd)) {
            ex.printStackTrace(err);
        }
        return ExitCodes.INTERNAL;
    }

    static void printProblems(PrintWriter err, InputException input) {
        for (Problem p : input.problems()) {
            err.println("devplan: " + p.format());
        }
        err.flush();
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        // An invalid id's message names what it is: picocli's "Invalid value for ..." adds nothing.
        err.println("devplan: " + (ex.getCause() instanceof EmployeeIdConverter.Invalid id ? id.getMessage() : ex.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static boolean debug(CommandLine cmd) {
        Object root = cmd.getCommandSpec().root().userObject();
        return root instanceof DevplanCommand d && d.debug;
    }
}
