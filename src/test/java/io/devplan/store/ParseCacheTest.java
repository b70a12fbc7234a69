package io.devplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.domain.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parse cache over real files: it may make a scan faster, never different. */
class ParseCacheTest {
    /** Files written by the test count as settled an hour later. */
    private static final Clock LATER = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));

    @TempDir
    Path tmp;
    Path repo;
    Path home;

    @BeforeEach
    void repository() throws IOException {
        repo = tmp.resolve("repo");
        home = tmp.resolve("cache-home");
        Files.createDirectories(repo.resolve("plans/team"));
        Files.writeString(repo.resolve("devplan.yaml"), "organization: Acme\ncadence: monthly\n");
        plan("plans/alice.yaml", "alice", "Alice Andersen");
        plan("plans/team/bob.yaml", "bob", "Bob Berg");
        plan("plans/carol.yaml", "carol", "Carol Chen");
    }

    private void plan(String file, String id, String name) throws IOException {
        Files.writeString(repo.resolve(file), "employee:\n  id: " + id + "\n  name: " + name + "\n  since: 2026-01-05\n"
                + "goals:\n  - id: g\n    title: Ship the thing\n    due: 2026-06-30\n    baseline: 0\n    target: 3.50\n"
                + "    milestones:\n      - {id: m, title: First step, due: 2026-03-01}\n"
                + "checkins:\n  - date: 2026-02-01\n    progress: {g: 1}\n", StandardCharsets.UTF_8);
    }

    private Repository open(Clock clock) {
        return Repository.open(repo, tmp, home, clock);
    }

    private static List<Plan> plans(Repository r) {
        return r.loadAll().plans();
    }

    @Test
    void settledPlansAreCachedAndThenUsedWithoutParsing() {
        List<Plan> parsed = plans(Repository.open(repo, tmp));
        Repository first = open(LATER);
        assertThat(plans(first)).isEqualTo(parsed);
        assertThat(first.cache().hits()).isZero();

        Repository second = open(LATER);
        assertThat(plans(second)).isEqualTo(parsed);
        assertThat(second.cache().hits()).as("devplan.yaml and three plans").isEqualTo(4);
        assertThat(second.config()).isEqualTo(Repository.open(repo, tmp).config());
    }

    @Test
    void anEditIsSeenEvenWhenItKeepsTheSizeAndTheModificationTime() throws IOException {
        plans(open(LATER));
        Path alice = repo.resolve("plans/alice.yaml");
        FileTime mtime = Files.getLastModifiedTime(alice);
        String text = Files.readString(alice);
        Files.writeString(alice, text.replace("Alice Andersen", "Alice Anderson"));
        Files.setLastModifiedTime(alice, mtime);      // what rsync -t or cp -p would do
        Repository again = open(LATER);
        assertThat(again.loadAll().byId("alice").orElseThrow().employee().name()).isEqualTo("Alice Anderson");
        assertThat(again.cache().hits()).isEqualTo(3);
    }

    @Test
    void filesThatJustChangedAreNotCached() {
        plans(open(Clock.systemUTC()));
        Repository again = open(Clock.systemUTC());
        plans(again);
        assertThat(again.cache().hits()).isZero();
        assertThat(entries()).isEmpty();
    }

    @Test
    void aBrokenPlanIsNeverCachedAndItsProblemIsReportedEveryTime() throws IOException {
        Files.writeString(repo.resolve("plans/carol.yaml"), "employee:\n  id: carol\n  name: [Carol\n");
        for (int run = 0; run < 2; run++) {
            Repository r = open(LATER);
            Repository.Plans read = r.loadAll();
            assertThat(read.plans()).extracting(Plan::id).containsExactly("alice", "bob");
            assertThat(read.problems()).hasSize(1);
            assertThat(read.problems().get(0).format()).startsWith("repo/plans/carol.yaml:4:1: syntax error");
        }
        assertThat(entries()).noneMatch(p -> p.toString().contains("carol"));
    }

    @Test
    void aDamagedEntryIsParsedAgainAndReplaced() throws IOException {
        List<Plan> parsed = plans(Repository.open(repo, tmp));
        plans(open(LATER));
        changeEntries(b -> java.util.Arrays.copyOf(b, b.length / 2));
        Repository damaged = open(LATER);
        assertThat(plans(damaged)).isEqualTo(parsed);
        assertThat(damaged.cache().hits()).isZero();
        Repository repaired = open(LATER);
        assertThat(plans(repaired)).isEqualTo(parsed);
        assertThat(repaired.cache().hits()).isEqualTo(4);
    }

    @Test
    void anEntryWrittenByAnotherBuildIsNotTrusted() throws IOException {
        List<Plan> parsed = plans(Repository.open(repo, tmp));
        plans(open(LATER));
        changeEntries(b -> {
            b[7] ^= 1; // inside the build id, just after the magic number and its length
            return b;
        });
        Repository other = open(LATER);
        assertThat(plans(other)).isEqualTo(parsed);
        assertThat(other.cache().hits()).isZero();
    }

    @Test
    void aChangedDevplanYamlIsReadAgain() throws IOException {
        open(LATER);
        Files.writeString(repo.resolve("devplan.yaml"), "organization: Acme Logistics\n");
        assertThat(open(LATER).config().organization()).isEqualTo("Acme Logistics");
    }

    @Test
    void withoutAUsableCacheFolderEverythingStillWorks() throws IOException {
        Files.writeString(home, "not a folder");
        List<Plan> parsed = plans(Repository.open(repo, tmp));
        assertThat(plans(open(LATER))).isEqualTo(parsed);
        assertThat(plans(open(LATER))).isEqualTo(parsed);
    }

    @Test
    void entriesAreTheUsersOnlyAndNothingIsWrittenIntoTheRepository() throws IOException {
        List<Path> before = tree(repo);
        plans(open(LATER));
        assertThat(tree(repo)).isEqualTo(before);
        assertThat(entries()).hasSize(4);
        if (ParseCache.Stamp.POSIX) {
            for (Path e : entries()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(e))).isEqualTo("rw-------");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(e.getParent()))).isEqualTo("rwx------");
            }
        }
    }

    private void changeEntries(java.util.function.UnaryOperator<byte[]> change) throws IOException {
        for (Path e : entries()) {
            Files.write(e, change.apply(Files.readAllBytes(e)));
        }
    }

    private List<Path> entries() {
        if (!Files.isDirectory(home)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(home)) {
            return s.filter(p -> p.toString().endsWith(".cache")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> tree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.sorted().toList();
        }
    }
}
