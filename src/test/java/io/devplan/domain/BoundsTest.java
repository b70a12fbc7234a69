package io.devplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoundsTest {
    @ParameterizedTest
    @CsvSource({"12, 12", "-0.5, -0.5", "+3, 3", "4.50, 4.50", "1200, 1200", "1.2e3, 1.2E+3", ".5, 0.5", "5., 5",
        "0.005, 0.005", "1e100, 1E+100", "1e-100, 1E-100", "100000000000000000000, 100000000000000000000",
        "123456789012345, 123456789012345", "0, 0", "0.0, 0.0", "0e99, 0", "00001, 1"})
    void readsNumbersAsBigDecimalDoesWithinTheBounds(String text, String expected) {
        BigDecimal n = Bounds.number(text);
        assertThat(n).isEqualByComparingTo(new BigDecimal(expected));
        assertThat(n.scale()).isEqualTo(new BigDecimal(text.equals("0e99") ? "0" : text.replace("00001", "1")).scale());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e2147483648", "1e99999999", "1e9999999", "1e101", "1e-101", "1234567890123456",
        "1.000000000000000", "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
        "1e-9999999999999999999999", "0e999"})
    void refusesNumbersBeyondTheBounds(String text) {
        assertThatThrownBy(() -> Bounds.number(text)).isInstanceOf(Bounds.OutOfBounds.class)
                .hasMessage("a number has at most 15 significant digits and an exponent from -100 to 100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ten", "1e", "1.2.3", "e5", "--1", "1_000", "0x10", "1e+", "."})
    void textThatIsNoNumberIsNull(String text) {
        assertThat(Bounds.number(text)).isNull();
    }

    @Test
    void aMillionDigitsCostNothing() {
        String huge = "1" + "0".repeat(1_000_000) + ".5";
        long start = System.nanoTime();
        assertThatThrownBy(() -> Bounds.number(huge)).isInstanceOf(Bounds.OutOfBounds.class);
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Test
    void cadencesAreAtMostTenYears() {
        assertThat(Bounds.withinCadence(Period.ofYears(10))).isTrue();
        assertThat(Bounds.withinCadence(Period.ofDays(3653))).isTrue();
        assertThat(Bounds.withinCadence(Period.ofMonths(120))).isTrue();
        assertThat(Bounds.withinCadence(Period.of(10, 0, 1))).isFalse();
        assertThat(Bounds.withinCadence(Period.ofYears(999_999_999))).isFalse();
        assertThatThrownBy(() -> Cadence.parse("P999999999Y")).isInstanceOf(Bounds.OutOfBounds.class)
                .hasMessage("a cadence is at most 10 years");
        assertThat(Cadence.parse("P10Y")).isPresent();
    }

    @Test
    void textMayHoldNewLinesAndTabsButNoOtherControlCharacters() {
        assertThat(Bounds.controlCharacter("two\nlines\tand a tab")).isEqualTo(-1);
        assertThat(Bounds.controlCharacter("esc \u001b[31m")).isEqualTo(0x1b);
        assertThat(Bounds.controlCharacter("cr\r")).isEqualTo(0x0d);
        assertThat(Bounds.controlCharacter("del\u007f")).isEqualTo(0x7f);
        assertThat(Bounds.controlCharacter("csi\u009b")).isEqualTo(0x9b);
    }

    @Test
    void messagesShowLongValuesShortened() {
        assertThat(Bounds.shown("a\u001bb")).isEqualTo("a?b");
        assertThat(Bounds.shown("x".repeat(100))).isEqualTo("x".repeat(80) + "... (100 characters)");
    }
}
