package io.devplan.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** What the process knows about its terminal, cheaply, without starting a terminal library. */
final class Terminals {
    private Terminals() {}

    static final int DEFAULT_WIDTH = 100;

    /** Whether standard output goes to a terminal (JDK 22+ returns a Console even when it does not). */
    static boolean stdoutIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /**
     * Whether devplan may ask questions: standard input and output are a terminal (a JDK before 22
     * has a Console only then), and DEVPLAN_NO_INPUT is not set.
     */
    static boolean interactive() {
        return System.getenv("DEVPLAN_NO_INPUT") == null && System.console() != null && stdoutIsTerminal();
    }

    /** Columns to fit text output into: $COLUMNS when set, else a width that reads well. */
    static int width() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) {
            return Integer.parseInt(columns);
        }
        return DEFAULT_WIDTH;
    }
}
