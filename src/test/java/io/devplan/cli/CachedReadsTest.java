package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.bench.GenerateRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole commands answer the same from the parse cache as from the files: the first run parses
 * and fills the cache, the second reads every plan from it. (Surefire points XDG_CACHE_HOME into
 * target/; the clock runs an hour ahead so the plans just written count as settled.)
 */
class CachedReadsTest {
    private static final Clock LATER = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));

    @TempDir
    static Path repo;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"overdue --format json", "overdue --within 14", "report --format json", "report --format csv",
            "remind --format json", "report", "__complete teams"})
    void theSecondRunReadsFromTheCacheAndAnswersTheSame(String command) throws IOException {
        if (!Files.exists(repo.resolve("devplan.yaml"))) {
            new GenerateRepository(13, null, null).generate(repo, 120);
        }
        String[] args = Stream.concat(Stream.of("--dir", repo.toString()),
                Stream.concat(Stream.of(command.split(" ")), command.startsWith("__") ? Stream.of() : Stream.of("--as-of", "2026-11-22")))
                .toArray(String[]::new);
        CliRunner.Result first = CliRunner.run(LATER, args);
        CliRunner.Result second = CliRunner.run(LATER, args);
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).isNotBlank();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void theCacheIsFilledOutsideTheRepository() throws IOException {
        Path cacheHome = Path.of(System.getenv("XDG_CACHE_HOME"));
        if (!Files.exists(repo.resolve("devplan.yaml"))) {
            new GenerateRepository(13, null, null).generate(repo, 120);
        }
        CliRunner.run(LATER, "--dir", repo.toString(), "overdue");
        try (Stream<Path> entries = Files.walk(cacheHome.resolve("devplan/plans"))) {
            assertThat(entries.filter(p -> p.toString().endsWith(".yaml.cache")).count()).isGreaterThanOrEqualTo(121);
        }
        try (Stream<Path> inRepo = Files.walk(repo)) {
            assertThat(inRepo.filter(p -> p.toString().endsWith(".cache"))).isEmpty();
        }
    }
}
