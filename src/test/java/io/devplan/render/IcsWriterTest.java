package io.devplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IcsWriterTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            plain text            | plain text
            a;b,c\\d              | a\\;b\\,c\\\\d
            colon: stays          | colon: stays
            """)
    void escapesText(String in, String out) {
        assertThat(IcsWriter.escape(in)).isEqualTo(out);
    }

    @Test
    void lineBreaksOfEveryKindBecomeBackslashN() {
        assertThat(IcsWriter.escape("one\ntwo\r\nthree\rfour")).isEqualTo("one\\ntwo\\nthree\\nfour");
        assertThat(IcsWriter.escape("bell\u0007")).isEqualTo("bell?");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a", "æ", "€", "😀", "ø€😀a"})
    void foldsAt75OctetsWithoutSplittingCharacters(String unit) {
        String line = "SUMMARY:" + unit.repeat(200);
        String folded = IcsWriter.fold(line);
        String[] parts = folded.split("\r\n", -1);
        assertThat(parts.length).isGreaterThan(1);
        for (int i = 0; i < parts.length; i++) {
            byte[] bytes = parts[i].getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).as("octets of line %d", i).isLessThanOrEqualTo(75);
            // Each piece is valid UTF-8 on its own: decoding and encoding gives the same bytes.
            assertThat(new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
            if (i > 0) {
                assertThat(parts[i]).startsWith(" ");
            }
        }
        StringBuilder unfolded = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            unfolded.append(parts[i].substring(1));
        }
        assertThat(unfolded.toString()).isEqualTo(line);
    }

    @Test
    void shortLinesAreNotFolded() {
        String line = "X:" + "a".repeat(73);
        assertThat(IcsWriter.fold(line)).isEqualTo(line);
        assertThat(IcsWriter.fold(line + "b")).isEqualTo(line + "\r\n b");
    }

    @Test
    void everyLineEndsInCrlf() {
        String ics = new IcsWriter().property("BEGIN", "VCALENDAR").text("X-NOTE", "a\nb").toString();
        assertThat(ics).isEqualTo("BEGIN:VCALENDAR\r\nX-NOTE:a\\nb\r\n");
    }
}
