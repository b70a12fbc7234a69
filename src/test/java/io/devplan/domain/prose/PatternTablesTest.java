package io.devplan.domain.prose;

import io.devplan.domain.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pattern of the grammar with examples in each language, one table per kind of phrase
 * (src/test/resources/prose/*.tsv): the title, the pattern that must read it, the words it must
 * cover and what they mean. Titles are read as in a repository of the row's language, relative
 * words counting from 2026-03-01 (a Sunday), and must read in that language.
 */
class PatternTablesTest {
    static final LocalDate START = LocalDate.of(2026, 3, 1);
    static final List<String> TABLES = List.of("dates", "periods", "recurrences", "measures", "outcomes", "vague");

    static List<String[]> table(String name) {
        try (InputStream in = PatternTablesTest.class.getResourceAsStream("/prose/" + name + ".tsv")) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("lang\t")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> rows(String name) {
        return table(name).stream().map(r -> Arguments.of((Object[]) r));
    }

    static Stream<Arguments> dates() {
        return rows("dates");
    }

    static Stream<Arguments> periods() {
        return rows("periods");
    }

    static Stream<Arguments> recurrences() {
        return rows("recurrences");
    }

    static Stream<Arguments> measures() {
        return rows("measures");
    }

    static Stream<Arguments> outcomes() {
        return rows("outcomes");
    }

    static Stream<Arguments> vague() {
        return rows("vague");
    }

    private static GoalWords read(String lang, String title) {
        GoalWords w = GoalWords.read(title, START, Language.of(lang));
        assertThat(w.language()).as("the language '%s' reads in (evidence %s)", title, w.evidence())
                .isEqualTo(Language.of(lang));
        return w;
    }

    private static String seen(GoalWords w) {
        List<String> out = new ArrayList<>();
        w.times().forEach(t -> out.add(t.pattern() + " '" + t.phrase() + "' " + t.date()));
        w.measures().forEach(m -> out.add(m.pattern() + " '" + m.phrase() + "' " + m.baseline() + "/" + m.target() + "/" + m.unit()));
        w.vague().forEach(v -> out.add(v.pattern() + " '" + v.phrase() + "'"));
        return String.join("; ", out);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("dates")
    void datesMeanTheirDay(String lang, String title, String pattern, String phrase, String date) {
        GoalWords w = read(lang, title);
        TimeFrame t = w.times().stream().filter(x -> x.pattern().equals(pattern) && x.phrase().equals(phrase))
                .findFirst().orElse(null);
        assertThat(t).as("%s '%s' in '%s'; read: %s", pattern, phrase, title, seen(w)).isNotNull();
        assertThat(t.kind()).isEqualTo(TimeFrame.Kind.DATE);
        assertThat(t.date()).isEqualTo(date.equals("none") ? null : LocalDate.parse(date));
        if (t.date() == null) {
            assertThat(t.note()).as("a date without a day says why").isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("periods")
    void periodsAndStandardsCountFromTheStart(String lang, String title, String pattern, String phrase, String kind,
                                              String date) {
        GoalWords w = read(lang, title);
        TimeFrame t = w.times().stream().filter(x -> x.pattern().equals(pattern) && x.phrase().equals(phrase))
                .findFirst().orElse(null);
        assertThat(t).as("%s '%s' in '%s'; read: %s", pattern, phrase, title, seen(w)).isNotNull();
        assertThat(t.kind()).isEqualTo(TimeFrame.Kind.valueOf(kind));
        assertThat(t.date()).isEqualTo(date.equals("none") ? null : LocalDate.parse(date));
        assertThat(w.time()).as("makes the goal time-bound").isNotNull();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("recurrences")
    void rhythmsMakeAGoalTimeBound(String lang, String title, String pattern, String phrase) {
        GoalWords w = read(lang, title);
        TimeFrame t = w.times().stream().filter(x -> x.pattern().equals(pattern) && x.phrase().equals(phrase))
                .findFirst().orElse(null);
        assertThat(t).as("%s '%s' in '%s'; read: %s", pattern, phrase, title, seen(w)).isNotNull();
        assertThat(t.kind()).isEqualTo(TimeFrame.Kind.RECURRENCE);
        assertThat(w.time()).isNotNull();
        assertThat(w.measures()).as("a rhythm is a measure too").isNotEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("measures")
    void measuresCarryTheirNumbers(String lang, String title, String pattern, String phrase, String baseline,
                                   String target, String unit) {
        GoalWords w = read(lang, title);
        Measure m = w.measures().stream().filter(x -> x.pattern().equals(pattern) && x.phrase().equals(phrase))
                .findFirst().orElse(null);
        assertThat(m).as("%s '%s' in '%s'; read: %s", pattern, phrase, title, seen(w)).isNotNull();
        assertThat(plain(m.baseline())).as("baseline").isEqualTo(baseline);
        assertThat(plain(m.target())).as("target").isEqualTo(target);
        assertThat(m.unit()).isEqualTo(unit.isEmpty() ? null : unit);
        assertThat(m.strong()).as("only 'every item' is a weak measure").isEqualTo(!pattern.equals("measure.all"));
    }

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("outcomes")
    void yesNoOutcomesAreMeasures(String lang, String title, String pattern, String phrase) {
        GoalWords w = read(lang, title);
        Measure m = w.measures().stream().filter(x -> x.pattern().equals(pattern) && x.phrase().equals(phrase))
                .findFirst().orElse(null);
        assertThat(m).as("%s '%s' in '%s'; read: %s", pattern, phrase, title, seen(w)).isNotNull();
        assertThat(m.strong()).as("a delivered thing is a weak measure")
                .isEqualTo(!pattern.equals("outcome.deliverable"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("vague")
    void vagueWordsCountOnlyWithoutAStrongMeasure(String lang, String title, String pattern, String phrase,
                                                  String unspecific) {
        GoalWords w = read(lang, title);
        assertThat(w.vague()).as("read: %s", seen(w))
                .anySatisfy(v -> {
                    assertThat(v.pattern()).isEqualTo(pattern);
                    assertThat(v.phrase()).isEqualTo(phrase);
                });
        assertThat(w.unspecific() != null).isEqualTo(unspecific.equals("yes"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPatternHasExamplesInEveryLanguage(Language language) {
        Set<String> covered = new HashSet<>();
        for (String name : TABLES) {
            for (String[] row : table(name)) {
                if (row[0].equals(language.code())) {
                    covered.add(row[2]);
                }
            }
        }
        assertThat(covered).containsAll(GoalWords.patterns(language));
    }

    @Test
    void theTablesUseOnlyPatternsTheGrammarHas() {
        Set<String> known = new HashSet<>();
        for (Language l : Language.values()) {
            known.addAll(GoalWords.patterns(l));
        }
        for (String name : TABLES) {
            assertThat(table(name)).extracting(r -> r[2]).allMatch(known::contains);
        }
    }
}
