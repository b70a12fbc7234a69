package io.devplan.bench;

import io.devplan.domain.DueKind;
import io.devplan.domain.Plan;
import io.devplan.domain.PlanView;
import io.devplan.store.Problem;
import io.devplan.store.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's repositories must be valid input, shaped like real ones, and reproducible. */
class GenerateRepositoryTest {
    @TempDir
    Path tmp;

    @Test
    void twoHundredPlansReadWithoutProblems() throws IOException {
        Path out = tmp.resolve("repo");
        new GenerateRepository(7, null, null).generate(out, 200);

        Repository repo = Repository.open(out, tmp);
        Repository.Plans loaded = repo.loadAll();

        assertThat(loaded.problems()).extracting(Problem::format).isEmpty();
        assertThat(loaded.plans()).hasSize(200);
        List<Plan> plans = loaded.plans();
        assertThat(plans).allSatisfy(p -> {
            assertThat(p.goals()).hasSizeBetween(2, 5);
            assertThat(p.checkins()).hasSizeBetween(3, 12);
            assertThat(p.assessments()).isNotEmpty();
            assertThat(p.feedback()).isNotEmpty();
        });
        assertThat(plans.stream().map(p -> p.employee().team()).distinct().count()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void managersFormOneTree() throws IOException {
        Path out = tmp.resolve("repo");
        new GenerateRepository(7, null, null).generate(out, 500);

        List<Plan> plans = Repository.open(out, tmp).loadAll().plans();
        Map<String, Plan> byId = plans.stream().collect(Collectors.toMap(Plan::id, p -> p));
        List<Plan> roots = plans.stream().filter(p -> p.employee().manager() == null).toList();
        assertThat(roots).hasSize(1);
        for (Plan p : plans) {
            int depth = 0;
            for (Plan q = p; q.employee().manager() != null; q = byId.get(q.employee().manager())) {
                assertThat(byId).containsKey(q.employee().manager());
                depth++;
                assertThat(depth).isLessThan(6);
            }
        }
        Map<String, Long> teamSizes = plans.stream().filter(p -> !"management".equals(p.employee().track()))
                .collect(Collectors.groupingBy(p -> p.employee().manager(), TreeMap::new, Collectors.counting()));
        assertThat(teamSizes.values()).allSatisfy(n -> assertThat(n).isBetween(4L, 12L));
    }

    @Test
    void aRealisticShareIsOverdueAsOfTheBenchmarkDate() throws IOException {
        Path out = tmp.resolve("repo");
        new GenerateRepository(7, null, null).generate(out, 200);

        Repository repo = Repository.open(out, tmp);
        List<Plan> plans = repo.loadAll().plans();
        long withOverdue = plans.stream()
                .filter(p -> !io.devplan.domain.PlanView.of(p, repo.config(), GenerateRepository.AS_OF, -1).overdue().isEmpty())
                .count();
        assertThat(withOverdue).isBetween(40L, 180L);
    }

    @Test
    void theSameSeedGivesIdenticalBytes() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        new GenerateRepository(11, tmp.resolve("a.json"), GenerateRepository.AS_OF).generate(a, 120);
        new GenerateRepository(11, tmp.resolve("b.json"), GenerateRepository.AS_OF).generate(b, 120);

        assertThat(files(a)).isEqualTo(files(b));
        for (Path f : files(a)) {
            assertThat(Files.readAllBytes(b.resolve(f))).as(f.toString()).isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
        assertThat(Files.readAllBytes(tmp.resolve("b.json"))).isEqualTo(Files.readAllBytes(tmp.resolve("a.json")));
    }

    @Test
    void thePlansDoNotDependOnTheTaskwarriorFile() throws IOException {
        new GenerateRepository(5, null, null).generate(tmp.resolve("a"), 60);
        new GenerateRepository(5, tmp.resolve("t.json"), GenerateRepository.AS_OF).generate(tmp.resolve("b"), 60);

        for (Path f : files(tmp.resolve("a"))) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f))).as(f.toString())
                    .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(f)));
        }
    }

    @Test
    void taskwarriorItemsAreOverdueExactlyWhenDevplanSaysSo() throws IOException {
        Path json = tmp.resolve("tasks.json");
        new GenerateRepository(9, json, GenerateRepository.AS_OF).generate(tmp.resolve("repo"), 300);
        Repository repo = Repository.open(tmp.resolve("repo"), tmp);
        long devplan = repo.loadAll().plans().stream()
                .flatMap(p -> io.devplan.domain.PlanView.of(p, repo.config(), GenerateRepository.AS_OF, -1).overdue().stream())
                .filter(d -> d.kind() != io.devplan.domain.DueKind.CHECKIN)
                .count();

        String asOf = GenerateRepository.AS_OF.toString().replace("-", "");
        long tasks = Files.readAllLines(json).stream()
                .map(l -> l.substring(l.indexOf("\"due\":\"") + 7, l.indexOf("\"due\":\"") + 15))
                .filter(due -> due.compareTo(asOf) < 0)
                .count();
        assertThat(tasks).isEqualTo(devplan).isPositive();
    }

    @Test
    void anotherSeedGivesOtherPlans() throws IOException {
        new GenerateRepository(1, null, null).generate(tmp.resolve("a"), 20);
        new GenerateRepository(2, null, null).generate(tmp.resolve("b"), 20);

        assertThat(files(tmp.resolve("a"))).isNotEqualTo(files(tmp.resolve("b")));
    }

    @Test
    void taskwarriorFileHoldsOneOpenDatedItemPerLine() throws IOException {
        Path json = tmp.resolve("tasks.json");
        GenerateRepository g = new GenerateRepository(7, json, GenerateRepository.AS_OF.plusDays(3));
        g.generate(tmp.resolve("repo"), 50);

        List<String> lines = Files.readAllLines(json);
        assertThat(lines).hasSize(g.taskCount()).isNotEmpty();
        assertThat(lines).allSatisfy(l -> assertThat(l)
                .matches("\\{\"uuid\":\"[0-9a-f-]{36}\",\"status\":\"pending\",.*\"project\":\"[a-z0-9.-]+\",\"due\":\"\\d{8}T235959Z\",\"tags\":\\[\"(goal|milestone|action)\".*\\]\\}"));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
