package io.devplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.devplan.Hostile;
import io.devplan.domain.CheckIn;
import io.devplan.domain.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.net.InetAddress;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Writing plans: atomic, locked, checked; and (issue 12) keeping what devplan does not own. */
class PlanWriterTest {
    private static final String PLAN = "# keep me\r\nemployee:\r\n  id: a\r\n  name: A\r\n\r\ncheckins:\r\n";

    @TempDir
    Path root;
    Path file;
    Repository repo;

    @BeforeEach
    void setUp() throws IOException {
        Files.writeString(root.resolve("devplan.yaml"), "");
        Files.createDirectories(root.resolve("plans"));
        file = root.resolve("plans/a.yaml");
        Files.writeString(file, PLAN);
        repo = Repository.open(root, root);
    }

    private String withCheckIn(PlanWriter.Snapshot s) {
        return new PlanEdit(s.text()).add(new CheckIn(LocalDate.of(2026, 11, 22), null, "Fine.", Map.of(), null,
                null, null, null, Position.NONE)).text();
    }

    @Test
    void writesTheNewTextKeepingCrlfAndTheFileMode() throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        PlanWriter.Snapshot s = PlanWriter.read(repo, file);
        PlanWriter.standard().write(repo, s, withCheckIn(s));
        assertThat(Files.readString(file)).isEqualTo(PLAN + "  - date: 2026-11-22\r\n    notes: Fine.\r\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        assertThat(root.resolve("plans").toFile().list()).containsExactly("a.yaml");
    }

    @Test
    void writesThroughASymlinkAndKeepsTheLink() throws IOException {
        Path real = root.resolve("elsewhere.yaml");
        Files.move(file, real);
        Files.createSymbolicLink(file, real);
        PlanWriter.Snapshot s = PlanWriter.read(repo, file);
        PlanWriter.standard().write(repo, s, withCheckIn(s));
        assertThat(Files.isSymbolicLink(file)).isTrue();
        assertThat(Files.readString(real)).contains("2026-11-22");
    }

    @Test
    void refusesWhileTheLockIsHeldAndSaysWhoseItIs() throws IOException {
        Files.writeString(root.resolve("plans/a.yaml.lock"), "4242 build-host 2026-11-22T10:00:00Z\n");
        PlanWriter.Snapshot s = PlanWriter.read(repo, file);
        assertThatThrownBy(() -> PlanWriter.standard().write(repo, s, withCheckIn(s)))
                .isInstanceOf(WriteRefusedException.class)
                .hasMessageContaining("plans/a.yaml.lock exists (pid 4242 on build-host, created ")
                .hasMessageContaining("rm ");
        assertThat(Files.readString(file)).isEqualTo(PLAN);
        assertThat(root.resolve("plans/a.yaml.lock")).exists();
    }

    @Test
    void refusesWhenTheFileChangedSinceItWasRead() throws IOException {
        PlanWriter.Snapshot s = PlanWriter.read(repo, file);
        Files.writeString(file, PLAN + "# someone else\r\n");
        assertThatThrownBy(() -> PlanWriter.standard().write(repo, s, withCheckIn(s)))
                .isInstanceOf(WriteRefusedException.class).hasMessageContaining("changed since devplan read it");
        assertThat(Files.readString(file)).isEqualTo(PLAN + "# someone else\r\n");
        assertThat(root.resolve("plans/a.yaml.lock")).doesNotExist();
    }

    @Test
    void refusesAResultThatWouldNotValidate() {
        PlanWriter.Snapshot s = PlanWriter.read(repo, file);
        assertThatThrownBy(() -> PlanWriter.check(repo, s, PLAN + "goals:\r\n  - id: g\r\n", p -> null))
                .isInstanceOf(WriteRefusedException.class)
                .hasMessage("not writing plans/a.yaml: the result would not be a valid plan: a goal needs 'title' (line 8)");
    }

    @ParameterizedTest
    @EnumSource(PlanWriter.Step.class)
    void aFailureAtAnyStepLeavesTheOriginalBytesAndNoDebris(PlanWriter.Step failing) throws IOException {
        PlanWriter.Snapshot s = PlanWriter.read(repo, file);
        PlanWriter writer = new PlanWriter(step -> {
            if (step == failing) {
                throw new IOException("injected at " + step);
            }
        });
        assertThatThrownBy(() -> writer.write(repo, s, withCheckIn(s)))
                .isInstanceOf(WriteRefusedException.class).hasMessageContaining("injected at " + failing);
        assertThat(Files.readString(file)).isEqualTo(PLAN);
        assertThat(root.resolve("plans").toFile().list()).containsExactly("a.yaml");
    }

    // ---- issue 12: writes keep what they don't own

    private void write() {
        PlanWriter.Snapshot s = PlanWriter.read(repo, file);
        PlanWriter.standard().write(repo, s, withCheckIn(s));
    }

    private static GroupPrincipal group(int gid) throws IOException {
        return root().getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName(String.valueOf(gid));
    }

    private static Path root() {
        return Path.of("/");
    }

