package io.devplan.cli;

import static io.devplan.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A plan left with git's conflict markers: every command says so once, and validate names each value. */
class ConflictMarkersTest {
    static final String CONFLICTED = """
            employee: {id: ann, name: Ann, since: 2026-01-01}
            goals:
              - id: reviews
                title: Hold design reviews
                due: 2026-09-30
            <<<<<<< HEAD
                target: 6
            =======
                target: 5
            >>>>>>> hr
                milestones:
                  - id: template
            <<<<<<< HEAD
                    title: Draft a template
            =======
                    title: Draft the template
            >>>>>>> hr
                    due: 2026-04-15
            """;
    static final String MESSAGE = "devplan: plans/ann.yaml:6:1: unresolved merge conflict at line 6; "
            + "resolve it, then run devplan validate\n";

    @TempDir
    Path dir;

    @BeforeEach
    void repository() throws Exception {
        Files.writeString(dir.resolve("devplan.yaml"), "cadence: monthly\n");
        Files.createDirectories(dir.resolve("plans"));
        Files.writeString(dir.resolve("plans/ann.yaml"), CONFLICTED);
        Files.writeString(dir.resolve("plans/bob.yaml"), """
                employee: {id: bob, name: Bob, since: 2026-01-01}
                goals:
                  - {id: talks, title: Give two talks, due: 2026-03-01}
                """);
    }

    static Stream<List<String>> commands() {
        return Stream.of(List.of("show", "ann"), List.of("agenda", "ann"), List.of("overdue"), List.of("report"),
                List.of("report", "ann"), List.of("remind"), List.of("calendar"),
                List.of("checkin", "ann", "--note", "Fine"), List.of("done", "ann", "reviews/template"),
                List.of("achieve", "ann", "--title", "Shipped"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void everyCommandSaysItOnceAndExits3(List<String> command) throws Exception {
        String[] args = Stream.concat(Stream.of("--dir", dir.toString()), command.stream()).toArray(String[]::new);
        var r = run(args);
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.err().split("\n", -1)).filteredOn(l -> l.contains("merge conflict")).hasSize(1);
        assertThat(r.err()).contains(MESSAGE.replace("plans/ann.yaml", dir.resolve("plans/ann.yaml").toString())
                .replace("\n", ""));
        assertThat(Files.readString(dir.resolve("plans/ann.yaml"))).isEqualTo(CONFLICTED);
    }

    @Test
    void readCommandsStillAnswerForTheOtherPlans() {
        var r = run("--dir", dir.toString(), "overdue", "--as-of", "2026-11-22");
        // The unreadable plan is named once, in the notice that the list is not complete.
        assertThat(r.out().lines().filter(l -> !l.startsWith("!") && !l.startsWith(" "))).allMatch(l -> !l.contains("ann"));
        assertThat(r.out()).contains("bob").contains("plans/ann.yaml); what is late there is");
    }

    @Test
    void validatePointsAtEachConflictedValue() {
        var r = run("--dir", dir.toString(), "validate", "--format", "json");
        assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.out()).contains("\"line\": 6", "\"rule\": \"unreadable\"",
                "unresolved merge conflict at line 6 in goals/reviews/target: '6' on HEAD, '5' on hr; keep one, "
                        + "remove the marker lines, then run devplan validate again",
                "\"line\": 13",
                "unresolved merge conflict at line 13 in goals/reviews/milestones/template/title: 'Draft a template' "
                        + "on HEAD, 'Draft the template' on hr; keep one, remove the marker lines, then run devplan "
                        + "validate again");
        assertThat(r.out().split("merge conflict", -1)).hasSize(3);
    }
}
