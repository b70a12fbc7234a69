package io.devplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.domain.FeedbackSource;
import io.devplan.domain.GoalStatus;
import io.devplan.domain.Plan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanReaderTest {
    private static Plan read(String yaml) {
        List<Problem> problems = new ArrayList<>();
        ReadResult<Plan> r = PlanReader.read("a.yaml", "plans/a.yaml", "a", yaml, problems);
        assertThat(r.problems()).extracting(Problem::format).isEmpty();
        return r.value();
    }

    @Test
    void yaml11SurprisesAreReadAsTheTextWritten() {
        Plan p = read("""
                employee:
                  id: a
                  name: no
                  team: on
                  role: 0755
                  level: off
                feedback:
                  - id: f
                    source: 360
                    text: yes
                """);
        assertThat(p.employee().name()).isEqualTo("no");
        assertThat(p.employee().team()).isEqualTo("on");
        assertThat(p.employee().role()).isEqualTo("0755");
        assertThat(p.employee().level()).isEqualTo("off");
        assertThat(p.feedback().get(0).source()).isEqualTo(FeedbackSource.THREE_SIXTY);
        assertThat(p.feedback().get(0).text()).isEqualTo("yes");
    }

    @Test
    void extensionKeysAreAcceptedAtEveryLevelAndIgnored() {
        Plan p = read("""
                x-hr-ref: HR-1
                employee: {id: a, name: A, x-slack: '#team'}
                goals:
                  - id: g
                    title: T
                    x-jira: {epic: PAY-1}
                    milestones:
                      - {id: m, title: M, x-note: later}
                """);
        assertThat(p.goals()).hasSize(1);
        assertThat(p.goals().get(0).milestones()).hasSize(1);
    }

    @Test
    void readsEveryFieldWithItsPosition() {
        Plan p = read("""
                employee:
                  id: a
                  name: Alice
                  since: 2026-01-31
                  cadence: P3W
                goals:
                  - id: pages
                    title: Cut pages from 30 to 10 a month
                    status: at-risk
                    baseline: 30
                    target: 10
                    current: 18.5
                    due: 2026-06-30
                    addresses: [fb]
                    milestones:
                      - id: m1
                        title: Inventory
                        due: 2026-03-01
                        done: 2026-02-27
                checkins:
                  - date: 2026-02-01
                    progress: {pages: 20}
                    notes: |
                      Two lines
                      of notes.
                """);
        var g = p.goals().get(0);
        assertThat(g.status()).isEqualTo(GoalStatus.AT_RISK);
        assertThat(g.current()).isEqualByComparingTo(new BigDecimal("18.5"));
        assertThat(g.addresses()).containsExactly("fb");
        assertThat(g.milestones().get(0).done()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(g.milestones().get(0).pos().line()).isEqualTo(16);
        assertThat(p.checkins().get(0).notes()).isEqualTo("Two lines\nof notes.\n");
        assertThat(p.checkins().get(0).progress()).containsEntry("pages", new BigDecimal("20"));
        assertThat(p.employee().cadence().text()).isEqualTo("P3W");
        assertThat(p.source().at("goals/0/target").line()).isEqualTo(11);
        assertThat(p.source().at("goals/0/target").column()).isEqualTo(13);
    }

    @Test
    void aGoalWithoutStatusIsActive() {
        Plan p = read("""
                employee: {id: a, name: A}
                goals: [{id: g, title: T}]
                """);
        assertThat(p.goals().get(0).status()).isEqualTo(GoalStatus.ACTIVE);
    }
}
