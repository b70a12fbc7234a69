package io.devplan.domain;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static io.devplan.domain.Plans.checkin;
import static io.devplan.domain.Plans.d;
import static io.devplan.domain.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

class CadenceTest {
    @ParameterizedTest(name = "{1} after {0} is {2}")
    @CsvSource(textBlock = """
            2026-01-31, monthly,    2026-02-28
            2024-01-31, monthly,    2024-02-29
            2026-03-31, monthly,    2026-04-30
            2026-12-15, monthly,    2027-01-15
            2026-11-30, quarterly,  2027-02-28
            2024-02-29, annual,     2025-02-28
            2026-08-31, semiannual, 2027-02-28
            2026-12-28, weekly,     2027-01-04
            2026-02-20, biweekly,   2026-03-06
            2026-01-01, P3W,        2026-01-22
            2026-01-31, P1M15D,     2026-03-15
            2028-02-28, P1D,        2028-02-29
            """)
    void addsCalendarPeriods(String from, String cadence, String expected) {
        assertThat(Cadence.parse(cadence).orElseThrow().after(d(from))).isEqualTo(d(expected));
    }

    @ParameterizedTest
    @CsvSource({"montly", "P0D", "P-1W", "PT1H", "3W", "''"})
    void rejectsWhatIsNotACadence(String text) {
        assertThat(Cadence.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "since {0}, cadence {1}, check-ins {2} -> next {3}")
    @CsvSource(nullValues = "-", textBlock = """
            # since,     plan cadence, check-ins (date>next;...), expected next
            2026-01-31,  -,            -,                          2026-02-28
            2026-01-31,  P3W,          -,                          2026-02-21
            -,           -,            -,                          -
            2026-01-01,  monthly,      2026-03-31>,                2026-04-30
            2026-01-01,  monthly,      2026-03-31>2026-04-10,      2026-04-10
            2026-01-01,  weekly,       2026-03-02>;2026-03-09>,    2026-03-16
            -,           biweekly,     2026-03-02>,                2026-03-16
            2026-01-01,  monthly,      2026-05-01>;2026-04-01>2027-01-01, 2026-06-01
            """)
    void nextCheckIn(String since, String cadence, String checkins, String expected) {
        List<CheckIn> list = checkins == null ? List.of() : java.util.Arrays.stream(checkins.split(";"))
                .map(c -> c.split(">", -1))
                .map(parts -> checkin(parts[0], parts[1]))
                .toList();
        Plan p = plan(since, cadence == null ? null : Cadence.parse(cadence).orElseThrow(), List.of(), list);
        assertThat(NextCheckIn.of(p, Cadence.MONTHLY).orElse(null)).isEqualTo(d(expected));
    }
}
