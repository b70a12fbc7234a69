package io.devplan.cli;

import static io.devplan.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** validate --explain ID GOAL: what a title was read as, which rule decided what, and the goal's findings. */
class ValidateExplainTest {
    static final String REPO = "src/test/resources/validate/explain";
    static final String DANISH = "src/test/resources/validate/explain-da";

    @ParameterizedTest(name = "{0}")
    @CsvSource({"first-contact", "estimates", "checklist", "budget", "talk"})
    void explainsOneGoal(String goal) {
        var r = run("--dir", REPO, "validate", "--explain", "ann", goal, "--as-of", "2026-11-22");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        Golden.assertMatches("validate/explain-" + goal + ".txt", r.out());
    }

    @Test
    void showsWhatWasRecognisedAndWhatItMeans() {
        var r = run("--dir", REPO, "validate", "--explain", "ann", "first-contact", "--as-of", "2026-11-22");
        assertThat(r.out()).contains("  measure   \"from 85% to 95%\" -> from 85 to 95%  [measure.from-to]\n",
                "  time      \"by December 31\" -> 2026-12-31  [date.month-day]\n",
                "  goal-has-due-date  T  ok       \"by December 31\" (date.month-day) makes it time-bound\n",
                "info: goal 'first-contact' says 'from 85% to 95%' in words; write it as fields so progress can be "
                        + "computed: baseline: 85, target: 95, unit: '%' [prose-measure]");
    }

    @Test
    void aQuarterIsInTheGoalsStartYear() {
        var r = run("--dir", REPO, "validate", "--explain", "ann", "checklist", "--as-of", "2026-11-22");
        assertThat(r.out()).contains("\"by the end of Q3\" -> 2026-09-30", "relative dates from 2026-02-01, the goal's start",
                "[done-before-start]");
    }

    @Test
    void numericDatesFollowTheRepositorysLanguage() {
        var en = run("--dir", REPO, "validate", "--explain", "ann", "budget", "--as-of", "2026-11-22");
        assertThat(en.out()).contains("\"by 3/4\" -> no single day (day and month can be read both ways in English: "
                + "2026-03-04 (month first) or 2026-04-03 (day first); write the day as due)");
        var da = run("--dir", DANISH, "--lang", "en", "validate", "--explain", "mette", "budget", "--as-of", "2026-11-22");
        assertThat(da.out()).contains("read as   Danish", "\"senest 3/4\" -> 2026-04-03  [date.numeric-no-year]");
        var fravaer = run("--dir", DANISH, "--lang", "en", "validate", "--explain", "mette", "fravaer", "--as-of", "2026-11-22");
        assertThat(fravaer.out()).contains("\"fra 6 % til 4 %\" -> from 6 to 4%", "\"inden udgangen af 2026\" -> 2026-12-31");
    }

    @Test
    void theExplanationIsInTheReadersLanguageAndTheRepositorysWhenNoneIsAsked() {
        // explain-da says language: da; without --lang and locale variables its reader reads Danish.
        var da = CliRunner.runWith(java.util.Map.of(), "--dir", DANISH, "validate", "--explain", "mette", "fravaer",
                "--as-of", "2026-11-22");
        assertThat(da.out()).contains("målet 'fravaer' for mette, ", "\n  læst som  dansk (ud fra ordene nedbringe, fra, "
                        + "til, inden, udgangen, af)\n", "\n  måling    \"fra 6 % til 4 %\" -> fra 6 til 4%  [measure.from-to]\n",
                "\n  prose-due-date     T  info     \"inden udgangen af 2026\" (date.year) betyder 2026-12-31\n", "\nfund\n");
        var nl = CliRunner.runWith(java.util.Map.of("LANG", "nl_NL.UTF-8"), "--dir", REPO, "validate", "--explain", "ann",
                "checklist", "--as-of", "2026-11-22");
        assertThat(nl.out()).contains("\n  gelezen als Engels (op grond van de woorden publish, the, onboarding, "
                        + "checklist, by, end, of)\n", "\n  goal-has-measure   M  ok       het doel heeft 1 mijlpaal\n",
                "\n  title-length       S  ok       9 woorden\n", "\nbevindingen\n");
        var sv = CliRunner.runWith(java.util.Map.of(), "--dir", REPO, "--lang", "sv", "validate", "--explain", "ann",
                "first-contact", "--as-of", "2026-11-22");
        assertThat(sv.out()).contains("\n  mått      \"from 85% to 95%\" -> från 85 till 95%  [measure.from-to]\n",
                "\n  vagt      \"Raise\" (ett mått säger vad som blir annorlunda)  [vague.word]\n");
    }

    @Test
    void anUnknownGoalIsAUsageErrorWithASuggestion() {
        var r = run("--dir", REPO, "validate", "--explain", "ann", "estimate", "--as-of", "2026-11-22");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("devplan: plan 'ann' has no goal 'estimate'; did you mean 'estimates'?\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownPlanIsAUsageError() {
        var r = run("--dir", REPO, "validate", "--explain", "anne", "estimates");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("devplan: no plan for 'anne' in " + REPO + "/plans/; did you mean 'ann'?");
    }

    @Test
    void explainTakesNoOtherFormatOrPaths() {
        var r = run("--dir", REPO, "validate", "--explain", "ann", "estimates", "--format", "json");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("devplan: --explain prints text for one goal; leave out --format, --strict and PATH\n");
        var one = run("--dir", REPO, "validate", "--explain", "ann");
        assertThat(one.exit()).isEqualTo(ExitCodes.USAGE);
        var twice = run("--dir", REPO, "validate", "--explain", "ann", "estimates", "--explain", "ann", "budget");
        assertThat(twice.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(twice.err()).startsWith("devplan: --explain takes one plan and one goal: --explain ID GOAL\n");
    }
}
