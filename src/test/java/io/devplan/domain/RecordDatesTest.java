package io.devplan.domain;

import static io.devplan.domain.Plans.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dates and values a write may record, rule by rule, at their edges. Today is 2026-11-22. */
class RecordDatesTest {
    private static final java.time.LocalDate TODAY = d("2026-11-22");

    private static Plan plan(String since, String goalStart) {
        Goal g = new Goal("g", "Goal", GoalStatus.ACTIVE, d(goalStart), null, null, List.of(), null, null, null, null,
                null, null, List.of(), List.of(), List.of(), List.of(Plans.milestone("m", null, null)), List.of(),
                List.of(), Plans.AT);
        return Plans.plan(since, null, List.of(g), List.of());
    }

    @ParameterizedTest(name = "meeting on {0}, since {1}: refused {2}")
    @CsvSource(textBlock = """
            2026-11-22, 2026-03-01, false
            2026-11-23, 2026-03-01, false
            2026-11-24, 2026-03-01, true
            2026-03-01, 2026-03-01, false
            2026-02-28, 2026-03-01, true
            2020-01-01,           , false
            """)
    void meeting(String date, String since, boolean refused) {
        assertThat(RecordDates.meeting(plan(since, null), d(date), TODAY).isPresent()).isEqualTo(refused);
    }

    @ParameterizedTest(name = "meeting {0}, next {1}: refused {2}")
    @CsvSource(textBlock = """
            2026-11-22, 2026-11-23, false
            2026-11-22, 2026-11-22, true
            2026-11-22, 2026-11-21, true
            """)
    void next(String meeting, String next, boolean refused) {
        assertThat(RecordDates.next(d(meeting), d(next)).isPresent()).isEqualTo(refused);
    }

    @ParameterizedTest(name = "done {0}, since {1}, goal start {2}: {3}")
    @CsvSource(textBlock = """
            2026-11-22, 2026-03-01, 2026-04-01, ''
            2026-11-23, 2026-03-01, 2026-04-01, after today
            2026-04-01, 2026-03-01, 2026-04-01, ''
            2026-03-31, 2026-03-01, 2026-04-01, before goal 'g' started (2026-04-01)
            2026-03-01, 2026-03-01,           , ''
            2026-02-28, 2026-03-01,           , before the plan began (since: 2026-03-01)
            2019-05-05,           ,           , ''
            """)
    void done(String date, String since, String start, String why) {
        var refusal = RecordDates.done(plan(since, start), new ItemRef("g", "m"), d(date), TODAY);
        if (why.isEmpty()) {
            assertThat(refusal).isEmpty();
        } else {
            assertThat(refusal).hasValueSatisfying(m -> assertThat(m).contains(why));
        }
    }

    @ParameterizedTest(name = "baseline {0}, target {1}, value {2}: warned {3}")
    @CsvSource(textBlock = """
            0,  10, 10,  false
            0,  10, 20,  false
            0,  10, 20.5, true
            0,  10, -10, false
            0,  10, -11, true
             ,  10, 25,  true
            20, 10, 0,   false
            20, 10, -1,  true
            5,  5,  500, false
            """)
    void farOutside(String baseline, String target, String value, boolean warned) {
        Goal g = Plans.numeric(baseline, target, null, GoalStatus.ACTIVE);
        assertThat(ProgressValue.farOutside(g, new BigDecimal(value)).isPresent()).isEqualTo(warned);
        assertThat(ProgressValue.refusal(g)).isEmpty();
    }

    @ParameterizedTest(name = "no target: refused")
    @CsvSource(textBlock = """
            ,
            3,
            """)
    void noTargetTakesNoValue(String baseline, String target) {
        assertThat(ProgressValue.refusal(Plans.numeric(baseline, target, null, GoalStatus.ACTIVE)))
                .hasValueSatisfying(m -> assertThat(m).startsWith("goal 'g' has no target"));
    }
}
