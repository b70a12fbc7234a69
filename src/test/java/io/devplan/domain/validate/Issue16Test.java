package io.devplan.domain.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import io.devplan.domain.RepoConfig;
import io.devplan.domain.prose.GoalWords;
import io.devplan.store.IgnoreComments;
import io.devplan.store.PlanReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16, "SMART judgement a manager would trust": every phrase the issue names, in a goal of
 * its own, read and judged as validate does (start 2026-03-01, a competency, the repository in
 * the goal's language).
 */
class Issue16Test {
    private static List<Finding> judge(String lang, String title, Plan[] plan, Context[] context) {
        RepoConfig config = new RepoConfig(null, null, null, List.of(), Fixture.CONFIG.competencies(), Map.of(),
                RepoConfig.Rules.DEFAULTS, "0600", false, 25, lang);
        context[0] = new Context(config, Set.of("alice-andersen"), Fixture.AS_OF);
        String yaml = "employee: {id: alice-andersen, name: Alice Andersen, since: 2025-01-01}\ngoals:\n  - id: g\n    title: \""
                + title.replace("\"", "\\\"") + "\"\n    start: 2026-03-01\n    competencies: [communication]\n";
        plan[0] = PlanReader.read("a.yaml", "plans/alice-andersen.yaml", "alice-andersen", yaml, new ArrayList<>())
                .value();
        return Validator.check(new Validator.Input(plan[0], IgnoreComments.parse(yaml)), context[0]).findings();
    }

    private static String flagged(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() != Severity.INFO && "SMT".contains(f.criterion().label()))
                .map(Finding::criterion).collect(Collectors.toCollection(TreeSet::new)).stream()
                .map(Criterion::label).collect(Collectors.joining());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Publish the onboarding guide this year                     | this year
            en | Save $12,000 by December 31st                              | by December 31st
            en | Close 30 tickets by quarter end                            | by quarter end
            en | Clear 20 backlog items by the end of this month            | by the end of this month
            en | Win 3 new clients in the coming quarter                    | in the coming quarter
            en | Hire 2 engineers within the next nine months               | within the next nine months
            en | Gain four new clients within a three month period          | within a three month period
            en | Deliver three talks over the next 3 months                 | over the next 3 months
            en | Submit 2 grant applications by 3/15/2025                   | by 3/15/2025
            en | Launch the portal on 11/4/2025                             | on 11/4/2025
            en | Reach 95% attendance for the 2025-2026 school year         | for the 2025-2026 school year
            en | Hold a parent evening every term                           | every term
            en | Publish two papers in each of the next two years           | in each of the next two years
            en | Publish the guide by the start of Q4                       | by the start of Q4
            en | Publish the guide by 8/1/2014                              | by 8/1/2014
            en | Send the newsletter every first Friday                     | every first Friday
            en | Check the alerts daily                                     | daily
            en | The first Friday of every month, publish the new material  | The first Friday of every month
            en | Hold a one-on-one every second Tuesday                     | every second Tuesday
            en | Add letters to the patients' files within 14 days of receipt | within 14 days of
            en | Meet the mentor twice a month                              | twice a month
            nl | In het tweede kwartaal 3 klanten winnen                    | In het tweede kwartaal
            nl | Vóór 1 maart de offertes versturen                         | Vóór 1 maart
            nl | Uiterlijk 30 juni 2026 het plan opleveren                  | Uiterlijk 30 juni 2026
            nl | Het komende jaar de handleiding publiceren                 | Het komende jaar
            sv | Öka produktionen med 5 % under första kvartalet            | under första kvartalet
            sv | Öka kännedomen med 10 % under de kommande sex månaderna    | under de kommande sex månaderna
            sv | Anställa två säljare senast den 30 juni                    | senast den 30 juni
            da | Lancere webshoppen inden udgangen af 2026                  | inden udgangen af 2026
            da | Per 30. april nå 200 følgere                               | Per 30. april
            da | Flytte lageret inden vi går ind i 2019                     | inden vi går ind i 2019
            """)
    void datesPeriodsAndRhythmsInWordsMakeAGoalTimeBound(String lang, String title, String phrase) {
        Plan[] plan = new Plan[1];
        Context[] context = new Context[1];
        List<Finding> findings = judge(lang, title, plan, context);
        GoalWords words = context[0].words(plan[0].goals().get(0));
        assertThat(words.times()).as("times read in '%s'", title).anySatisfy(t -> assertThat(t.phrase()).isEqualTo(phrase));
        assertThat(findings).extracting(Finding::rule).doesNotContain("goal-has-due-date");
        assertThat(findings).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Save $12,000 by December 31st                              | $12,000
            sv | Spara 1 000 kr före jul                                    | 1 000 kr
            nl | € 5.000 besparen voor 1 juli                               | € 5.000
            en | Lose 20lbs by March 15th                                   | 20lbs
            en | Grow the team by three before October                      | by three
            en | Gain four new clients by June                              | four new clients
            en | Raise the rating from 8.9 to 9.1 by December               | from 8.9 to 9.1
            en | Answer 10 out of 10 questions correctly by May 17th        | 10 out of 10
            en | Sign at least 40 members this year                         | at least 40 members
            en | Be promoted to district manager this year                  | Be promoted to district manager
            en | Earn a bachelor's degree in nursing by June 2027           | Earn a bachelor's degree
            en | Get the AWS Solutions Architect certification by August    | Get the AWS Solutions Architect certification
            en | Complete the first-aid course by the end of Q2             | Complete the first-aid course
            en | Publish the on-call handbook by 30 June                    | Publish the on-call handbook
            en | Hold a customer day in Q3                                  | Hold a customer day
            """)
    void measuresInWordsMakeAGoalMeasurableAndGetOnlyInfoSuggestions(String lang, String title, String phrase) {
        Plan[] plan = new Plan[1];
        Context[] context = new Context[1];
        List<Finding> findings = judge(lang, title, plan, context);
        Goal goal = plan[0].goals().get(0);
        assertThat(context[0].words(goal).measures()).as("measures read in '%s'", title)
                .anySatisfy(m -> assertThat(m.phrase()).isEqualTo(phrase));
        // A measure and a date in words: only info suggestions for the fields, never a warning or an error.
        assertThat(findings).as("findings on '%s'", title).isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(findings).extracting(Finding::rule).contains("prose-due-date", "prose-measure");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Be a better team player                  | SMT
            en | Get promoted                             | SMT
            en | Spend less on travel                     | SMT
            en | Learn the records management system      | SMT
            nl | Meer omzet dit jaar                      | SM
            nl | Ik wil meer verdienen                    | SMT
            en | Write 12 blog posts                      | T
            sv | Skriva 12 blogginlägg                    | T
            da | Skrive 12 blogindlæg                     | T
            nl | 12 blogs schrijven                       | T
            """)
    void stillFlaggedAsTheSourcesFlagThem(String lang, String title, String criteria) {
        assertThat(flagged(judge(lang, title, new Plan[1], new Context[1]))).isEqualTo(criteria);
    }
}
