package io.devplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which language a reader gets: the contract's order, parsed by devplan, C and POSIX no preference. */
class LanguageTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // case                          | --lang | DEVPLAN_LANG | LANGUAGE | LC_ALL      | LC_MESSAGES | LANG        | repo | expected
        "nothing set                      | -      | -            | -        | -           | -           | -           | -    | EN",
        "the repository's                 | -      | -            | -        | -           | -           | -           | da   | DA",
        "LANG over the repository         | -      | -            | -        | -           | -           | sv_SE.UTF-8 | da   | SV",
        "C means no preference            | -      | -            | -        | C           | -           | C.UTF-8     | nl   | NL",
        "POSIX means no preference        | -      | -            | -        | POSIX       | -           | -           | -    | EN",
        "LC_ALL over LANG                 | -      | -            | -        | nl_NL.UTF-8 | -           | sv_SE.UTF-8 | -    | NL",
        "LC_MESSAGES over LANG            | -      | -            | -        | -           | da_DK       | sv_SE.UTF-8 | -    | DA",
        "LANGUAGE over LC_ALL             | -      | -            | da:sv    | sv_SE.UTF-8 | -           | -           | -    | DA",
        "LANGUAGE list: first spoken      | -      | -            | fr:nl:en | -           | -           | -           | -    | NL",
        "a language devplan lacks         | -      | -            | -        | -           | -           | fr_FR.UTF-8 | sv   | SV",
        "DEVPLAN_LANG over LANGUAGE       | -      | nl           | da       | -           | -           | -           | -    | NL",
        "--lang over everything           | SV     | nl           | da       | da_DK       | da_DK       | da_DK       | da   | SV",
        "English asked for explicitly     | -      | -            | -        | -           | -           | en_GB.UTF-8 | da   | EN",
    })
    void theReadersLanguage(String name, Language flag, String devplanLang, String language, String lcAll,
                            String lcMessages, String lang, String repo, Language expected) {
        Map<String, String> env = new HashMap<>();
        env.put("DEVPLAN_LANG", devplanLang);
        env.put("LANGUAGE", language);
        env.put("LC_ALL", lcAll);
        env.put("LC_MESSAGES", lcMessages);
        env.put("LANG", lang);
        assertThat(Language.forReader(flag, env::get, repo)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "-  | DA | sv | DA",
        "-  | -  | sv | SV",
        "-  | -  | -  | EN",
        "NL | DA | sv | NL",
    })
    void onePersonsDocumentFollowsThePersonNeverTheProcessLocale(Language flag, Language person, String repo,
                                                                 Language expected) {
        assertThat(Language.forPerson(flag, person, repo)).isEqualTo(expected);
    }
}
