package io.devplan.domain.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import io.devplan.domain.RepoConfig;
import io.devplan.domain.prose.TimeFrame;
import io.devplan.store.IgnoreComments;
import io.devplan.store.PlanReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Goals written for these tests (not taken from any published set), in the four languages, each
 * with the verdict a careful HR reviewer gives and the SMART criteria validate must flag: a goal
 * is alone in a plan, starts 2026-03-01 and develops a competency (so Relevant is met), in a
 * repository whose language is the goal's. {@code bench/smart-agreement} reads the same file.
 */
class OwnGoalsTest {
    static final LocalDate START = LocalDate.of(2026, 3, 1);

    static Stream<Arguments> goals() throws IOException {
        try (InputStream in = OwnGoalsTest.class.getResourceAsStream("/smart/own-goals.tsv")) {
            List<Arguments> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] c = line.split("\t", -1);
                if (!c[0].equals("text") && !line.isBlank()) {
                    rows.add(Arguments.of(c[0], c[1], c[2], c[3], c[4]));
                }
            }
            return rows.stream();
        }
    }

    @Test
    void thereAreAtLeastAHundredGoalsInEveryLanguage() throws IOException {
        List<Arguments> rows = goals().toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(100);
        assertThat(rows.stream().map(a -> (String) a.get()[3]).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("en", "sv", "da", "nl");
        assertThat(rows.stream().filter(a -> a.get()[1].equals("yes"))).hasSizeGreaterThan(40);
        assertThat(rows.stream().filter(a -> a.get()[1].equals("no"))).hasSizeGreaterThan(40);
    }

    @ParameterizedTest(name = "{3}: {0}")
    @MethodSource("goals")
    void flagsWhatAReviewerWouldFlag(String text, String smart, String flags, String lang, String due) {
        RepoConfig config = new RepoConfig(null, null, null, Fixture.CONFIG.priorities(), Fixture.CONFIG.competencies(),
                java.util.Map.of(), RepoConfig.Rules.DEFAULTS, "0600", false, 25, lang);
        Context context = new Context(config, Set.of("alice-andersen"), Fixture.AS_OF);
        String yaml = "employee: {id: alice-andersen, name: Alice Andersen, since: 2025-01-01}\ngoals:\n  - id: g\n    title: \""
                + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n    start: " + START
                + "\n    competencies: [communication]\n";
        Plan plan = PlanReader.read("a.yaml", "plans/alice-andersen.yaml", "alice-andersen", yaml, new ArrayList<>())
                .value();
        List<Finding> findings = Validator.check(new Validator.Input(plan, IgnoreComments.parse(yaml)), context)
                .findings();
        String flagged = findings.stream()
                .filter(f -> f.severity() != Severity.INFO && "SMT".contains(f.criterion().label()))
                .map(Finding::criterion).collect(Collectors.toCollection(TreeSet::new)).stream()
                .map(Criterion::label).collect(Collectors.joining());
        assertThat(flagged).as("criteria flagged on '%s'; findings: %s", text,
                findings.stream().map(f -> f.rule() + ": " + f.message()).toList()).isEqualTo(flags);
        assertThat(flagged.isEmpty()).as("the verdict on '%s'", text).isEqualTo(smart.equals("yes"));
        Goal goal = plan.goals().get(0);
        TimeFrame deadline = context.words(goal).deadline();
        assertThat(deadline == null ? null : deadline.date()).as("the deadline '%s' means", text)
                .isEqualTo(due.isEmpty() ? null : LocalDate.parse(due));
    }
}
