package io.devplan.domain.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.domain.prose.TimeFrame;
import io.devplan.domain.prose.GoalWords;
import java.time.LocalDate;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Goal titles as people write them, alone in a goal (start 2026-03-01, linked to a competency so
 * Relevant is met): the SMART criteria their warnings and errors name, and the due date their
 * words imply. Good goals must pass; vague ones must be flagged.
 */
class GoalTitlesTest {
    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # title                                                                                  | fails | due
            Communicate better                                                                       | SMT   |
            Get better at estimates                                                                  | SMT   |
            Reduce on-call pages from 30 to 10 a month by 31 March                                   |       | 2026-03-31
            Cut review turnaround from 3 days to 1 by 30 June                                        |       | 2026-06-30
            Improve SQL skills                                                                       | SMT   |
            Learn Kubernetes                                                                         | SMT   |
            Be more proactive                                                                        | SMT   |
            Work towards staff engineer                                                              | SMT   |
            Work on my presentation skills                                                           | SMT   |
            Learn more about the billing system                                                      | SMT   |
            Improve test coverage from 40% to 80% by end of Q3                                       |       | 2026-09-30
            Hire two platform engineers by 31 December                                               |       | 2026-12-31
            Raise payments availability from 99.5% to 99.95% by year end                             |       | 2026-12-31
            Ship the merchant onboarding checklist in Q3                                             |       | 2026-09-30
            Give a 10-minute talk at the engineering all-hands                                       | T     |
            Hold a design review before every payments change                                        | T     |
            Publish the on-call handbook within six months                                           |       | 2026-09-01
            Mentor two junior engineers through their first on-call week by March                    |       | 2026-03-31
            Keep regretted attrition below 5% over the next twelve months                            |       | 2027-03-01
            Be a better listener                                                                     | SMT   |
            Enhance code quality                                                                     | SMT   |
            Focus on customer needs                                                                  | SMT   |
            Reduce build time to under 10 minutes by 1 September                                     |       | 2026-09-01
            Write 12 blog posts in 2026                                                              |       | 2026-12-31
            Improve                                                                                  | SMT   |
            Kubernetes                                                                               | SMT   |
            Migrate CI to self-hosted runners by 2026-10-31                                          |       | 2026-10-31
            Become more confident                                                                    | SMT   |
            Ship the new invoice export by June 30th                                                 |       | 2026-06-30
            Minska antalet on-call-larm från 30 till 10 per månad senast 31 oktober                  |       | 2026-10-31
            Bli bättre på att estimera                                                               | SMT   |
            Förbättra kommunikationen med produktteamet                                              | SMT   |
            Skriv runbooks för de tio vanligaste incidenttyperna inom sex månader                    |       | 2026-09-01
            Halvera svarstiden från 4 timmar till 2 timmar senast 30 juni                            |       | 2026-06-30
            Lära mig mer om Kafka                                                                    | SMT   |
            Skær ventetiden på kodegennemgang fra 3 dage til 1 inden 30. juni                        |       | 2026-06-30
            Bliv bedre til at uddelegere                                                             | SMT   |
            Forbedre samarbejdet med økonomi                                                         | SMT   |
            Send en skriftlig roadmap-opdatering til Økonomi hver måned i 2026                       |       | 2026-12-31
            Tag AWS-certificeringen inden for seks måneder                                           |       | 2026-09-01
            Være mere synlig i teamet                                                                | SMT   |
            Doorlooptijd van de nachtelijke pipeline terugbrengen van 6 uur naar 2 uur uiterlijk 31 januari |  | 2027-01-31
            Beter worden in plannen                                                                  | SMT   |
            Communicatie met stakeholders verbeteren                                                 | SMT   |
            Percentage zendingen met volledige adresgegevens van 91% naar 98% vóór 1 april 2027      |       | 2027-04-01
            dbt-tests voor alle kerntabellen binnen zes maanden                                      |       | 2026-09-01
            Werken aan mijn presentatievaardigheden                                                  | SMT   |
            Migratie naar Airflow 3                                                                  | MT    |
            Eind dit jaar twee nieuwe collega's ingewerkt                                            |       | 2026-12-31
            """)
    void criteriaAndImpliedDueDate(String title, String fails, String due) {
        String plan = "goals:\n  - id: g\n    title: \"" + title.replace("\"", "\\\"") + "\"\n"
                + "    start: " + START + "\n    competencies: [communication]\n";
        String failed = Fixture.findings(plan).stream()
                .filter(f -> f.severity() != Severity.INFO)
                .map(Finding::criterion)
                .collect(Collectors.toCollection(TreeSet::new)).stream()
                .map(Criterion::label).collect(Collectors.joining());
        assertThat(failed).as("criteria failed by '" + title + "'").isEqualTo(fails == null ? "" : fails);
        TimeFrame deadline = GoalWords.read(title, START).deadline();
        assertThat(deadline == null ? null : deadline.date()).isEqualTo(due == null ? null : LocalDate.parse(due));
    }
}
