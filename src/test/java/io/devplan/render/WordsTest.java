package io.devplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.domain.DueKind;
import io.devplan.domain.Language;
import io.devplan.domain.YamlName;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The catalogues: complete, with the same placeholders as English, and numbers as each language writes them. */
class WordsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"SV", "DA", "NL"})
    void everyTextIsInTheCatalogueWithTheSamePlaceholdersAndBothPluralForms(Language language) {
        Map<String, String> catalogue = Words.catalog(language);
        Set<String> expected = new HashSet<>();
        for (Msg m : Msg.values()) {
            for (String form : m.counted() ? new String[] {"one", "other"} : new String[] {null}) {
                String key = m.key() + (form == null ? "" : "." + form);
                expected.add(key);
                assertThat(catalogue).as(language + " " + key).containsKey(key);
                assertThat(placeholders(catalogue.get(key))).as(language + " " + key)
                        .isSubsetOf(placeholders(m.english(form)));
                if (!"one".equals(form)) {
                    // Only the "one" form may leave out the count it is chosen by.
                    assertThat(placeholders(catalogue.get(key))).as(language + " " + key)
                            .isEqualTo(placeholders(m.english(form)));
                }
            }
        }
        for (Class<? extends YamlName> type : Words.NAMED) {
            for (YamlName value : type.getEnumConstants()) {
                expected.add(Words.nameKey(value));
                assertThat(catalogue).as(language + " " + Words.nameKey(value)).containsKey(Words.nameKey(value));
            }
        }
        for (String cadence : io.devplan.domain.Cadence.NAMES.split(", ")) {
            expected.add(Words.cadenceKey(cadence));
            assertThat(catalogue).as(language + " cadence " + cadence).containsKey(Words.cadenceKey(cadence));
        }
        // A kind's own grammar (Swedish "försenat mål") is allowed for relative dates only, with the same placeholders.
        Set<String> stray = new TreeSet<>(catalogue.keySet());
        stray.removeAll(expected);
        stray.removeIf(k -> isKindVariant(k, catalogue.get(k)));
        assertThat(stray).as(language + ": keys no text uses").isEmpty();
    }

    private static boolean isKindVariant(String key, String text) {
        for (Msg m : new Msg[] {Msg.DAYS_OVERDUE, Msg.IN_DAYS, Msg.TODAY}) {
            for (DueKind kind : DueKind.values()) {
                String base = m.key() + "." + kind.yamlName();
                if (key.equals(base) || key.equals(base + ".one") || key.equals(base + ".other")) {
                    String form = key.endsWith(".one") ? "one" : key.endsWith(".other") ? "other" : null;
                    return placeholders(text).equals(placeholders(m.english(form)));
                }
            }
        }
        return false;
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN | 1234.5   | 1,234.5",
        "SV | 1234.5   | 1\u00a0234,5",
        "DA | 1234.5   | 1.234,5",
        "NL | 1234.5   | 1.234,5",
        "EN | 450      | 450",
        "SV | 0.90     | 0,9",
        "DA | -12000   | -12.000",
        "NL | 1000000  | 1.000.000",
        "EN | 99.95    | 99.95",
        "SV | 123456.7 | 123\u00a0456,7",
    })
    void numbersAreWrittenAsTheLanguageWritesThem(Language language, String value, String written) {
        assertThat(Words.of(language).number(new BigDecimal(value))).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN | 1 | 1\u00a0day overdue",
        "EN | 3 | 3\u00a0days overdue",
        "SV | 1 | 1\u00a0dag försenad",
        "SV | 3 | 3\u00a0dagar försenad",
        "DA | 3 | 3\u00a0dage forsinket",
        "NL | 3 | 3\u00a0dagen te laat",
    })
    void oneAndOtherAreChosenByTheCount(Language language, int n, String text) {
        assertThat(Words.of(language).count(Msg.DAYS_OVERDUE, n)).isEqualTo(text);
    }

    @Test
    void swedishTellsAGoalFromAnActionWhereItsGrammarDoes() {
        Phrases sv = new Phrases(Words.of(Language.SV));
        assertThat(sv.relative(5, DueKind.GOAL)).isEqualTo("5\u00a0dagar försenat");
        assertThat(sv.relative(5, DueKind.MILESTONE)).isEqualTo("5\u00a0dagar försenat");
        assertThat(sv.relative(5, DueKind.ACTION)).isEqualTo("5\u00a0dagar försenad");
        assertThat(sv.relative(-2, DueKind.GOAL)).isEqualTo("om 2\u00a0dagar");
    }

    @Test
    void aDanishReaderGetsDanishOnAJvmSetUpForSwedish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("sv-SE"));
            assertThat(Words.of(Language.DA).text(Msg.HEADING_ACHIEVEMENTS)).isEqualTo("Succeser");
            assertThat(Words.of(Language.DA).number(new BigDecimal("2026"))).isEqualTo("2.026");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void apostrophesAndBracesInATextSurviveThePlaceholders() {
        // MessageFormat would drop the apostrophe of "Alice's".
        assertThat(Words.english().line(Msg.ACT_CELEBRATE, "name", io.devplan.render.doc.Line.ofData("Alice")).spans())
                .hasSize(3);
        assertThat(Words.english().text(Msg.ACT_CELEBRATE_OF, "name", "Alice", "date", "2026-11-06"))
                .isEqualTo("celebrate Alice's achievement of 2026-11-06");
    }

    @Test
    void statusWordsAreTranslatedForPeopleAndKeptForYaml() {
        assertThat(Words.english().name(io.devplan.domain.GoalStatus.AT_RISK)).isEqualTo("at-risk");
        assertThat(Words.of(Language.NL).name(io.devplan.domain.SupportStatus.APPROVED)).isEqualTo("goedgekeurd");
    }
}
