package io.devplan.domain.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** done-before-start: a step done months or years before its goal began is a finding; a head start is not. */
class DoneBeforeStartTest {
    @ParameterizedTest(name = "{0} {1} done {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            start: 2026-03-15 | -                     | 2020-01-01 | milestone 'g/m' is marked done on 2020-01-01, 6 years before its goal started (2026-03-15); check the year, or move the goal's start back if the work was really done then
            start: 2026-03-15 | -                     | 2025-10-01 | milestone 'g/m' is marked done on 2025-10-01, 5 months before its goal started (2026-03-15); check the year, or move the goal's start back if the work was really done then
            start: 2026-03-15 | -                     | 2025-12-15 | -
            start: 2026-03-15 | -                     | 2026-04-01 | -
            -                 | since: 2026-01-10     | 2025-01-10 | milestone 'g/m' is marked done on 2025-01-10, 1 year before the plan began (since: 2026-01-10); check the year, or move the goal's start back if the work was really done then
            -                 | -                     | 2020-01-01 | -
            """)
    void aStepDoneLongBeforeItsGoalStartedIsAFinding(String start, String since, String done, String message) {
        String plan = "employee: {id: alice-andersen, name: Alice Andersen" + (since == null ? "" : ", " + since) + "}\n"
                + "goals:\n  - id: g\n    title: Hold a design review before every payments change\n"
                + (start == null ? "" : "    " + start + "\n")
                + "    status: done\n    milestones:\n      - {id: m, title: Draft, due: 2026-04-15, done: " + done + "}\n";
        var found = Fixture.findings(plan, "done-before-start");
        if (message == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.message()).isEqualTo(message);
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.criterion()).isEqualTo(Criterion.T);
                assertThat(f.line()).as("the line of the milestone").isEqualTo(start == null ? 7 : 8);
            });
        }
    }

    @ParameterizedTest(name = "action done {0}")
    @CsvSource({"2019-06-30, 1", "2026-03-10, 0"})
    void actionsToo(String done, int findings) {
        String plan = """
                goals:
                  - id: g
                    title: Hold a design review before every payments change
                    start: 2026-03-15
                    actions:
                      - {id: book, title: Book a room, done: %s}
                """.formatted(done);
        assertThat(Fixture.findings(plan, "done-before-start")).hasSize(findings);
    }
}
