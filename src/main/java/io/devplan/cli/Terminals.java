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

    /**
     * Columns to fit text output into: $COLUMNS when set; on a terminal, its width as stty reports
     * it (shells seldom export COLUMNS); else a width that reads well in files and mails.
     */
    static int width() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) {
            return Integer.parseInt(columns);
        }
        if (stdoutIsTerminal()) {
            int tty = sttyColumns();
            if (tty > 0) {
                return tty;
            }
        }
        return DEFAULT_WIDTH;
    }

    private static int sttyColumns() {
        java.io.File tty = new java.io.File("/dev/tty");
        if (!tty.canRead()) {
            return -1;
        }
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            String[] parts = out.split("\\s+");
            return parts.length == 2 && parts[1].matches("\\d{2,4}") ? Integer.parseInt(parts[1]) : -1;
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
