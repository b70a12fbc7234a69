package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.devplan.Hostile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 12: --output never destroys anything (report and calendar share the one writer). */
class Issue12OutputTest {
    private static final String PLAN = "employee:\n  id: a\n  name: A\n";

    @TempDir
    Path dir;
    Path repo;
    Path outside;

    @BeforeEach
    void setUp() throws Exception {
        repo = dir.resolve("repo");
        outside = dir.resolve("elsewhere");
        Files.createDirectories(outside);
        assertThat(CliRunner.run("init", repo.toString()).exit()).isZero();
        Files.writeString(repo.resolve("plans/a.yaml"), PLAN);
        Files.writeString(repo.resolve("README.md"), "# our plans\n");
        assumeTrue(Hostile.exec("git", "-C", repo.toString(), "init", "-q") == 0, "git is not installed");
        Hostile.exec("git", "-C", repo.toString(), "add", "README.md");
    }

    private CliRunner.Result report(Path output) {
        return CliRunner.run("--dir", repo.toString(), "report", "--as-of", "2026-11-22", "--output", output.toString());
    }

    private String refusal(Path output, String what) {
        return "devplan: not writing " + output + ": it is " + what + ", which --output never replaces; nothing was "
                + "written. Name a file outside the repository, such as ~/report.html\n";
    }

