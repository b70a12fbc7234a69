package io.devplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.app.ValidationRun;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Rules;
import io.devplan.store.Repository;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * validate's text in the pseudo-language: each message and the summary line are one text of the
 * catalogue each (in marks from end to end), never English glued to it, while the place, the
 * severity and the [rule] stay outside the marks, as they do in every language.
 */
class FindingsTextPseudoTest {
    @ParameterizedTest
    @ValueSource(strings = {"examples/acme", "src/test/resources/validate/repo"})
    void everyMessageAndTheSummaryAreWholeTextsOfTheCatalogue(String folder) {
        Repository repo = Repository.open(Path.of(folder), Path.of("").toAbsolutePath()).withFullSourceMaps();
        Context context = new Context(repo.config(), ValidationRun.planIds(repo), LocalDate.parse("2026-11-22"));
        ValidationRun run = ValidationRun.check(repo, List.of(), context, "devplan.yaml");
        StringWriter text = new StringWriter();
        new FindingsText(new Ansi(false), f -> f, PseudoLanguageTest.pseudo())
                .print(run.findings(), run.files(), run.ignored(), new PrintWriter(text));
        List<String> lines = text.toString().lines().filter(l -> !l.isEmpty()).toList();
        assertThat(lines).hasSize(run.findings().size() + 1);
        for (int i = 0; i < run.findings().size(); i++) {
            var f = run.findings().get(i);
            String line = lines.get(i);
            String prefix = f.file() + (f.line() > 0 ? ":" + f.line() + ":" + f.column() : "") + ": "
                    + f.severity().label() + ": ";
            assertThat(line).startsWith(prefix).endsWith(" [" + f.rule() + "]");
            String message = line.substring(prefix.length(), line.length() - f.rule().length() - 3);
            if (f.said().phrase() instanceof io.devplan.domain.Untranslated) {
                // A reader's problem that has no phrase yet (the store's texts): said in English, whole.
                assertThat(f.rule()).isIn("schema", "unreadable");
                continue;
            }
            assertThat(message).as(line).startsWith("⟦").endsWith("⟧").doesNotContain("⟧ ⟦");
        }
        assertThat(lines.get(lines.size() - 1)).startsWith("⟦").endsWith("⟧");
        StringWriter rules = new StringWriter();
        FindingsText.printRules(Rules.ALL, PseudoLanguageTest.pseudo(), new PrintWriter(rules));
        assertThat(rules.toString().lines()).allMatch(l -> l.matches("[a-z-]+ +[A-Za-z]+ +[a-z]+ +⟦[^⟦⟧]+⟧"));
    }
}
