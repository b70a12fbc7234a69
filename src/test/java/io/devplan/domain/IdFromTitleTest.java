package io.devplan.domain;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;

class IdFromTitleTest {
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "Give two internal talks                          | ''            | give-two-internal-talks",
        "Reduce on-call pages to 10 a month               | ''            | reduce-on-call-pages-10",
        "Hold a design review before every change         | ''            | hold-design-review-before",
        "Lær at holde møder på dansk                      | ''            | laer-holde-moder-pa",
        "Förbättra årsrapporten                           | ''            | forbattra-arsrapporten",
        "The                                              | ''            | the",
        "!!!                                              | ''            | goal",
        "Give two internal talks                          | give-two-internal-talks | give-two-internal-talks-2",
        "Give two internal talks                          | give-two-internal-talks,give-two-internal-talks-2 | give-two-internal-talks-3",
        "'  --Weird -- dashes--  '                        | ''            | weird-dashes",
    })
    void keepsTheFirstWordsThatCarryMeaning(String title, String taken, String id) {
        assertThat(IdFromTitle.of(title, 4, "goal", taken.isEmpty() ? List.of() : List.of(taken.split(","))))
                .isEqualTo(id);
        assertThat(id).matches("[a-z0-9][a-z0-9._-]*");
    }
}
