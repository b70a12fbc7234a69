package io.devplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellWordsTest {
    @Test
    void idsStayPlain() {
        assertThat(ShellWords.join(List.of("devplan", "done", "omar.haddad", "design-reviews/retro")))
                .isEqualTo("devplan done omar.haddad design-reviews/retro");
    }

    /** What sh reads back from the quoted words is the words themselves, whatever they hold. */
    @ParameterizedTest
    @ValueSource(strings = {"First dry run", "it's done", "$(rm -rf ~)", "`id`", "a\"b", "semi;colon", "back\\slash",
            "tab\there", "new\nline", "*", "~", "", "'", "100% & more"})
    void shellReadsTheSameWordBack(String word) throws IOException, InterruptedException {
        String line = ShellWords.join(List.of("printf", "%s", word));
        Process p = new ProcessBuilder("sh", "-c", line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEqualTo(word);
    }
}
