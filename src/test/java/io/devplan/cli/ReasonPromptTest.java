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
            return ReasonPrompt.ask(t, "Why is talk paused? ", "say why the goal is paused", io.devplan.render.Words.english());
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

    private int choose(String keys) throws IOException {
        try (Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                screen, StandardCharsets.UTF_8)) {
            return ReasonPrompt.choose(t, "Not yet celebrated:", java.util.List.of("2026-11-06  First dry run",
                    "2026-11-12  Calm incident lead\u001b[2J"), "Which one? ", io.devplan.render.Words.english());
        }
    }

    @Test
    void celebrateAsksWhichAchievementByItsNumberAndShowsTitlesAsText() throws IOException {
        assertThat(choose("2\n")).isEqualTo(1);
        assertThat(screen.toString(StandardCharsets.UTF_8)).contains("  1. 2026-11-06  First dry run")
                .contains("  2. 2026-11-12  Calm incident lead").doesNotContain("\u001b[2J");
        assertThatThrownBy(() -> choose("3\n")).isInstanceOf(UsageException.class)
                .hasMessage("'3' is not one of 1 to 2");
        assertThatThrownBy(() -> choose("")).isInstanceOf(WriteRefusedException.class);
    }
}
