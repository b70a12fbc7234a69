package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.JsonTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the follow-up commands rely on when reading: currency codes counted in upper case and
 * checked against ISO 4217 (validate currency-code), an item moved again and again (validate
 * moved-often), and devplan list over the example repository.
 */
class LoopChecksTest {
    @TempDir
    Path repo;

    private static final String PLAN = """
            employee: {id: kim, name: Kim Kay}
            goals:
              - id: talk
                title: Give a 10-minute talk at the engineering all-hands
                due: 2027-03-15
                rescheduled:
                  - {date: 2026-09-01, from: 2026-10-15, reason: No slot}
                  - {date: 2026-10-10, from: 2026-12-15, reason: Slot cancelled}
                  - {date: 2026-11-01, from: 2027-01-31, reason: Holidays}
                milestones:
                  - id: outline
                    title: Outline
                    due: 2026-12-01
                    rescheduled:
                      - {date: 2026-09-01, from: 2026-10-01}
                      - {date: 2026-10-01, from: 2026-11-01}
                  - id: done-one
                    title: Done after moving
                    due: 2026-11-01
                    done: 2026-11-01
                    rescheduled:
                      - {date: 2026-08-01, from: 2026-08-15}
                      - {date: 2026-08-16, from: 2026-09-15}
                      - {date: 2026-09-16, from: 2026-10-15}
                support:
                  - {id: a, title: Course, cost: 100, currency: eur}
                  - {id: b, title: Book, cost: 50, currency: EUR}
                  - {id: c, title: Coach, cost: 10, currency: euro}
            """;

    @Test
    void validateNamesLowerCaseAndUnknownCurrenciesAndItemsMovedAgainAndAgain() throws IOException {
        write(PLAN);
        CliRunner.Result r = CliRunner.run("--dir", repo.toString(), "validate", "--format", "json");
        List<Object> findings = JsonTree.array(JsonTree.parse(r.out()));
        List<String> currency = messages(findings, "currency-code");
        assertThat(currency).containsExactly(
                "support 'talk/a' writes currency 'eur'; write it in upper case: EUR",
                "support 'talk/c' has currency 'euro', which is no ISO 4217 code such as EUR, DKK or SEK; did you mean 'EUR'?");
        // The goal moved three times is flagged; the milestone moved twice and the done one are not.
        assertThat(messages(findings, "moved-often")).containsExactly("goal 'talk' has been moved 3 times; rather than "
                + "move it again, talk about its scope or support, or set it at-risk or paused");
        assertThat(findings).map(f -> JsonTree.object(f).get("severity")).containsOnly("warning");
    }

    @Test
    void supportTotalsNeverSplitACurrencyByItsCase() throws IOException {
        write(PLAN);
        CliRunner.Result r = CliRunner.run("--dir", repo.toString(), "report", "--format", "json");
        Map<String, Object> report = JsonTree.object(JsonTree.parse(r.out()));
        List<Object> totals = JsonTree.array(JsonTree.object(report.get("totals")).get("supportTotals"));
        assertThat(totals).map(t -> JsonTree.object(t).get("currency")).containsExactly("EUR", "EURO");
        assertThat(JsonTree.object(totals.get(0)).get("items")).isEqualTo(2L);
    }

    @Test
    void listShowsOneLinePerPersonWithTeamManagerGoalsAndCheckIns() {
        CliRunner.Result r = CliRunner.run("--dir", "examples/acme", "list", "--team", "platform");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("Name").contains("Id", "Team", "Manager",
                "Goals", "Last", "Next");
        assertThat(r.out()).contains("alice-andersen").doesNotContain("chloe-martin");
        CliRunner.Result ls = CliRunner.run("--dir", "examples/acme", "ls", "--team", "platform");
        assertThat(ls.out()).isEqualTo(r.out());
    }

    @Test
    void listAsJsonAgreesWithShow() {
        CliRunner.Result r = CliRunner.run("--dir", "examples/acme", "list", "--manager", "bob-berg", "--format",
                "json", "--as-of", "2026-11-22");
        List<Object> people = JsonTree.array(JsonTree.parse(r.out()));
        assertThat(people).isNotEmpty();
        for (Object o : people) {
            Map<String, Object> p = JsonTree.object(o);
            assertThat(p.get("manager")).isEqualTo("bob-berg");
            assertThat(p).containsKeys("employee", "name", "team", "activeGoals", "lastCheckIn", "nextCheckIn",
                    "checkInOverdue", "file");
            Map<String, Object> show = JsonTree.object(JsonTree.parse(CliRunner.run("--dir", "examples/acme", "show",
                    (String) p.get("employee"), "--format", "json", "--as-of", "2026-11-22").out()));
            assertThat(show.toString()).contains(String.valueOf(p.get("nextCheckIn")));
        }
    }

    @Test
    void listRefusesAnUnknownTeamWithAHint() {
        CliRunner.Result r = CliRunner.run("--dir", "examples/acme", "list", "--team", "paymnts");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("devplan: no plan has team 'paymnts'; did you mean 'payments'?");
    }

    @Test
    void showSaysWhyAGoalHasItsStatus() throws IOException {
        write(PLAN);
        CliRunner.Result set = CliRunner.run("--dir", repo.toString(), "status", "kim", "talk", "paused", "--reason",
                "Parental leave until May");
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(CliRunner.run("--dir", repo.toString(), "show", "kim").out())
                .contains("paused: Parental leave until May");
        Map<String, Object> show = JsonTree.object(JsonTree.parse(
                CliRunner.run("--dir", repo.toString(), "show", "kim", "--format", "json").out()));
        Map<String, Object> goal = JsonTree.object(JsonTree.array(show.get("goals")).get(0));
        assertThat(goal).containsEntry("status", "paused").containsEntry("statusReason", "Parental leave until May");
    }

    private static List<String> messages(List<Object> findings, String rule) {
        return findings.stream().map(JsonTree::object).filter(f -> rule.equals(f.get("rule")))
                .map(f -> (String) f.get("message")).toList();
    }

    private void write(String plan) throws IOException {
        Files.writeString(repo.resolve("devplan.yaml"), "");
        Files.createDirectories(repo.resolve("plans"));
        Files.writeString(repo.resolve("plans/kim.yaml"), plan);
    }
}
