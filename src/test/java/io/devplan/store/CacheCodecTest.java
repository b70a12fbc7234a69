package io.devplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devplan.bench.GenerateRepository;
import io.devplan.domain.Plan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the parse cache stores must decode to exactly what was read: every field of every record
 * (records compare all their components), over the hand-written examples and generated plans.
 */
class CacheCodecTest {
    private static final Path HERE = Path.of("").toAbsolutePath();

    @Test
    void everyExamplePlanAndTheSettingsComeBackEqual() {
        Repository repo = Repository.open(Path.of("examples/acme"), HERE);
        List<Plan> plans = repo.loadAll().plans();
        assertThat(plans).hasSizeGreaterThanOrEqualTo(12);
        for (Plan p : plans) {
            byte[] bytes = CacheCodec.encode(p);
            assertThat(CacheCodec.decode(bytes, 0, bytes.length)).as(p.file()).isEqualTo(p);
        }
        byte[] config = CacheCodec.encode(repo.config());
        assertThat(CacheCodec.decodeConfig(config, 0, config.length)).isEqualTo(repo.config());
        assertThat(repo.config().tracks()).isNotEmpty();
    }

    @Test
    void generatedPlansComeBackEqual(@TempDir Path tmp) throws IOException {
        new GenerateRepository(3, null, null).generate(tmp, 300);
        Repository repo = Repository.open(tmp, HERE);
        Repository.Plans read = repo.loadAll();
        assertThat(read.problems()).isEmpty();
        for (Plan p : read.plans()) {
            byte[] bytes = CacheCodec.encode(p);
            assertThat(CacheCodec.decode(bytes, 0, bytes.length)).as(p.file()).isEqualTo(p);
        }
    }

    @Test
    void anEmptyConfigComesBackEqual() {
        byte[] bytes = CacheCodec.encode(io.devplan.domain.RepoConfig.DEFAULTS);
        assertThat(CacheCodec.decodeConfig(bytes, 0, bytes.length)).isEqualTo(io.devplan.domain.RepoConfig.DEFAULTS);
    }

    @Test
    void truncatedOrPaddedBytesNeverDecodeToAPlan() {
        Plan plan = Repository.open(Path.of("examples/acme"), HERE).loadAll().plans().get(0);
        byte[] bytes = CacheCodec.encode(plan);
        List<Integer> decoded = new ArrayList<>();
        for (int length = 0; length < bytes.length; length++) {
            try {
                CacheCodec.decode(bytes, 0, length);
                decoded.add(length);
            } catch (RuntimeException expected) {
                // what ParseCache turns into a miss
            }
        }
        assertThat(decoded).as("lengths that decoded").isEmpty();
        byte[] padded = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> CacheCodec.decode(padded, 0, padded.length)).isInstanceOf(CacheCodec.Corrupt.class);
    }
}
