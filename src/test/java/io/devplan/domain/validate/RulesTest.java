package io.devplan.domain.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule's own bad example triggers it and its good example does not: the man page cannot lie. */
class RulesTest {
    static Stream<Rule> rules() {
        return Rules.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void badExampleTriggersTheRule(Rule rule) {
        assertThat(Fixture.findings(rule.example().bad(), rule.name()))
                .as(rule.name() + " on\n" + rule.example().bad()).isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(rule.severity());
                    assertThat(f.criterion()).isEqualTo(rule.criterion());
                    assertThat(f.line()).isPositive();
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void goodExampleDoesNot(Rule rule) {
        assertThat(Fixture.findings(rule.example().good(), rule.name()))
                .as(rule.name() + " on\n" + rule.example().good()).isEmpty();
    }

    @Test
    void namesAreUniqueKebabCaseAndClassesAreNamedAfterThem() {
        assertThat(new HashSet<>(Rules.names())).hasSameSizeAs(Rules.ALL);
        for (Rule r : Rules.ALL) {
            assertThat(r.name()).matches("[a-z]+(-[a-z]+)*");
            StringBuilder pascal = new StringBuilder();
            for (String part : r.name().split("-")) {
                pascal.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
            assertThat(r.getClass().getSimpleName()).isEqualTo(pascal + "Rule");
            assertThat(r.summary().english()).endsWith(".");
            assertThat(r.description().length()).as(r.name()).isGreaterThan(80);
        }
    }

    @Test
    void anIgnoreCommentOnTheGoalLineSwitchesTheRuleOffForThatGoalOnly() {
        String plan = """
                goals:
                  - id: estimates   # devplan: ignore specific-title, goal-has-due-date -- agreed in March
                    title: Get better at estimates
                  - id: talks
                    title: Get better at talks
                """;
        assertThat(Fixture.findings(plan, "specific-title")).extracting(Finding::goal).containsExactly("talks");
        assertThat(Fixture.findings(plan, "goal-has-due-date")).extracting(Finding::goal).containsExactly("talks");
        assertThat(Fixture.findings(plan, "goal-has-measure")).extracting(Finding::goal)
                .containsExactly("estimates", "talks");
    }

    @Test
    void anIgnoreCommentOnTheTitleLineWorksToo() {
        String plan = """
                goals:
                  - id: estimates
                    title: Get better at estimates   # devplan: ignore specific-title
                """;
        assertThat(Fixture.findings(plan, "specific-title")).isEmpty();
    }

    @Test
    void unknownNamesInIgnoreCommentsAreReportedWithASuggestion() {
        List<Finding> f = Fixture.findings("""
                goals:
                  - id: estimates   # devplan: ignore specific-titel
                    title: Get better at estimates
                """, "unknown-rule");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(3);
            assertThat(x.column()).isEqualTo(39);
            assertThat(x.message()).isEqualTo("the ignore comment names 'specific-titel', which is no rule; "
                    + "did you mean 'specific-title'?; 'devplan validate --list-rules' lists them");
        });
    }

    @Test
    void rulesDisableSwitchesARuleOffAndReportsUnknownNames() {
        var config = new io.devplan.domain.RepoConfig(null, null, null, List.of(), List.of(), java.util.Map.of(),
                new io.devplan.domain.RepoConfig.Rules(5, List.of("specific-title", "schema", "nope")), "0600", false, 25);
        var plan = io.devplan.store.PlanReader.read("a.yaml", "plans/a.yaml", "a", """
                employee: {id: a, name: A}
                goals:
                  - {id: g, title: Communicate better}
                """, new java.util.ArrayList<>()).value();
        var result = Validator.run(List.of(new Validator.Input(plan, Suppressions.NONE)), List.of(),
                new Context(config, java.util.Set.of("a"), Fixture.AS_OF), "devplan.yaml");
        assertThat(result.findings()).extracting(Finding::rule).doesNotContain("specific-title");
        assertThat(result.findings()).filteredOn(f -> f.rule().equals("unknown-rule")).extracting(Finding::message)
                .containsExactly(
                        "rules.disable in devplan.yaml names 'schema', which cannot be switched off: a plan that does "
                                + "not read cannot be checked",
                        "rules.disable in devplan.yaml names 'nope', which is no rule; 'devplan validate --list-rules' "
                                + "lists them");
    }

    @Test
    void closedGoalsAreNotJudgedButTheirReferencesAreChecked() {
        String plan = """
                goals:
                  - {id: old, title: Improve, status: done, aligns: [nowhere]}
                """;
        assertThat(Fixture.findings(plan)).extracting(Finding::rule).containsExactly("unknown-priority");
    }

    @Test
    void findingsPointAtTheMostPreciseValue() {
        List<Finding> f = Fixture.findings("""
                goals:
                  - id: g
                    title: Reduce on-call pages
                    baseline: 3
                    target: 3
                    unit: pages
                    aligns: [reliability, speed]
                """);
        assertThat(f).filteredOn(x -> x.rule().equals("target-differs-from-baseline"))
                .extracting(Finding::line, Finding::column).containsExactly(org.assertj.core.groups.Tuple.tuple(6, 13));
        assertThat(f).filteredOn(x -> x.rule().equals("unknown-priority"))
                .extracting(Finding::line, Finding::column).containsExactly(org.assertj.core.groups.Tuple.tuple(8, 27));
    }
}
