package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.domain.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Help in the reader's language: each language's file holds a text for every help text of every
 * command (the key list read from the command model), no other key, and what must stay as written;
 * {@code --help} and {@code help CMD} print it under --lang and the locale variables; English help
 * is the annotations' own.
 */
class HelpTextsTest {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*}");
    private static final Pattern FORMAT = Pattern.compile("%.");
    private static final Pattern OPTION = Pattern.compile("(?<![^\\s(\\[])--?[a-zA-Z][\\w-]*");
    /** An example line: the command, three spaces or more, then what it does (the only words to translate). */
    private static final Pattern EXAMPLE = Pattern.compile("^(\\s+\\S.*?\\S)(\\s{3,})(\\S.*)$");

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyHelpTextOfEveryCommandIsTranslatedAndNothingElse(Language language) {
        Map<String, String> english = HelpKeys.english();
        ResourceBundle bundle = HelpTexts.bundle(language);
        Set<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(bundle.keySet());
        Set<String> stray = new TreeSet<>(bundle.keySet());
        stray.removeAll(english.keySet());
        assertThat(missing).as(language + ": help texts without a translation").isEmpty();
        assertThat(stray).as(language + ": keys no command has").isEmpty();
        english.forEach((key, text) -> {
            String translated = bundle.getString(key);
            String what = language + " " + key;
            assertThat(translated.isEmpty()).as(what + " empty as in English").isEqualTo(text.isEmpty());
            assertThat(all(VARIABLE, translated)).as(what + ": picocli's variables").isEqualTo(all(VARIABLE, text));
            assertThat(all(FORMAT, translated)).as(what + ": %n and %%").isEqualTo(all(FORMAT, text));
            assertThat(all(OPTION, translated)).as(what + ": option names").isEqualTo(all(OPTION, text));
            if (key.matches(".*\\.usage\\.footer(\\.\\d+)?")) {
                Matcher example = EXAMPLE.matcher(text);
                assertThat(translated).as(what + ": the example's command as written")
                        .startsWith(example.matches() ? example.group(1) + example.group(2) : text);
                if (!example.matches()) {
                    assertThat(translated).as(what).isEqualTo(text);
                }
            }
            if (key.contains(".usage.exitCodeList.")) {
                assertThat(translated).as(what + ": the exit code").startsWith(text.substring(0, text.indexOf(':') + 1));
            }
        });
    }

    /** Each distinct English text is said one way in a language, wherever it appears (--dry-run in every write command). */
    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void theSameEnglishIsTranslatedTheSameWay(Language language) {
        ResourceBundle bundle = HelpTexts.bundle(language);
        Map<String, String> first = new java.util.HashMap<>();
        HelpKeys.english().forEach((key, text) -> {
            String translated = bundle.getString(key);
            String before = first.putIfAbsent(text, translated);
            assertThat(before == null ? translated : before).as(language + " " + key + " (\"" + text + "\")")
                    .isEqualTo(translated);
        });
    }

    static Stream<Arguments> translatedHelp() {
        return Stream.of(
                Arguments.of(Map.of(), new String[] {"--lang", "da", "checkin", "--help"}, List.of(
                        "Registrér en opfølgning: et opfølgningsmøde om planen.",
                        "      --date=DATE          Mødets dato (standard: i dag).",
                        "      --wellbeing=1-5      Hvordan medarbejderen har det, 1 til 5.",
                        "  -h, --help               Vis denne hjælpetekst og afslut.",
                        "Eksempler:",
                        "  devplan checkin alice-andersen --note 'Short one.' --dry-run")),
                Arguments.of(Map.of(), new String[] {"checkin", "--lang", "da", "--help"}, List.of(
                        "Registrér en opfølgning: et opfølgningsmøde om planen.")),
                Arguments.of(Map.of("LANG", "da_DK.UTF-8"), new String[] {"checkin", "--help"}, List.of(
                        "Registrér en opfølgning: et opfølgningsmøde om planen.",
                        "      ID                   Medarbejderens id.")),
                Arguments.of(Map.of("LANG", "sv_SE.UTF-8"), new String[] {"--help"}, List.of(
                        "Kommandon:",
                        "  checkin       Registrera en avstämning: ett uppföljningsmöte om planen.",
                        "  goal          Lägg till mål i en plan.",
                        "Slutstatus:",
                        "  2   felaktig användning",
                        "Exempel:",
                        "  devplan init plans-repo            skapa ett planarkiv")),
                Arguments.of(Map.of("LC_ALL", "sv_SE.UTF-8", "LANG", "da_DK.UTF-8"), new String[] {"help", "overdue"}, List.of(
                        "Lista försenade delmål, åtgärder, mål och avstämningar, mest försenade först.",
                        "      --exit-code       Avsluta med status 1 när något är försenat.")),
                Arguments.of(Map.of("DEVPLAN_LANG", "nl"), new String[] {"help", "checkin"}, List.of(
                        "Leg een check-in vast: een voortgangsgesprek over het plan.",
                        "      --blockers=TEXT      Wat in de weg staat.",
                        "Voorbeelden:")),
                Arguments.of(Map.of("LANGUAGE", "nl:da"), new String[] {"feedback", "add", "--help"}, List.of(
                        "Leg een stuk feedback vast in een plan.",
                        "      --text=TEXT        Wat er gezegd is.")),
                Arguments.of(Map.of("LANG", "da_DK.UTF-8"), new String[] {"--lang", "nl", "help"}, List.of(
                        "Opdrachten:",
                        "  help          Toon hulp bij de opgegeven opdracht.")));
    }

    @ParameterizedTest
    @MethodSource("translatedHelp")
    void helpIsPrintedInTheReadersLanguage(Map<String, String> env, String[] args, List<String> lines) {
        CliRunner.Result r = CliRunner.runWith(env, args);
        assertThat(r.exit()).as(String.join(" ", args)).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines()).as(env + " " + String.join(" ", args)).containsAll(lines);
        assertThat(r.out()).doesNotContain("Usage:", "Examples:", "Employee id.");
    }

    /** English help, asked for in every way, is what the annotations print: nothing of another language. */
    @Test
    void englishHelpIsTheAnnotationsOwnForEveryCommand() {
        CommandLine annotations = Cli.annotated(CliRunner.EXAMPLE_DAY, null);
        List<String[]> commands = new ArrayList<>();
        collect(annotations, new ArrayList<>(), commands);
        assertThat(commands).hasSizeGreaterThan(DevplanCommand.COMMANDS.size());
        for (String[] command : commands) {
            CommandLine spec = annotations;
            for (String word : command) {
                spec = spec.getSubcommands().get(word);
            }
            if (spec.getCommandSpec().usageMessage().hidden()) {
                continue; // devplan's own (the completion script's helper): it prints no help
            }
            String expected = spec.getUsageMessage();
            for (Map<String, String> env : List.of(Map.<String, String>of(), Map.of("LANG", "C.UTF-8"),
                    Map.of("LANG", "en_GB.UTF-8", "LC_ALL", "POSIX"))) {
                assertThat(CliRunner.runWith(env, with(command, "--help")).out()).as(env + " " + String.join(" ", command))
                        .isEqualTo(expected);
            }
            assertThat(CliRunner.runWith(Map.of("LANG", "da_DK.UTF-8"), with(with(new String[] {"--lang", "en"}, command), "--help")).out())
                    .as("--lang en over LANG=da " + String.join(" ", command)).isEqualTo(expected);
            if (command.length == 1) {
                assertThat(CliRunner.runWith(Map.of(), "help", command[0]).out()).as("help " + command[0]).isEqualTo(expected);
            }
        }
    }

    private static void collect(CommandLine cmd, List<String> path, List<String[]> out) {
        out.add(path.toArray(String[]::new));
        for (Map.Entry<String, CommandLine> sub : cmd.getSubcommands().entrySet()) {
            if (sub.getKey().equals(sub.getValue().getCommandName())) { // not an alias
                List<String> deeper = new ArrayList<>(path);
                deeper.add(sub.getKey());
                collect(sub.getValue(), deeper, out);
            }
        }
    }

    private static String[] with(String[] args, String... more) {
        return Stream.concat(Stream.of(args), Stream.of(more)).toArray(String[]::new);
    }

    private static List<String> all(Pattern p, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        Collections.sort(found);
        return found;
    }
}
