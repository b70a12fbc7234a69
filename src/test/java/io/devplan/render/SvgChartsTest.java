package io.devplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.domain.DatedValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgChartsTest {
    private static final Pattern TARGET_Y = Pattern.compile("class=\"target\"[^>]*y1=\"([0-9.]+)\"");

    /** The target line lies inside the plot (12 to 128 px) whichever way the goal points. */
    @ParameterizedTest(name = "baseline {0}, target {1}, values {2} and {3}")
    @CsvSource({
        "30, 10, 20, 18",   // reduce to: the target is the lowest number
        "0, 4, 1, 2",       // increase to
        "3, 1, 1.5, 1.5",   // reduce to, flat history
    })
    void targetLineIsInsideThePlot(String baseline, String target, String first, String second) {
        String svg = new SvgCharts().trend(List.of(
                        new DatedValue(LocalDate.of(2026, 10, 13), new BigDecimal(first)),
                        new DatedValue(LocalDate.of(2026, 10, 27), new BigDecimal(second))),
                new BigDecimal(baseline), new BigDecimal(target), "Trend", "pages");
        Matcher m = TARGET_Y.matcher(svg);
        assertThat(m.find()).as(svg).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isBetween(12.0, 128.0);
    }
}
