package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * devplan's own messages (cli, app, domain's refusals, the write side of store) are phrases of
 * the "errors" catalogue: no English sentence built in code is left for a usage error, a refused
 * write or a converter, except the ones listed here, each with why it is still English.
 */
class OwnMessagesUntranslatedTest {
    /** Text that reaches people in English whatever the language: the places that build it. */
    private static final Pattern ENGLISH = Pattern.compile("Untranslated\\.said\\(|new (UsageException|"
            + "WriteRefusedException|InputException|TypeConversionException)\\(\"|(UsageException|WriteRefusedException)"
            + "\\(e\\.getMessage\\(\\)\\)|new TypeConversionException\\(");

    /** The folders and files of this area; domain/validate and the read side of store are others'. */
    private static final List<String> AREA = List.of("cli", "app", "store/merge", "store/PlanEdit.java",
            "store/PlanWriter.java", "store/YamlEditor.java", "store/AtomicFiles.java", "store/OutputFile.java",
            "store/SafeLinks.java", "store/TempCopy.java", "store/GitCommit.java", "store/Git.java",
            "store/GitSetup.java", "store/RepositoryCreator.java", "store/NewPlan.java", "store/SentLogFile.java",
            "domain/RecordDates.java", "domain/StatusChange.java", "domain/SupportDecision.java", "domain/Moves.java",
            "domain/Currencies.java", "domain/Ids.java", "domain/IsoDate.java", "domain/Bounds.java",
            "domain/AssessmentCheck.java", "domain/ProgressValue.java", "domain/Celebrations.java");

    /** What is left, by file and the text of its line, with why. */
    private static final Map<String, String> LEFT = Map.ofEntries(
            Map.entry("cli/UsageException.java: this(Untranslated.said(message));",
                    "the String constructor, kept for code still to be given phrases (none in this area calls it)"),
            Map.entry("cli/PicocliText.java: return Untranslated.said(message);",
                    "a picocli message none of its known sentences matches (option groups, repeated subcommands): "
                            + "said as picocli wrote it"),
            Map.entry("cli/PicocliText.java: return number != null ? number : Untranslated.said(text);",
                    "picocli's own converters' other reasons (cannot convert ... to ...), as picocli wrote them"),
            Map.entry("cli/ValidateCommand.java: throw new UsageException(e.getMessage());",
                    "an IllegalArgumentException other than BadPath from the validation run: none is known"),
            Map.entry("cli/GoalAddCommand.java: throw new UsageException(e.getMessage());",
                    "a converter's TypeConversionException that is no ConversionProblem: DateConverter throws none"),
            Map.entry("cli/NumberConverter.java: throw new TypeConversionException(\"'\" + Bounds.shown(value) + \"' is "
                    + "out of bounds: \" + e.getMessage());", "bounds other than the number rule: none today"),
            Map.entry("cli/CadenceConverter.java: throw new TypeConversionException(\"'\" + value + \"' is too long: \" "
                    + "+ e.getMessage());", "bounds other than the cadence rule: none today"),
            Map.entry("store/GitCommit.java", "git did not finish in time: Git.Run's reason is English text of the "
                    + "git runner, shared with the history reader"));

    @Test
    void noEnglishSentenceIsLeftButTheListedOnes() throws IOException {
        Path main = Path.of("src/main/java/io/devplan");
        List<String> found = new ArrayList<>();
        for (String part : AREA) {
            Path p = main.resolve(part);
            try (Stream<Path> files = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                    String name = main.relativize(f).toString().replace('\\', '/');
                    for (String line : Files.readAllLines(f)) {
                        if (ENGLISH.matcher(line).find()) {
                            found.add(name + ": " + line.strip());
                        }
                    }
                }
            }
        }
        List<String> unexplained = found.stream().filter(f -> LEFT.keySet().stream().noneMatch(f::startsWith)).toList();
        assertThat(unexplained).as("English built in code, with no phrase and no reason here").isEmpty();
        TreeSet<String> stale = new TreeSet<>(LEFT.keySet());
        stale.removeIf(k -> found.stream().anyMatch(f -> f.startsWith(k)));
        assertThat(stale).as("listed as left, but translated by now: remove from the list").isEmpty();
    }
}