    private String groupOf(Path p) throws IOException {
        return Files.getFileAttributeView(p, PosixFileAttributeView.class).readAttributes().group().getName();
    }

    @Test
    void keepsThePlansGroupAndMode() throws IOException {
        assumeTrue(Hostile.isRoot(), "needs root to give the plan a group the writer is not in");
        Files.getFileAttributeView(file, PosixFileAttributeView.class).setGroup(group(4242));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        write();
        assertThat(Files.readString(file)).contains("2026-11-22");
        assertThat(groupOf(file)).isEqualTo("4242");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void keepsThePlansAcl() throws IOException {
        assumeTrue(Hostile.addAcl(file), "neither setfacl nor python3 can set an ACL here");
        String acl = Hostile.acl(file);
        assertThat(acl).isNotEmpty();
        write();
        assertThat(Files.readString(file)).contains("2026-11-22");
        assertThat(Hostile.acl(file)).isEqualTo(acl);
    }

    @Test
    void refusesAReadOnlyPlanAndLeavesItByteForByte() throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(this::write).isInstanceOf(WriteRefusedException.class)
                .hasMessage("not writing plans/a.yaml: it is read-only (mode 0444, owner "
                        + Files.getOwner(file).getName() + "); nothing was written. If it may change, make it "
                        + "writable first: chmod u+w plans/a.yaml");
        assertThat(Files.readString(file)).isEqualTo(PLAN);
        assertThat(root.resolve("plans").toFile().list()).containsExactly("a.yaml");
    }

    @Test
    void theTemporaryCopyLivesInAPrivateFolderThatIsRemoved() throws IOException {
        List<String> seen = new ArrayList<>();
        PlanWriter writer = new PlanWriter(step -> {
            if (step == PlanWriter.Step.RENAME) {
                List<Path> left = TempCopy.leftovers(file);
                assertThat(left).hasSize(1);
                Path dir = left.get(0);
                seen.add(dir.getFileName().toString().replaceAll("\\.[0-9a-z]+\\.tmp$", ".RANDOM.tmp"));
                seen.add(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
                seen.add(dir.toFile().list()[0]);
            }
        });
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        PlanWriter.Snapshot s = PlanWriter.read(repo, file);
        writer.write(repo, s, withCheckIn(s));
        assertThat(seen).containsExactly(".a.yaml.RANDOM.tmp", "rwx------", "a.yaml");
        assertThat(root.resolve("plans").toFile().list()).containsExactly("a.yaml");
    }

    @Test
    void aStaleLockSaysItsWriterIsGoneAndNamesTheCopyItLeft() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path lock = root.resolve("plans/a.yaml.lock");
        Files.writeString(lock, gone.pid() + " " + host() + " 2026-11-22T10:00:00Z\n");
        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minusSeconds(300)));
        Path left = root.resolve("plans/.a.yaml.k3j2.tmp");
        Files.createDirectory(left);
        Files.writeString(left.resolve("a.yaml"), PLAN + "  - date: 2026-11-21\n");
        assertThatThrownBy(this::write).isInstanceOf(WriteRefusedException.class)
                .hasMessage("plans/a.yaml is locked by a devplan that is no longer running: plans/a.yaml.lock exists "
                        + "(pid " + gone.pid() + " on this host, no longer running, created 5 min ago); it left a "
                        + "temporary copy: plans/.a.yaml.k3j2.tmp/a.yaml; nothing was written. Remove what it left "
                        + "and try again: rm -r plans/a.yaml.lock plans/.a.yaml.k3j2.tmp");
        assertThat(Files.readString(file)).isEqualTo(PLAN);
    }

    @Test
    void aLockOfARunningWriterSaysItStillRuns() throws Exception {
        Path lock = root.resolve("plans/a.yaml.lock");
        Files.writeString(lock, ProcessHandle.current().pid() + " " + host() + " 2026-11-22T10:00:00Z\n");
        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minusSeconds(30)));
        assertThatThrownBy(this::write).isInstanceOf(WriteRefusedException.class)
                .hasMessage("plans/a.yaml is locked by another devplan: plans/a.yaml.lock exists (pid "
                        + ProcessHandle.current().pid() + " on this host, still running, created 30 s ago); nothing "
                        + "was written. Try again; if no devplan is running (a writer was killed), remove it: "
                        + "rm plans/a.yaml.lock");
    }

    private static String host() throws IOException {
        return InetAddress.getLocalHost().getHostName().replace(' ', '_');
    }

    @Test
    void aResultLargerThanTheReaderAcceptsIsNotWritten() {
        PlanWriter.Snapshot s = PlanWriter.read(repo, file);
        String huge = PLAN + "  - date: 2026-11-22\n    notes: \"" + "x".repeat(1 << 20) + "\"\n";
        assertThatThrownBy(() -> PlanWriter.check(repo, s, huge, p -> null)).isInstanceOf(WriteRefusedException.class)
                .hasMessage("not writing plans/a.yaml: the result would be " + huge.length() + " bytes, more than "
                        + "the 1024 KiB a devplan file may have");
    }
}
