package io.devplan.domain.prose;

import io.devplan.domain.Language;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Titles arrive through pull requests: whatever their length and shape, reading one stays quick
 * (a title is read up to 2,000 characters, in about linear time) and never fails.
 */
class HostileTitlesTest {
    static String title(String kind) {
        return switch (kind) {
            case "numbers" -> "1 2,3 4.5 6/7 ".repeat(20_000);
            case "one-word" -> "a".repeat(200_000);
            case "compound" -> "ledarskapsutbildning".repeat(10_000) + " genomföra";
            case "dates" -> "by June 30 by 3/4 within 6 months every second Tuesday ".repeat(5_000);
            case "vague" -> "improve better more ".repeat(10_000);
            case "outcomes" -> "hold a workshop publish the report pass the exam ".repeat(5_000);
            default -> "(".repeat(50_000) + "$" + "9".repeat(50_000);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"numbers", "one-word", "compound", "dates", "vague", "outcomes", "signs"})
    void longTitlesReadQuickly(String kind) {
        String title = title(kind);
        for (Language language : Language.values()) {
            GoalWords w = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> GoalWords.read(title, LocalDate.of(2026, 3, 1), language));
            assertThat(w).isNotNull();
        }
    }
}
