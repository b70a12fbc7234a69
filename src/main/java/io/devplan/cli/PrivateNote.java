package io.devplan.cli;

import io.devplan.domain.Bounds;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A private note given as {@code -}: read from standard input, or on a terminal asked for without
 * echo, so it never appears in {@code ps}, in the shell's history or on a shared screen.
 */
final class PrivateNote {
    static final String FROM_INPUT = "-";

    private PrivateNote() {}

    /** {@code option} itself, or for "-" the note read from standard input; null stays null. */
    static String read(String option) {
        if (!FROM_INPUT.equals(option)) {
            return option;
        }
        String text;
        Console console = System.console();
        if (console != null && System.getenv("DEVPLAN_NO_INPUT") == null) {
            char[] typed = console.readPassword("Private note (not shown): ");
            text = typed == null ? "" : new String(typed);
        } else {
            try {
                text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException(io.devplan.domain.Said.of(CliText.PRIVATE_STDIN_UNREADABLE, "reason",
                        String.valueOf(e.getMessage())));
            }
        }
        text = text.replaceAll("[\\r\\n]+$", "");
        if (text.isBlank()) {
            throw new UsageException(io.devplan.domain.Said.of(CliText.PRIVATE_STDIN_EMPTY));
        }
        int at = Bounds.controlCharacterIndex(text);
        if (at >= 0) {
            throw new UsageException(Bounds.typedText(io.devplan.domain.Said.of(io.devplan.domain.RefusalText.THE_PRIVATE_NOTE),
                    text, at));
        }
        return text;
    }
}
