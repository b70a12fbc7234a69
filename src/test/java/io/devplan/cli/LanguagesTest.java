package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.Golden;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What people read follows the language; what machines read never does. Over examples/acme,
 * whose Swedish, Danish and Dutch people have {@code language:} in their plans.
 */
class LanguagesTest {
    private static final String ACME = "examples/acme";
    private static final String AS_OF = "2026-11-22";

    /** Every machine format of every read command, as scripts and spreadsheets get them. */
    private static final String[][] MACHINE = {
        {"overdue", "--within", "14", "--format", "json"},
        {"report", "--format", "json"},
        {"report", "--format", "csv"},
        {"report", "jesper-moller", "--audience", "employee", "--format", "json"},
        {"show", "sofia-lindqvist", "--format", "json"},
        {"agenda", "lotte-van-den-berg", "--format", "json"},
        {"remind", "--format", "json"},
        {"validate", "--format", "json"},
        {"validate", "--format", "sarif"},
    };

    private static final Map<String, Map<String, String>> SETTINGS = Map.of(
            "--lang sv", Map.of(),
            "--lang da", Map.of(),
            "--lang nl", Map.of(),
            "LANG=sv_SE.UTF-8", Map.of("LANG", "sv_SE.UTF-8"),
            "LC_ALL=da_DK.UTF-8", Map.of("LC_ALL", "da_DK.UTF-8"),
            "LC_MESSAGES=nl_NL.UTF-8", Map.of("LC_MESSAGES", "nl_NL.UTF-8"),
            "DEVPLAN_LANG=nl", Map.of("DEVPLAN_LANG", "nl"),
            "LANGUAGE=da:sv", Map.of("LANGUAGE", "da:sv"));

    @Test
    void machineFormatsAreByteIdenticalInEveryLanguageAndLocale() {
        for (String[] command : MACHINE) {
            CliRunner.Result english = run(Map.of(), null, command);
            assertThat(english.exit()).as(String.join(" ", command)).isIn(0, 1);
            SETTINGS.forEach((name, env) -> {
                String lang = name.startsWith("--lang ") ? name.substring(7) : null;
                CliRunner.Result other = run(env, lang, command);
                assertThat(other.out()).as(String.join(" ", command) + " with " + name).isEqualTo(english.out());
                assertThat(other.exit()).as(String.join(" ", command) + " with " + name).isEqualTo(english.exit());
            });
        }
    }

    @Test
    void theCalendarKeepsItsPropertiesAndUidsAndTranslatesOnlyWhatPeopleRead() {
        String english = run(Map.of(), null, "calendar").out();
        String danish = run(Map.of(), "da", "calendar").out();
        assertThat(danish).isNotEqualTo(english).contains("SUMMARY:Opfølgning: ");
        assertThat(withoutPeoplesText(danish)).isEqualTo(withoutPeoplesText(english));
    }

    /** The ICS without SUMMARY and DESCRIPTION (and their folded continuation lines). */
    private static String withoutPeoplesText(String ics) {
        StringBuilder out = new StringBuilder();
        boolean skipping = false;
        for (String line : ics.split("\r\n")) {
            if (line.startsWith(" ")) {
                if (!skipping) {
                    out.append(line).append('\n');
                }
                continue;
            }
            skipping = line.startsWith("SUMMARY:") || line.startsWith("DESCRIPTION:");
            if (!skipping) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sofia-lindqvist", "jesper-moller", "lotte-van-den-berg", "alice-andersen"})
    void anEmployeesReportIsInTheEmployeesLanguageWhateverTheProcessLocale(String id) {
        CliRunner.Result result = run(Map.of("LANG", "sv_SE.UTF-8", "LC_ALL", "sv_SE.UTF-8"), null,
                "report", id, "--audience", "employee");
        assertThat(result.exit()).isZero();
        Golden.assertMatches("languages/report-" + id + ".txt", result.out());
    }

    /** A reminder mail per language, in its reader's language under a Swedish process locale: goldens a native reader can review. */
    @ParameterizedTest
    @ValueSource(strings = {"sofia-lindqvist", "jesper-moller", "lotte-van-den-berg", "bob-berg"})
    void aReminderMailIsInItsReadersLanguageWhateverTheProcessLocale(String id) {
        CliRunner.Result result = run(Map.of("LANG", "sv_SE.UTF-8", "LC_ALL", "sv_SE.UTF-8"), null,
                "remind", "--send", "--dry-run", "--for", id);
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).as("a mail for " + id).contains("Subject: ");
        Golden.assertMatches("languages/mail-" + id + ".txt", result.out());
    }

    @Test
    void aDanishMailIsDanishWhateverTheLocaleAndLangOverridesIt() {
        CliRunner.Result danish = run(Map.of("LANG", "sv_SE.UTF-8", "LANGUAGE", "sv"), null,
                "remind", "--send", "--dry-run", "--for", "jesper-moller");
        assertThat(danish.out()).contains("Subject: devplan: 1 ting at gøre").doesNotContain("saker att göra");
        CliRunner.Result dutch = run(Map.of(), "nl", "remind", "--send", "--dry-run", "--for", "jesper-moller");
        assertThat(dutch.out()).contains("1 ding te doen");
    }

    @Test
    void feedbackFromTheDevelopmentConversationIsNamedAsTheOrganisationNamesIt() {
        // examples/acme says terms: {conversation: MUS}; the Swedish word is the language's default elsewhere.
        assertThat(run(Map.of(), null, "report", "jesper-moller").out()).contains("improvement, MUS");
        assertThat(run(Map.of(), "sv", "report", "jesper-moller").out()).contains("förbättringsområde, MUS");
        assertThat(io.devplan.render.WordsAccess.source("sv")).isEqualTo("utvecklingssamtal");
    }

    @Test
    void theMarkdownAndHtmlReportsSayTheirLanguage() {
        String html = run(Map.of(), null, "report", "lotte-van-den-berg", "--audience", "employee", "--format", "html").out();
        assertThat(html).contains("<html lang=\"nl\">").contains("voortgangsrapport").contains("afgerond, 73% verwacht");
        String manager = run(Map.of(), "sv", "report", "--team", "platform", "--format", "html").out();
        assertThat(manager).contains("<html lang=\"sv\">").contains("Konfidentiellt: endast för chefen");
    }

    @Test
    void theReadersTerminalFollowsTheLocaleVariables() {
        String overdue = run(Map.of("LANG", "nl_NL.UTF-8"), null, "overdue", "--team", "platform").out();
        assertThat(overdue).contains("Uiterlijk").contains("te laat, per " + AS_OF);
        String posix = run(Map.of("LC_ALL", "C", "LANG", "da_DK.UTF-8"), null, "overdue", "--team", "platform").out();
        assertThat(posix).as("C is no preference: LANG decides").contains("Frist");
    }

    @Test
    void anUnknownLanguageIsAUsageErrorNamingTheOnesThereAre() {
        CliRunner.Result r = run(Map.of(), "fr", "overdue");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown language 'fr'").contains("en, sv, da, nl");
    }

    private static CliRunner.Result run(Map<String, String> env, String lang, String... command) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--dir", ACME));
        if (lang != null) {
            args.add("--lang");
            args.add(lang);
        }
        args.addAll(java.util.List.of(command));
        args.addAll(java.util.List.of("--as-of", AS_OF));
        if (command[0].equals("validate")) {
            args.remove(args.size() - 1);
            args.remove(args.size() - 1);
        }
        return CliRunner.runWith(env, args.toArray(String[]::new));
    }

}
