package io.devplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One fixture per kind of error, with its exact message and position, as hledger's error tests do. */
class PlanReaderErrorsTest {
    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("unknown key with a hint", """
                        employee:
                          id: a
                          nmae: Alice
                          name: Alice
                        """, List.of("a.yaml:3:3: unknown key 'nmae' in 'employee'; did you mean 'name'?")),
                Arguments.of("unknown key without a close match", """
                        employee: {id: a, name: A}
                        salary: 100
                        """, List.of("a.yaml:2:1: unknown key 'salary' in a plan")),
                Arguments.of("missing required name", """
                        employee:
                          id: a
                        """, List.of("a.yaml:2:3: 'employee' needs 'name'")),
                Arguments.of("missing employee", """
                        goals:
                        """, List.of("a.yaml:1:1: the plan needs 'employee' with at least 'id' and 'name'")),
                Arguments.of("a control character YAML does not allow, at its place", """
                        employee: {id: a, name: A}
                        goals:
                          - {id: g, title: "Red \u001b[31m text"}
                        """, List.of("a.yaml:3:25: YAML does not allow the control character U+001B; remove it (often a "
                        + "pasted escape sequence)")),
                Arguments.of("impossible date", """
                        employee: {id: a, name: A, since: 2026-02-30}
                        """, List.of("a.yaml:1:35: impossible date 2026-02-30 in 'since': February 2026 has 28 days")),
                Arguments.of("no month 13", """
                        employee: {id: a, name: A, since: 2026-13-01}
                        """, List.of("a.yaml:1:35: impossible date 2026-13-01 in 'since': there is no month 13")),
                Arguments.of("leap day in a common year", """
                        employee: {id: a, name: A, since: 2027-02-29}
                        """, List.of("a.yaml:1:35: impossible date 2027-02-29 in 'since': February 2027 has 28 days")),
                Arguments.of("timestamp instead of date", """
                        employee: {id: a, name: A, since: 2026-03-01T10:00:00}
                        """, List.of("a.yaml:1:35: 'since' must be a date, found '2026-03-01T10:00:00'; a date has no time of day")),
                Arguments.of("wrong type: list for a text", """
                        employee:
                          id: a
                          name: [A, B]
                        """, List.of("a.yaml:3:9: 'name' must be a text, found a list")),
                Arguments.of("wrong type: text for a list", """
                        employee: {id: a, name: A}
                        goals: many
                        """, List.of("a.yaml:2:8: 'goals' must be a list (items starting with '- '), found a text")),
                Arguments.of("number expected", """
                        employee: {id: a, name: A}
                        goals:
                          - id: g
                            title: Cut pages
                            target: ten
                        """, List.of("a.yaml:5:13: 'target' must be a number, found 'ten'")),
                Arguments.of("enum with a hint", """
                        employee: {id: a, name: A}
                        goals:
                          - id: g
                            title: T
                            status: activ
                        """, List.of("a.yaml:5:13: 'status' must be one of draft, active, at-risk, paused, done, dropped, found 'activ'; did you mean 'active'?")),
                Arguments.of("duplicate key", """
                        employee:
                          id: a
                          name: A
                          name: B
                        """, List.of("a.yaml:4:3: duplicate key 'name' (first at line 3); keep one of them")),
                Arguments.of("duplicate goal id", """
                        employee: {id: a, name: A}
                        goals:
                          - {id: g, title: One}
                          - {id: g, title: Two}
                        """, List.of("a.yaml:4:5: duplicate goal id 'g' (first at line 3); ids must be unique")),
                Arguments.of("duplicate milestone and action id in a goal", """
                        employee: {id: a, name: A}
                        goals:
                          - id: g
                            title: One
                            milestones: [{id: m, title: M}]
                            actions: [{id: m, title: N}]
                        """, List.of("a.yaml:6:15: duplicate milestone or action id in goal 'g' 'm' (first at line 5); ids must be unique")),
                Arguments.of("id differs from the file name", """
                        employee: {id: b, name: A}
                        """, List.of("a.yaml:1:16: employee id 'b' differs from the file name 'a.yaml'; rename the file or change the id")),
                Arguments.of("invalid id", """
                        employee: {id: Alice, name: A}
                        """, List.of("a.yaml:1:16: 'Alice' is not a valid employee id: an id is 1 to 64 lower-case letters, digits, "
                                + "'.', '_' and '-', starting with a letter or digit, without '..', and not a name "
                                + "Windows keeps for a device such as 'con' or 'nul'; did you mean 'alice'?")),
                Arguments.of("wellbeing out of range", """
                        employee: {id: a, name: A}
                        checkins:
                          - date: 2026-01-05
                            wellbeing: 7
                        """, List.of("a.yaml:4:16: 'wellbeing' must be from 1 to 5, found 7")),
                Arguments.of("boolean spelt the YAML 1.1 way", """
                        employee: {id: a, name: A}
                        feedback:
                          - id: f
                            private: yes
                        """, List.of("a.yaml:4:14: 'private' must be true or false, found 'yes'")),
                Arguments.of("syntax error: tab", "employee:\n\tid: a\n",
                        List.of("a.yaml:2:1: syntax error: a tab character here; YAML indents with spaces, not tabs")),
                Arguments.of("syntax error: unclosed quote", """
                        employee:
                          id: a
                          name: "Alice
                        """, List.of("a.yaml:4:1: syntax error: found unexpected end of stream while scanning a quoted scalar that starts at line 3, column 9")),
                Arguments.of("two documents", """
                        employee: {id: a, name: A}
                        ---
                        employee: {id: a, name: A}
                        """, List.of("a.yaml:2:1: a plan file holds one YAML document; remove the second '---' and what follows")),
                Arguments.of("unresolved merge conflict: once, before the syntax errors the markers cause", """
                        employee: {id: a, name: A}
                        goals:
                          - id: g
                            title: T
                        <<<<<<< HEAD
                            target: 6
                        =======
                            target: 5
                        >>>>>>> feature
                          - id: h
                        <<<<<<< HEAD
                            title: U
                        =======
                            title: V
                        >>>>>>> feature
                        """, List.of("a.yaml:5:1: unresolved merge conflict at line 5; resolve it, then run devplan validate")),
                Arguments.of("a closing marker left behind", """
                        employee: {id: a, name: A}
                        >>>>>>> feature
                        """, List.of("a.yaml:2:1: unresolved merge conflict at line 2; resolve it, then run devplan validate")),
                Arguments.of("empty file", "", List.of("a.yaml:1:1: the plan is empty; it needs at least employee: {id: a, name: ...}")),
                Arguments.of("several problems at once, in file order", """
                        employee:
                          id: a
                          name: A
                          since: 2026-02-31
                          cadance: monthly
                        goals:
                          - id: g
                            title: T
                            due: someday
                        """, List.of(
                                "a.yaml:4:10: impossible date 2026-02-31 in 'since': February 2026 has 31 days".replace("31 days", "28 days"),
                                "a.yaml:5:3: unknown key 'cadance' in 'employee'; did you mean 'cadence'?",
                                "a.yaml:9:10: 'due' must be a date, found 'someday'; write it as YYYY-MM-DD")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void reportsEveryProblemWithItsPlace(String name, String yaml, List<String> expected) {
        List<Problem> problems = new ArrayList<>();
        ReadResult<?> result = PlanReader.read("a.yaml", "plans/a.yaml", "a", yaml, problems);
        assertThat(result.value()).isNull();
        assertThat(result.problems()).extracting(Problem::format).containsExactlyElementsOf(expected);
    }
}
