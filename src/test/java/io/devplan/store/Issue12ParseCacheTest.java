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
 * Issue 12: the parse cache holds HR data and decides what reports show. A cache folder others
 * own or may write is not used (and said so once); entries are read without following links, only
 * regular files of a bounded size, and only with a matching checksum; entries of plans and
 * repositories that are gone are removed.
 */
class Issue12ParseCacheTest {
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
        Files.writeString(repo.resolve("devplan.yaml"), "organization: Acme\n");
        plan(repo, "plans/alice.yaml", "alice");
        plan(repo, "plans/team/bob.yaml", "bob");
    }

    private static void plan(Path root, String file, String id) throws IOException {
        Files.writeString(root.resolve(file), "employee:\n  id: " + id + "\n  name: " + id.toUpperCase() + "\n"
                + "feedback:\n  - id: f\n    text: Said in private.\n    private: true\n", StandardCharsets.UTF_8);
    }

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
            assertThat(r.cache().hits()).isZero();
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
        assertThat(r.cache().hits()).as("devplan.yaml and both plans").isEqualTo(3);
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
    }

    @Test
    void foldersOfRepositoriesThatAreGoneAreRemoved() throws IOException {
        Path other = tmp.resolve("other");
        Files.createDirectories(other.resolve("plans"));
        Files.writeString(other.resolve("devplan.yaml"), "");
        plan(other, "plans/carol.yaml", "carol");
        Path otherDir = open(other).cache().dir();
        open(other).loadAll();
        assertThat(Files.readString(otherDir.resolve(ParseCache.ROOT_FILE))).isEqualTo(other.toRealPath() + "\n");
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
