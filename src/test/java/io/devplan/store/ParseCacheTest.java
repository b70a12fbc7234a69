package io.devplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.devplan.Hostile;
import io.devplan.domain.Plan;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parse cache over real files: it may make a scan faster, never different. Issue 12: a
 * cache folder others own or may write is not used (and said so once); entries are read without
 * following links, only regular files of a bounded size, only with a matching checksum; entries
 * of plans and repositories that are gone are removed.
 */
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

    // ---- issue 12: the cache holds HR data and decides what reports show

    private Repository open(Path root) {
        return Repository.open(root, tmp, home, LATER);
    }

    private Path entry(String relative) {
        return open(repo).cache().dir().resolve(relative + ".cache");
    }

    private List<Plan> parsed() {
        return Repository.open(repo, tmp).loadAll().plans();
    }

    @Test
    void aCacheFolderOthersMayWriteIsNotUsedAndSaysWhy() throws IOException {
        open(repo).loadAll();
        Path devplan = home.resolve("devplan");
        Files.setPosixFilePermissions(devplan, PosixFilePermissions.fromString("rwxrwxrwx"));
        Repository r = open(repo);
        assertThat(r.cacheWarning()).isEqualTo(devplan + " may be written by others (mode 0777); make it private: "
                + "chmod go-w " + devplan);
        assertThat(r.cache()).isNull();
        assertThat(r.loadAll().plans()).isEqualTo(parsed());

        Files.setPosixFilePermissions(devplan, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(devplan.resolve("plans"), PosixFilePermissions.fromString("rwxrwx---"));
        assertThat(open(repo).cacheWarning()).isEqualTo(devplan.resolve("plans") + " may be written by its group "
                + "(mode 0770); make it private: chmod go-w " + devplan.resolve("plans"));
    }

    @Test
    void aCacheFolderOfAnotherUserIsNotUsed() throws IOException {
        assumeTrue(Hostile.isRoot(), "needs root to give the cache folder away");
        open(repo).loadAll();
        Path devplan = home.resolve("devplan");
        assertThat(Hostile.exec("chown", "-R", Hostile.NOBODY + ":" + Hostile.NOBODY, devplan.toString())).isZero();
        Repository r = open(repo);
        assertThat(r.cacheWarning()).isEqualTo(devplan + " belongs to another user (uid 65534); remove it, or set "
                + "XDG_CACHE_HOME to a folder of your own");
        assertThat(r.cache()).isNull();
    }

    @Test
    void theWarningIsSaidOnceOnStderrAndTheAnswerIsTheSame() throws IOException {
        Hostile.Run plain = Hostile.devplan(tmp, Map.of("DEVPLAN_NO_CACHE", "1"), null, "--dir", repo.toString(), "report");
        Files.createDirectories(home.resolve("devplan"));
        Files.setPosixFilePermissions(home.resolve("devplan"), PosixFilePermissions.fromString("rwxrwxrwx"));
        Hostile.Run r = Hostile.devplan(tmp, Map.of("XDG_CACHE_HOME", home.toString()), null, "--dir", repo.toString(),
                "report");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(plain.out());
        assertThat(r.err()).isEqualTo("devplan: not using the parse cache: " + home.resolve("devplan") + " may be "
                + "written by others (mode 0777); make it private: chmod go-w " + home.resolve("devplan") + "\n");
        assertThat(home.resolve("devplan/plans")).doesNotExist();
    }

    @Test
    void theWarningIsSaidInTheReadersLanguage() throws IOException {
        Files.createDirectories(home.resolve("devplan"));
        Files.setPosixFilePermissions(home.resolve("devplan"), PosixFilePermissions.fromString("rwxrwx---"));
        Hostile.Run r = Hostile.devplan(tmp, Map.of("XDG_CACHE_HOME", home.toString(), "LANG", "da_DK.UTF-8"), null,
                "--dir", repo.toString(), "report");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEqualTo("devplan: bruger ikke fortolkningscachen: " + home.resolve("devplan") + " kan "
                + "skrives af sin gruppe (tilstand 0770); gør den privat: chmod go-w " + home.resolve("devplan") + "\n");
    }

    @Test
    void aFifoALinkToDevZeroAndAHugeFileInPlaceOfAnEntryAreMisses() throws IOException {
        open(repo).loadAll();
        Path alice = entry("plans/alice.yaml");
        Path bob = entry("plans/team/bob.yaml");
        Path config = entry("devplan.yaml");
        Files.delete(alice);
        assumeTrue(Hostile.exec("mkfifo", alice.toString()) == 0, "mkfifo is not available");
        Files.delete(bob);
        Files.createSymbolicLink(bob, Path.of("/dev/zero"));
        Files.delete(config);
        try (RandomAccessFile sparse = new RandomAccessFile(config.toFile(), "rw")) {
            sparse.setLength(ParseCache.MAX_ENTRY_BYTES + 1);
        }
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Repository r = open(repo);
            assertThat(r.loadAll().plans()).isEqualTo(parsed());
            assertThat(r.cache().hits()).as("carol's entry only").isEqualTo(1);
        });
    }

    @Test
    void anyFlippedByteMakesTheEntryAMiss() throws IOException {
        open(repo).loadAll();
        Path alice = entry("plans/alice.yaml");
        byte[] good = Files.readAllBytes(alice);
        assertThat(ParseCache.readEntry(alice)).isEqualTo(good);
        for (int i = 0; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= 0x01;
            Files.write(alice, bad);
            assertThat(ParseCache.readEntry(alice)).as("byte %d flipped", i).isNull();
        }
        Files.write(alice, good);
        Repository r = open(repo);
        r.loadAll();
        assertThat(r.cache().hits()).as("devplan.yaml and three plans").isEqualTo(4);
    }

    @Test
    void entriesOfPlansThatAreGoneAreRemoved() throws IOException {
        open(repo).loadAll();
        Path alice = entry("plans/alice.yaml");
        Path bob = entry("plans/team/bob.yaml");
        assertThat(alice).exists();
        assertThat(bob).exists();
        open(repo).loadAll();
        assertThat(alice).exists();
        assertThat(bob).exists();
        // Only a sub-folder changes: its time tells the next full scan to sweep.
        Files.delete(repo.resolve("plans/team/bob.yaml"));
        open(repo).loadAll();
        assertThat(bob).doesNotExist();
        assertThat(alice).exists();
        Files.delete(repo.resolve("plans/alice.yaml"));
        Files.delete(repo.resolve("plans/team"));
        open(repo).scan(Plan::id);
        assertThat(alice).doesNotExist();
        assertThat(bob.getParent()).doesNotExist();
        assertThat(entry("devplan.yaml")).exists();
        assertThat(entry("plans/carol.yaml")).exists();
    }

    @Test
    void foldersOfRepositoriesThatAreGoneAreRemoved() throws IOException {
        Path other = tmp.resolve("other");
        Files.createDirectories(other.resolve("plans"));
        Files.writeString(other.resolve("devplan.yaml"), "");
        Files.copy(repo.resolve("plans/carol.yaml"), other.resolve("plans/carol.yaml"));
        Path otherDir = open(other).cache().dir();
        open(other).loadAll();
        assertThat(Files.readString(otherDir.resolve(CacheSweep.ROOT))).isEqualTo(other.toRealPath() + "\n");
        Path unnamed = otherDir.resolveSibling("0123456789abcdef");
        Files.createDirectories(unnamed);
        Files.writeString(unnamed.resolve("x.yaml.cache"), "left by an older devplan");

        open(repo).loadAll();
        assertThat(otherDir).exists();
        assertThat(unnamed).doesNotExist();

        try (Stream<Path> files = Files.walk(other)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        open(repo).loadAll();
        assertThat(otherDir).doesNotExist();
        assertThat(open(repo).cache().dir()).exists();
    }
}
