package io.devplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example repository is what newcomers run first: every plan in it must read cleanly. */
class ExamplesReadTest {
    @Test
    void everyExamplePlanReadsWithoutProblems() {
        Path acme = Path.of("examples/acme");
        Repository repo = Repository.open(acme, Path.of("").toAbsolutePath());
        Repository.Plans plans = repo.loadAll();
        assertThat(plans.problems()).extracting(Problem::format).isEmpty();
        assertThat(plans.plans()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(plans.plans().stream().map(p -> p.employee().team()).distinct()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(repo.config().priorities()).isNotEmpty();
    }
}