    static Stream<Arguments> theRepositorysOwnFiles() {
        return Stream.of(
                Arguments.of("devplan.yaml", "the repository's settings (devplan.yaml)"),
                Arguments.of("plans/a.yaml", "in the repository's plans/ folder"),
                Arguments.of("plans/new-report.html", "in the repository's plans/ folder"),
                Arguments.of(".git/config", "in git's own folder"),
                Arguments.of(".git/hooks/pre-commit", "in git's own folder"),
                Arguments.of(".devplan/plan.schema.json", "in devplan's own folder .devplan/"),
                Arguments.of("README.md", "a file git tracks (git ls-files lists it)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("theRepositorysOwnFiles")
    void refusesTheRepositorysOwnFilesLeavingThemByteForByte(String name, String what) throws IOException {
        Path target = repo.resolve(name);
        byte[] before = Files.exists(target) ? Files.readAllBytes(target) : null;
        CliRunner.Result r = report(target);
        assertThat(r.exit()).isEqualTo(ExitCodes.WRITE_REFUSED);
        assertThat(r.err()).isEqualTo(refusal(target, what));
        if (before == null) {
            assertThat(target).doesNotExist();
        } else {
            assertThat(Files.readAllBytes(target)).isEqualTo(before);
        }
    }

    @Test
    void refusesALinkThatLeadsIntoThePlans() throws IOException {
        Path link = outside.resolve("report.html");
        Files.createSymbolicLink(link, repo.resolve("plans/a.yaml"));
        CliRunner.Result r = report(link);
        assertThat(r.exit()).isEqualTo(ExitCodes.WRITE_REFUSED);
        assertThat(r.err()).isEqualTo(refusal(link, "in the repository's plans/ folder"));
        assertThat(Files.readString(repo.resolve("plans/a.yaml"))).isEqualTo(PLAN);
    }

    @Test
    void aNewFileGetsTheFileModeAndAFileThroughOwnLinkIsWrittenKeepingTheLink() throws IOException {
        Path out = outside.resolve("r.txt");
        assertThat(report(out).exit()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        Path link = outside.resolve("latest.txt");
        Files.createSymbolicLink(link, out);
        Files.writeString(out, "old");
        assertThat(report(link).exit()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(out)).startsWith("Progress report");
        try (var names = Files.list(outside)) {
            assertThat(names.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("r.txt", "latest.txt");
        }
    }

    @Test
    void writesThroughAFifo() throws Exception {
        Path fifo = outside.resolve("pipe");
        assumeTrue(Hostile.exec("mkfifo", fifo.toString()) == 0, "mkfifo is not available");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                return "read failed: " + e;
            }
        });
        CliRunner.Result r = report(fifo);
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(reader.get(30, TimeUnit.SECONDS)).startsWith("Progress report");
        assertThat(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()).isTrue();
    }

    @Test
    void writesThroughDevNullWhichStaysADevice() throws IOException {
        CliRunner.Result r = report(Path.of("/dev/null"));
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(Files.readAttributes(Path.of("/dev/null"), BasicFileAttributes.class).isOther()).isTrue();
        assertThat(CliRunner.run("--dir", repo.toString(), "calendar", "--output", "/dev/null").exit()).isZero();
        assertThat(Files.readAttributes(Path.of("/dev/null"), BasicFileAttributes.class).isOther()).isTrue();
    }

    @Test
    void refusesABlockDevice() throws IOException {
        assumeTrue(Hostile.isRoot(), "needs root to make a device node");
        Path disk = outside.resolve("disk");
        // loop device 200: a node only; nothing is behind it even if the check failed.
        assumeTrue(Hostile.exec("mknod", disk.toString(), "b", "7", "200") == 0, "mknod is not available");
        CliRunner.Result r = report(disk);
        assertThat(r.exit()).isEqualTo(ExitCodes.WRITE_REFUSED);
        assertThat(r.err()).isEqualTo("devplan: not writing " + disk + ": it is a block device (a disk); nothing was "
                + "written\n");
    }

    @Test
    void neverFollowsAnotherUsersLinkInASharedStickyFolder() throws IOException {
        assumeTrue(Hostile.isRoot(), "needs root to plant a link as another user");
        Path shared = dir.resolve("tmp");
        Files.createDirectory(shared);
        assertThat(Hostile.exec("chmod", "1777", shared.toString())).isZero();
        Path bait = outside.resolve("where-they-can-read.html");
        Path link = shared.resolve("report.html");
        Files.createSymbolicLink(link, bait);
        assertThat(Hostile.exec("chown", "-h", Hostile.NOBODY + ":" + Hostile.NOBODY, link.toString())).isZero();
        CliRunner.Result r = report(link);
        assertThat(r.exit()).isEqualTo(ExitCodes.WRITE_REFUSED);
        assertThat(r.err()).isEqualTo("devplan: cannot write " + link + ": it is a symbolic link of another user "
                + "(uid 65534) in the shared folder " + shared + "; devplan never follows those, as the kernel's "
                + "protected_symlinks and protected_fifos settings have it; nothing was written\n");
        assertThat(bait).doesNotExist();
        // The same link of one's own is followed, as the kernel does.
        assertThat(Hostile.exec("chown", "-h", "0:0", link.toString())).isZero();
        assertThat(report(link).exit()).isZero();
        assertThat(Files.readString(bait)).startsWith("Progress report");
    }

    @Test
    void sayWhyWhenTheFolderIsMissingOrTheTargetIsAFolder() {
        Path missing = outside.resolve("no/such/r.html");
        CliRunner.Result r = report(missing);
        assertThat(r.exit()).isEqualTo(ExitCodes.WRITE_REFUSED);
        assertThat(r.err()).isEqualTo("devplan: cannot write " + missing + ": no such folder; nothing was written\n");
        CliRunner.Result folder = report(outside);
        assertThat(folder.exit()).isEqualTo(ExitCodes.WRITE_REFUSED);
        assertThat(folder.err()).isEqualTo("devplan: cannot write " + outside + ": it is a folder; name a file in it\n");
    }

    @Test
    void theFileModeOfTheRepositoryIsUsedForNewFiles() throws IOException {
        Files.writeString(repo.resolve("devplan.yaml"), "file-mode: \"0640\"\n", java.nio.file.StandardOpenOption.APPEND);
        Path out = outside.resolve("cal.ics");
        CliRunner.Result r = CliRunner.run("--dir", repo.toString(), "calendar", "--output", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r-----");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("BEGIN:VCALENDAR");
    }
}
