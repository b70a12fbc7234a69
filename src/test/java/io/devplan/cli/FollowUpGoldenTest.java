package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The follow-up commands over examples/acme at fixed dates, compared with golden files whole.
 * Regenerate with {@code mvn test -Dtest=FollowUpGoldenTest -Dgolden.update=true} and review the diff.
 */
class FollowUpGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/follow-up");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("overdue-2026-11-22.txt", "overdue --as-of 2026-11-22 --within 7"),
                Arguments.of("overdue-2026-11-22.json", "overdue --as-of 2026-11-22 --format json"),
                Arguments.of("overdue-bob-all-levels-2026-12-20.txt", "overdue --as-of 2026-12-20 --manager bob-berg --all-levels"),
                Arguments.of("overdue-payments-milestones-2026-11-22.json",
                        "overdue --as-of 2026-11-22 --team payments --kind milestone --kind action --within 14 --format json"),
                Arguments.of("remind-2026-11-22.txt", "remind --as-of 2026-11-22"),
                Arguments.of("remind-2026-11-22.json", "remind --as-of 2026-11-22 --format json"),
                Arguments.of("remind-bob-2026-12-20.txt", "remind --as-of 2026-12-20 --for bob-berg"),
                Arguments.of("agenda-alice-2026-11-22.txt", "agenda alice-andersen --as-of 2026-11-22"),
                Arguments.of("agenda-alice-2026-11-22.md", "agenda alice-andersen --as-of 2026-11-22 --format markdown"),
                Arguments.of("agenda-sofia-2026-12-20.md", "agenda sofia-lindqvist --as-of 2026-12-20 --format markdown"),
                Arguments.of("calendar-platform-2026-11-22.ics", "calendar --as-of 2026-11-22 --team platform"));
    }

    @ParameterizedTest(name = "{0}: devplan {1}")
    @MethodSource("cases")
    void matchesGolden(String golden, String args) throws IOException {
        String[] argv = Stream.concat(Stream.of("--dir", "examples/acme"), Stream.of(args.split(" ")))
                .toArray(String[]::new);
        CliRunner.Result r = CliRunner.run(argv);
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        Path file = GOLDEN.resolve(golden);
        if (UPDATE) {
            Files.writeString(file, r.out(), StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file; run with -Dgolden.update=true to create it").exists();
        assertThat(r.out()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** A golden file no case writes is stale: fail on orphans, as google-java-format's tests do. */
    @AfterAll
    static void noOrphans() throws IOException {
        Set<String> used = cases().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(GOLDEN)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(used::contains);
        }
    }
}
