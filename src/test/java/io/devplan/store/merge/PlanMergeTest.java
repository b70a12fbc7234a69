package io.devplan.store.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The three-way merge of plan text, case by case: base, ours, theirs and the exact merged text. */
class PlanMergeTest {
    static final PlanMerge.Labels LABELS = new PlanMerge.Labels("HEAD", "hr", 7);

    static final String BASE = """
            employee: {id: ann, name: Ann}
            feedback:
              - id: fb-1
                date: 2026-01-10
                text: Designs arrive late.   # from the review
            goals:
              - id: reviews
                title: Hold design reviews
                status: active
                target: 4
                current: 1
                addresses: [fb-1]
                milestones:
                  - id: template
                    title: Draft a template
                    due: 2026-04-15
                  - {id: guide, title: Publish the guide, due: 2026-06-01}
                support:
                  - id: course
                    title: Facilitation workshop
                    status: requested
            checkins:
              - date: 2026-04-20
                notes: |
                  Template is drafted.
                progress: {reviews: 1}
            """;

    static Stream<Arguments> clean() {
        return Stream.of(
                Arguments.of("check-ins added on both sides are both kept, in date order",
                        BASE + """
                                  # May
                                  - date: 2026-05-20
                                    notes: Second review held.
                                """,
                        BASE + """
                                  - date: 2026-05-02
                                    notes: >
                                      First review
                                      held.
                                """,
                        BASE + """
                                  - date: 2026-05-02
                                    notes: >
                                      First review
                                      held.
                                  # May
                                  - date: 2026-05-20
                                    notes: Second review held.
                                """),
                Arguments.of("the same check-in added on both sides is kept once",
                        BASE + "  - {date: 2026-05-20, notes: Fine}\n",
                        BASE + "  - date: 2026-05-20\n    notes: Fine\n",
                        BASE + "  - {date: 2026-05-20, notes: Fine}\n"),
                Arguments.of("two different check-ins on the same date are both kept",
                        BASE + "  - {date: 2026-05-20, notes: Manager's notes}\n",
                        BASE + "  - {date: 2026-05-20, notes: Ann's notes}\n",
                        BASE + "  - {date: 2026-05-20, notes: Manager's notes}\n  - {date: 2026-05-20, notes: Ann's notes}\n"),
                Arguments.of("feedback added on both sides: ours first, then theirs, each with its comments",
                        BASE.replace("   # from the review\n", "   # from the review\n  - id: fb-2 # ours\n    text: Ours\n"),
                        BASE.replace("   # from the review\n", "   # from the review\n  # theirs, from the 360\n"
                                + "  - id: fb-3\n    text: \"Theirs: quoted\"\n"),
                        BASE.replace("   # from the review\n", "   # from the review\n  - id: fb-2 # ours\n    text: Ours\n"
                                + "  # theirs, from the 360\n  - id: fb-3\n    text: \"Theirs: quoted\"\n")),
                Arguments.of("a value changed on one side is taken with its style and comment; the other side's change too",
                        BASE.replace("title: Hold design reviews", "title: Hold design reviews  # shorter?"),
                        BASE.replace("status: requested", "status: approved   # HR, 2026-05-02")
                                .replace("text: Designs arrive late.", "text: 'Designs arrive late, always.'"),
                        BASE.replace("title: Hold design reviews", "title: Hold design reviews  # shorter?")
                                .replace("status: requested", "status: approved   # HR, 2026-05-02")
                                .replace("text: Designs arrive late.", "text: 'Designs arrive late, always.'")),
                Arguments.of("the same change on both sides is fine",
                        BASE.replace("status: requested", "status: approved"),
                        BASE.replace("status: requested", "status: approved  # same, with a comment"),
                        BASE.replace("status: requested", "status: approved")),
                Arguments.of("a key added on one side goes after the key it follows there",
                        BASE.replace("        due: 2026-04-15\n", "        due: 2026-04-15\n        done: 2026-04-12\n"),
                        BASE.replace("        title: Draft a template\n", "        title: Draft a template\n        owner: ann\n"),
                        BASE.replace("        title: Draft a template\n        due: 2026-04-15\n",
                                "        title: Draft a template\n        owner: ann\n"
                                        + "        due: 2026-04-15\n        done: 2026-04-12\n")),
                Arguments.of("a flow mapping changed on both sides is written again as one flow",
                        BASE.replace("due: 2026-06-01}", "due: 2026-06-15}"),
                        BASE.replace("due: 2026-06-01}", "due: 2026-06-01, done: 2026-05-30}"),
                        BASE.replace("due: 2026-06-01}", "due: 2026-06-15, done: 2026-05-30}")),
                Arguments.of("lists of values merge as sets",
                        BASE.replace("addresses: [fb-1]", "addresses: [fb-1, fb-2]"),
                        BASE.replace("addresses: [fb-1]", "addresses: [fb-3]"),
                        BASE.replace("addresses: [fb-1]", "addresses: [fb-2, fb-3]")),
                Arguments.of("an entry removed on one side and kept on the other is removed",
                        BASE.replace("current: 1", "current: 2"),
                        BASE.replace("      - {id: guide, title: Publish the guide, due: 2026-06-01}\n", ""),
                        BASE.replace("current: 1", "current: 2")
                                .replace("      - {id: guide, title: Publish the guide, due: 2026-06-01}\n", "")),
                Arguments.of("current follows the latest check-in when both sides recorded one",
                        BASE.replace("current: 1", "current: 3") + "  - {date: 2026-06-02, progress: {reviews: 3}}\n",
                        BASE.replace("current: 1", "current: 2") + "  - {date: 2026-05-20, progress: {reviews: 2}}\n",
                        BASE.replace("current: 1", "current: 3") + "  - {date: 2026-05-20, progress: {reviews: 2}}\n"
                                + "  - {date: 2026-06-02, progress: {reviews: 3}}\n"),
                Arguments.of("current follows the latest check-in, also when it is theirs",
                        BASE.replace("current: 1", "current: 2") + "  - {date: 2026-05-20, progress: {reviews: 2}}\n",
                        BASE.replace("current: 1", "current: 3") + "  - {date: 2026-06-02, progress: {reviews: 3}}\n",
                        BASE.replace("current: 1", "current: 3") + "  - {date: 2026-05-20, progress: {reviews: 2}}\n"
                                + "  - {date: 2026-06-02, progress: {reviews: 3}}\n"),
                Arguments.of("a section added on one side, with the blank line before it",
                        BASE.replace("status: active", "status: at-risk"),
                        BASE + "\nassessments:\n  - date: 2026-06-01\n    by: self\n    levels: {communication: 3}\n",
                        BASE.replace("status: active", "status: at-risk")
                                + "\nassessments:\n  - date: 2026-06-01\n    by: self\n    levels: {communication: 3}\n"),
                Arguments.of("fields devplan does not know yet merge the same way (a dated history, an x- key)",
                        BASE.replace("        due: 2026-04-15\n", "        due: 2026-05-01\n        rescheduled:\n"
                                + "          - {date: 2026-04-10, from: 2026-04-15, reason: Holidays}\n"),
                        BASE.replace("    status: active\n", "    status: active\n    x-budget-code: HR-7\n"),
                        BASE.replace("    status: active\n", "    status: active\n    x-budget-code: HR-7\n")
                                .replace("        due: 2026-04-15\n", "        due: 2026-05-01\n        rescheduled:\n"
                                        + "          - {date: 2026-04-10, from: 2026-04-15, reason: Holidays}\n")),
                Arguments.of("THEIRS indented by four: its lines move to OURS' indentation",
                        BASE.replace("current: 1", "current: 2"),
                        BASE.replace(BASE.substring(BASE.indexOf("checkins:")), """
                                checkins:
                                    - date: 2026-03-01
                                      notes: |
                                        Kick-off.
                                        Two lines.
                                    - date: 2026-04-20
                                      notes: |
                                        Template is drafted.
                                      progress: {reviews: 1}
                                """),
                        BASE.replace("current: 1", "current: 2")
                                .replace("checkins:\n", "checkins:\n  - date: 2026-03-01\n    notes: |\n      Kick-off.\n"
                                        + "      Two lines.\n")),
                Arguments.of("line breaks of OURS (CRLF) are kept",
                        BASE.replace("\n", "\r\n").replace("current: 1", "current: 2"),
                        BASE + "  - {date: 2026-05-20, notes: Fine}\n",
                        BASE.replace("\n", "\r\n").replace("current: 1", "current: 2")
                                + "  - {date: 2026-05-20, notes: Fine}\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clean")
    void mergesWithoutConflict(String name, String ours, String theirs, String expected) throws Exception {
        PlanMerge.Result r = PlanMerge.merge(BASE, ours, theirs, LABELS, "plans/ann.yaml");
        assertThat(r.conflicts()).isEmpty();
        assertThat(r.text()).isEqualTo(expected);
        // The other way round gives the same plan (in THEIRS' text).
        PlanMerge.Result back = PlanMerge.merge(BASE, theirs, ours, LABELS, "plans/ann.yaml");
        assertThat(back.conflicts()).isEmpty();
    }

    static Stream<Arguments> layouts() {
        String head = "employee: {id: ann, name: Ann}\n";
        return Stream.of(
                Arguments.of("an empty flow list OURS did not touch takes THEIRS' block list as written",
                        head + "checkins: []\n", head + "checkins: []\n",
                        head + "checkins:\n  - date: 2026-05-01\n    notes: |\n      Hello\n",
                        head + "checkins:\n  - date: 2026-05-01\n    notes: |\n      Hello\n"),
                Arguments.of("lists separated by blank lines stay so, and a comment after the list stays last",
                        head + "checkins:\n  - date: 2026-01-01\n\n  - date: 2026-02-01\n# the end\n",
                        head + "checkins:\n  - date: 2026-01-01\n\n  - date: 2026-02-01\n\n  - date: 2026-04-01\n# the end\n",
                        head + "checkins:\n  - date: 2026-01-01\n\n  - date: 2026-02-01\n  - date: 2026-03-01\n"
                                + "    notes: t\n# the end\n",
                        head + "checkins:\n  - date: 2026-01-01\n\n  - date: 2026-02-01\n\n  - date: 2026-03-01\n"
                                + "    notes: t\n\n  - date: 2026-04-01\n# the end\n"),
                Arguments.of("a file without a final line break keeps ending so",
                        head + "checkins:\n  - date: 2026-01-01",
                        head.replace("Ann}", "Ann, team: x}") + "checkins:\n  - date: 2026-01-01",
                        head + "checkins:\n  - date: 2026-01-01\n  - date: 2026-03-01",
                        head.replace("Ann}", "Ann, team: x}") + "checkins:\n  - date: 2026-01-01\n  - date: 2026-03-01"),
                Arguments.of("the first key of a list item, removed on one side: the next key takes its place",
                        head + "actions:\n  - owner: bob\n    id: a\n    title: T\n",
                        head + "actions:\n  - owner: bob\n    id: a\n    title: T\n  - {id: b, title: U}\n",
                        head + "actions:\n  - id: a\n    title: T\n",
                        head + "actions:\n  - id: a\n    title: T\n  - {id: b, title: U}\n"),
                Arguments.of("lists written at the key's indentation",
                        head + "checkins:\n- date: 2026-01-01\n",
                        head + "checkins:\n- date: 2026-01-01\n- date: 2026-02-01\n",
                        head + "checkins:\n  - date: 2026-01-01\n  - date: 2026-03-01\n    notes: x\n",
                        head + "checkins:\n- date: 2026-01-01\n- date: 2026-02-01\n- date: 2026-03-01\n  notes: x\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void keepsTheLayoutOfOurs(String name, String base, String ours, String theirs, String expected) throws Exception {
        PlanMerge.Result r = PlanMerge.merge(base, ours, theirs, LABELS, "plans/ann.yaml");
        assertThat(r.conflicts()).isEmpty();
        assertThat(r.text()).isEqualTo(expected);
    }

    @Test
    void aValueChangedTwoWaysIsOneConflictAroundThatValueAlone() throws Exception {
        PlanMerge.Result r = PlanMerge.merge(BASE,
                BASE.replace("target: 4", "target: 6") + "  - {date: 2026-05-20, notes: Ours}\n",
                BASE.replace("target: 4", "target: 5").replace("status: requested", "status: approved"),
                LABELS, "plans/ann.yaml");
        assertThat(r.conflicts()).containsExactly(
                new PlanMerge.Conflict("goals/reviews/target", 10, "'6'", "'5'"));
        assertThat(r.text()).isEqualTo(BASE.replace("    target: 4\n", """
                <<<<<<< HEAD
                    target: 6
                =======
                    target: 5
                >>>>>>> hr
                """).replace("status: requested", "status: approved") + "  - {date: 2026-05-20, notes: Ours}\n");
    }

    @Test
    void aChangeAgainstARemovalIsAConflictWithAnEmptySide() throws Exception {
        PlanMerge.Result r = PlanMerge.merge(BASE,
                BASE.replace("title: Draft a template", "title: Draft the template"),
                BASE.replace("      - id: template\n        title: Draft a template\n        due: 2026-04-15\n", ""),
                new PlanMerge.Labels("HEAD", "hr", 9), "plans/ann.yaml");
        assertThat(r.conflicts()).containsExactly(new PlanMerge.Conflict("goals/reviews/milestones/template", 14,
                "a mapping", "removed"));
        assertThat(r.text()).contains("""
                    milestones:
                <<<<<<<<< HEAD
                      - id: template
                        title: Draft the template
                        due: 2026-04-15
                =========
                >>>>>>>>> hr
                      - {id: guide, title: Publish the guide, due: 2026-06-01}
                """);
    }

    @Test
    void conflictsInsideAFlowMappingMakeTheFlowOneConflict() throws Exception {
        PlanMerge.Result r = PlanMerge.merge(BASE,
                BASE.replace("due: 2026-06-01}", "due: 2026-06-15}").replace("title: Publish the guide", "title: Guide"),
                BASE.replace("due: 2026-06-01}", "due: 2026-07-01}"), LABELS, "plans/ann.yaml");
        assertThat(r.conflicts()).extracting(PlanMerge.Conflict::path)
                .containsExactly("goals/reviews/milestones/guide/due");
        assertThat(r.text()).contains("""
                <<<<<<< HEAD
                      - {id: guide, title: Guide, due: 2026-06-15}
                =======
                      - {id: guide, title: Guide, due: 2026-07-01}
                >>>>>>> hr
                """);
    }

    @Test
    void aSideThatDoesNotParseIsRefusedWithItsReason() {
        assertThatThrownBy(() -> PlanMerge.merge(BASE, BASE, BASE.replace("  - id: fb-1", "\t- id: fb-1"), LABELS, null))
                .isInstanceOf(PlanMerge.Failure.class)
                .hasMessage("the other side's version does not read as YAML (line 3: syntax error: a tab character "
                        + "here; YAML indents with spaces, not tabs)");
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("a tag that would construct an object",
                        BASE.replace("status: requested", "status: !!javax.script.ScriptEngineManager []"),
                        "YAML tag '!!javax.script.ScriptEngineManager' is not allowed"),
                Arguments.of("an alias", BASE.replace("title: Hold design reviews", "title: &t Hold design reviews")
                        .replace("title: Draft a template", "title: *t"), "YAML aliases ('*t') are not supported"),
                Arguments.of("nesting far deeper than a plan", BASE + "x-deep: " + "[".repeat(200) + "]".repeat(200) + "\n",
                        "nesting is deeper than"),
                Arguments.of("markers of an earlier merge", BASE.replace("    target: 4\n",
                        "<<<<<<< HEAD\n    target: 4\n=======\n    target: 5\n>>>>>>> old\n"),
                        "unresolved merge conflict at line 10"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileTextOnEitherSideIsRefusedNeverRun(String name, String text, String why) {
        assertThatThrownBy(() -> PlanMerge.merge(BASE, BASE, text, LABELS, "plans/ann.yaml"))
                .isInstanceOf(PlanMerge.Failure.class)
                .hasMessageStartingWith("the other side's version does not read as YAML").hasMessageContaining(why);
        assertThatThrownBy(() -> PlanMerge.merge(text, text, BASE, LABELS, "plans/ann.yaml"))
                .isInstanceOf(PlanMerge.Failure.class).hasMessageContaining(why);
    }

    @Test
    void aResultThatWouldNotBeAValidPlanIsRefused() {
        // Each side adds an item with the id 'retro' to the same goal: one a milestone, one an action.
        String ours = BASE.replace("      - {id: guide", "      - {id: retro, title: Retro}\n      - {id: guide");
        String theirs = BASE.replace("    support:\n", "    actions:\n      - {id: retro, title: Book the retro}\n    support:\n");
        assertThatThrownBy(() -> PlanMerge.merge(BASE, ours, theirs, LABELS, "plans/ann.yaml"))
                .isInstanceOf(PlanMerge.Failure.class)
                .hasMessageStartingWith("the merged plan would not be valid (line ")
                .hasMessageContaining("duplicate milestone or action id in goal 'reviews' 'retro'");
    }

    @Test
    void aFileBothSidesAddedMergesAgainstAnEmptyAncestor() throws Exception {
        PlanMerge.Result r = PlanMerge.merge("", BASE, BASE.replace("status: requested", "status: approved"), LABELS,
                "plans/ann.yaml");
        assertThat(r.conflicts()).extracting(PlanMerge.Conflict::path)
                .containsExactly("goals/reviews/support/course/status");
        assertThat(List.of(r.text().split("\n"))).contains("        status: requested", "        status: approved");
    }
}
