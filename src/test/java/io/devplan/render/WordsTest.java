package io.devplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.domain.DueKind;
import io.devplan.domain.Language;
import io.devplan.domain.Phrase;
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
        Map<String, Set<String>> expected = new java.util.TreeMap<>();
        for (Phrase m : phrases()) {
            Map<String, String> catalogue = Words.catalog(language, m.catalogue());
            for (String form : m.counted() ? new String[] {"one", "other"} : new String[] {null}) {
                String key = m.key() + (form == null ? "" : "." + form);
                assertThat(expected.computeIfAbsent(m.catalogue(), f -> new HashSet<>()).add(key))
                        .as("two phrases with the key " + key).isTrue();
                assertThat(catalogue).as(language + " " + m.catalogue() + " " + key).containsKey(key);
                assertThat(placeholders(catalogue.get(key))).as(language + " " + key)
                        .isSubsetOf(placeholders(m.english(form)));
                if (!"one".equals(form)) {
                    // Only the "one" form may leave out the count it is chosen by.
                    assertThat(placeholders(catalogue.get(key))).as(language + " " + key)
                            .isEqualTo(placeholders(m.english(form)));
                }
            }
        }
        Set<String> words = expected.get("words");
        for (Class<? extends YamlName> type : Words.NAMED) {
            for (YamlName value : type.getEnumConstants()) {
                words.add(Words.nameKey(value));
                assertThat(Words.catalog(language)).as(language + " " + Words.nameKey(value)).containsKey(Words.nameKey(value));
            }
        }
        for (String cadence : io.devplan.domain.Cadence.NAMES.split(", ")) {
            words.add(Words.cadenceKey(cadence));
            assertThat(Words.catalog(language)).as(language + " cadence " + cadence).containsKey(Words.cadenceKey(cadence));
        }
        // A kind's own grammar (Swedish "försenat mål") is allowed for relative dates only, with the same placeholders.
        expected.forEach((family, keys) -> {
            Map<String, String> catalogue = Words.catalog(language, family);
            Set<String> stray = new TreeSet<>(catalogue.keySet());
            stray.removeAll(keys);
            stray.removeIf(k -> isKindVariant(k, catalogue.get(k)));
            assertThat(stray).as(language + " " + family + ": keys no text uses").isEmpty();
        });
    }

    @Test
    void aSentenceFromTheDomainIsSaidInTheReadersLanguageAndKeptInEnglishForMachines() {
        io.devplan.domain.Said said = io.devplan.domain.Said.count(Msg.DAYS_OVERDUE, 1234);
        assertThat(said.english()).isEqualTo("1234\u00a0days overdue");
        assertThat(Words.english().text(said)).isEqualTo(said.english());
        assertThat(Words.of(Language.DA).text(said)).isEqualTo("1.234\u00a0dage forsinket");
        io.devplan.domain.Said nested = io.devplan.domain.Said.of(Msg.DUE_RELATIVE, "date", "2026-12-03",
                "relative", io.devplan.domain.Said.count(Msg.IN_DAYS, 2));
        assertThat(nested.english()).isEqualTo("due\u00a02026-12-03 (in 2\u00a0days)");
        assertThat(Words.of(Language.NL).text(nested)).contains("2026-12-03").doesNotContain("days");
    }

    /**
     * Every phrase devplan has, whatever layer says it: each enum of phrases among the program's
     * classes, found rather than listed, so a new one cannot be left out of the catalogues.
     */
    static java.util.List<Phrase> phrases() {
        try {
            java.nio.file.Path classes = java.nio.file.Path.of(Msg.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            java.util.List<Phrase> all = new java.util.ArrayList<>();
            try (var files = java.nio.file.Files.walk(classes.resolve("io/devplan"))) {
                for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                    Class<?> type = Class.forName(name, false, Msg.class.getClassLoader());
                    if (type.isEnum() && Phrase.class.isAssignableFrom(type) && type != io.devplan.domain.Untranslated.class) {
                        for (Object p : type.getEnumConstants()) {
                            all.add((Phrase) p);
                        }
                    }
                }
            }
            return all;
        } catch (Exception e) {
            throw new AssertionError("cannot list the program's classes", e);
        }
    }

    @Test
    void thePhrasesAreFoundWhereverTheyAre() {
        assertThat(phrases()).contains(Msg.DAYS_OVERDUE).doesNotContain(io.devplan.domain.Untranslated.TEXT);
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
