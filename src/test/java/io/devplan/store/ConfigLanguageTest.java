package io.devplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.domain.RepoConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** devplan.yaml's {@code language}: one of the four languages, or an error at the value. */
class ConfigLanguageTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            language: sv        | sv | -
            language: da        | da | -
            organization: Acme  | -  | -
            language: de        | -  | devplan.yaml:1:11: unknown language 'de'; use one of en, sv, da, nl
            language: EN        | -  | devplan.yaml:1:11: unknown language 'EN'; use one of en, sv, da, nl
            """)
    void isOneOfTheFourLanguages(String yaml, String language, String problem) {
        List<Problem> problems = new ArrayList<>();
        ReadResult<RepoConfig> r = ConfigReader.read("devplan.yaml", yaml + "\n", problems);
        if (problem == null) {
            assertThat(r.problems()).isEmpty();
            assertThat(r.value().language()).isEqualTo(language);
        } else {
            assertThat(r.problems()).extracting(Problem::format).containsExactly(problem);
        }
    }
}
