package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devplan.store.WriteRefusedException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** The reason status and reschedule ask for on a terminal, driven through JLine's dumb terminal. */
class ReasonPromptTest {
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    private String ask(String keys) throws IOException {
        try (Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                screen, StandardCharsets.UTF_8)) {
            return ReasonPrompt.ask(t, "Why is talk paused? ", "say why the goal is paused");
        }
    }

    @Test
    void anEmptyAnswerIsAskedAgainAndTheReasonIsTrimmed() throws IOException {
        assertThat(ask("\n  Parental leave until May  \n")).isEqualTo("Parental leave until May");
        assertThat(screen.toString(StandardCharsets.UTF_8)).contains("Why is talk paused? ")
                .contains("The plan keeps the reason: say why the goal is paused.");
    }

    @Test
    void endOfInputCancelsAndNothingIsWritten() {
        assertThatThrownBy(() -> ask("")).isInstanceOf(WriteRefusedException.class)
                .hasMessage("cancelled; nothing was written");
    }

    @Test
    void threeEmptyAnswersGiveUp() {
        assertThatThrownBy(() -> ask("\n\n\n")).isInstanceOf(WriteRefusedException.class)
                .hasMessage("no reason given; nothing was written");
    }
}
