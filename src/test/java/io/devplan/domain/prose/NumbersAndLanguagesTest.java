package io.devplan.domain.prose;

import io.devplan.domain.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;

/** The pieces under the grammar: numbers as each language writes them, telling a title's language, the calendar. */
class NumbersAndLanguagesTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            en | 15,100           | 15100
            en | 4.8              | 4.8
            en | 1,234.5          | 1234.5
            en | 1.500            | 1.5
            en | 1,000,000        | 1000000
            da | 15.100           | 15100
            da | 8,9              | 8.9
            da | 1.234,5          | 1234.5
            nl | 1.500            | 1500
            sv | 1 000            | 1000
            sv | 1,5              | 1.5
            en | four             | 4
            en | twenty-one       | 21
            en | a dozen          | 12
            sv | tjugofem         | 25
            sv | sex              | 6
            da | femogtyve        | 25
            da | halvtreds        | 50
            da | to               | 2
            nl | tweeëntwintig    | 22
            nl | vijfentwintig    | 25
            nl | één              | 1
            en | 1234567890123456 | -
            en | 12,,3            | -
            en | 12.              | -
            en | seven-ish        | -
            """)
    void numbersReadTheWayTheLanguageWritesThem(String lang, String text, String value) {
        BigDecimal n = Numbers.parse(text, Languages.words(Language.of(lang)));
        assertThat(n == null ? null : n.stripTrailingZeros().toPlainString()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Meer omzet dit jaar                             | en | nl
            Vi ska öka försäljningen med 5 %                | en | sv
            Vi skal øge salget med 5 %                      | en | da
            Improve IT skills                               | da | en
            Jeg vil være den bedste sælger i verden         | sv | da
            Jag vill bli den bästa säljaren                 | da | sv
            Per 30. april vil vi nå 200 følgere             | en | da
            Kubernetes                                      | da | da
            AWS                                             | nl | nl
            Get promoted                                    | sv | en
            """)
    void theTitlesWordsTellItsLanguageElseTheRepositorys(String title, String repository, String expected) {
        Language l = GoalWords.guess(GoalWords.normalize(title), Language.of(repository), new ArrayList<>());
        assertThat(l.code()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Easter {0}")
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25"})
    void easter(int year, LocalDate sunday) {
        assertThat(Dates.easter(year)).isEqualTo(sunday);
    }

    @ParameterizedTest(name = "week {1} of {0}")
    @CsvSource(nullValues = "-", textBlock = """
            2026, 1,  2025-12-29
            2026, 40, 2026-09-28
            2026, 53, 2026-12-28
            2027, 53, -
            """)
    void isoWeeksStartOnMonday(int year, int week, LocalDate monday) {
        assertThat(Dates.isoWeek(year, week)).isEqualTo(monday);
    }
}
