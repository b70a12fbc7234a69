package io.devplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one id rule, its one message, and its suggestions. */
class IdsTest {
    private static final String RULE = "an id is 1 to 64 lower-case letters, digits, '.', '_' and '-', starting with a "
            + "letter or digit, without '..'";
    private static final String DEVICE = ", and not a name Windows keeps for a device such as 'con' or 'nul'";

    @ParameterizedTest
    @ValueSource(strings = {"alice-andersen", "a", "0", "a.b", "a_b", "con-team", "console", "aux1"})
    void validEmployeeIds(String id) {
        assertThat(EmployeeId.isValid(id)).isTrue();
        assertThat(new EmployeeId(id).fileName()).isEqualTo(id + ".yaml");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "../devplan|",
        "/abs/path/eve|",
        "a/b|",
        "a\\b|",
        "EVE|eve",
        "Alice Andersen|alice-andersen",
        "a..b|a-b",
        "-a|a",
        ".hidden|hidden",
        "con|",
        "nul.txt|nul-txt",
        "COM1|",
        "''|"})
    void invalidEmployeeIdsGetTheOneMessage(String id, String suggestion) {
        String text = id.equals("''") ? "" : id;
        assertThatThrownBy(() -> new EmployeeId(text)).isInstanceOf(InvalidId.class)
                .hasMessage("'" + text + "' is not a valid employee id: " + RULE + DEVICE
                        + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"));
    }

    @Test
    void atMost64Characters() {
        assertThat(EmployeeId.isValid("a".repeat(64))).isTrue();
        assertThat(EmployeeId.isValid("a".repeat(65))).isFalse();
        assertThat(ItemId.isValid("g".repeat(65))).isFalse();
    }

    @Test
    void itemIdsFollowTheSameRuleButMayBeDeviceNames() {
        assertThat(ItemId.isValid("con")).isTrue();
        assertThat(ItemId.problem("Talks 2027", "goal id")).isEqualTo("'Talks 2027' is not a valid goal id: " + RULE
                + "; did you mean 'talks-2027'?");
        assertThat(ItemRef.parse("g1/m1")).isEqualTo(new ItemRef("g1", "m1"));
        assertThatThrownBy(() -> ItemRef.parse("g1/../x")).hasMessageStartingWith("'../x' is not a valid milestone or action id");
    }

    @Test
    void didYouMeanAlsoOffersTheWordsAShortOneBegins() {
        List<String> ids = List.of("alice-andersen", "alina-berg", "bob-berg", "eve");
        assertThat(DidYouMean.hint("bob", ids)).isEqualTo("; did you mean 'bob-berg'?");
        assertThat(DidYouMean.hint("ali", ids)).isEqualTo("; did you mean 'alice-andersen' or 'alina-berg'?");
        assertThat(DidYouMean.hint("ev", ids)).isEqualTo("; did you mean 'eve'?");
        assertThat(DidYouMean.hint("zed", ids)).isEmpty();
        assertThat(DidYouMean.hint("a", ids)).isEmpty();
    }

    @Test
    void teamNamesAreComparedAfterNfcWithoutZeroWidthCharacters() {
        assertThat(TeamName.normalize("cafe\u0301")).isEqualTo("caf\u00e9");
        assertThat(TeamName.normalize("caf\u200b\u00e9\ufeff")).isEqualTo("caf\u00e9");
        assertThat(TeamName.normalize("plat\u200dform")).isEqualTo("platform");
        assertThat(TeamName.normalize(null)).isNull();
        assertThat(new PlanFilter(List.of(), "cafe\u0301", null, false).team()).isEqualTo("caf\u00e9");
    }
}
