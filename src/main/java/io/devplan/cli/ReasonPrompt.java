package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.render.Msg;
import io.devplan.render.Words;

import io.devplan.store.WriteRefusedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The reason a command keeps in the plan (status, reschedule), asked on a terminal when --reason
 * is not given; off a terminal the option is needed, so cron and scripts never wait for input.
 */
final class ReasonPrompt {
    private ReasonPrompt() {}

    /** The reason from {@code option}, else asked on the terminal, else a usage error naming the option. */
    static String reason(String option, Said question, Said why, Words words) {
        if (option != null) {
            if (option.isBlank()) {
                throw new UsageException(Said.of(Msg.REASON_EMPTY, "why", why));
            }
            return option;
        }
        if (!Terminals.interactive()) {
            throw new UsageException(Said.of(Msg.REASON_NEEDED, "why", why));
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            return ask(terminal, words.text(question) + " ", words.text(why), words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asks {@code question} until the answer is not empty; Ctrl-C or Ctrl-D cancels and nothing is written. */
    static String ask(Terminal terminal, String question, String why, Words words) {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true).build();
        try {
            for (int tries = 0; tries < 3; tries++) {
                String answer = reader.readLine(question).strip();
                if (!answer.isEmpty()) {
                    return answer;
                }
                terminal.writer().println(words.text(Msg.REASON_KEPT, "why", why));
                terminal.writer().flush();
            }
            throw new WriteRefusedException(Said.of(Msg.REASON_NONE_GIVEN));
        } catch (UserInterruptException | EndOfFileException e) {
            terminal.writer().println();
            terminal.writer().flush();
            throw new WriteRefusedException(Said.of(Msg.CANCELLED));
        }
    }

    /**
     * Asks which of {@code choices} (shown numbered) is meant; returns its index, or -1 when the
     * answer is not a number of the list, so the caller can read it as words.
     */
    static int choose(Terminal terminal, String heading, java.util.List<String> choices, String question, Words words) {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true).build();
        terminal.writer().println(heading);
        for (int i = 0; i < choices.size(); i++) {
            terminal.writer().println("  " + (i + 1) + ". " + io.devplan.render.doc.SafeText.oneLine(choices.get(i)));
        }
        terminal.writer().flush();
        try {
            String answer = reader.readLine(question).strip();
            if (answer.matches("[0-9]{1,3}")) {
                int n = Integer.parseInt(answer);
                if (n >= 1 && n <= choices.size()) {
                    return n - 1;
                }
            }
            throw new UsageException(Said.of(Msg.NOT_IN_LIST, "answer", answer, "count", choices.size()));
        } catch (UserInterruptException | EndOfFileException e) {
            terminal.writer().println();
            terminal.writer().flush();
            throw new WriteRefusedException(Said.of(Msg.CANCELLED));
        }
    }
}
