package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.Hostile;
import io.devplan.TestRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: every write failure is exit 4 with a reason and the name of the file the user asked
 * for; a write keeps the plan's group when the writer is another user; a full disk leaves no lock.
 */
class Issue12WriteFailuresTest {
    private static final String PLAN = "employee:\n  id: a\n  name: A\n\nfeedback:\n";

    @TempDir
    Path dir;
    private boolean mounted;

    @AfterEach
    void unmount() {
        if (mounted) {
            Hostile.unmount(dir);
        }
    }

    private Path repo(Path at) throws IOException {
        return TestRepo.withPlan(at, "a", PLAN);
    }

    /** A repository uid 65534 may write, with a plan of that user in group 4242 (say, hr), mode 0640. */
    private Path planOfNobodyInGroup4242() throws IOException {
        Hostile.assumeOtherUsers();
        Path file = repo(dir);
        Hostile.openUp(dir);
        chown(dir.resolve("plans"), Hostile.NOBODY, Hostile.NOBODY);
        chown(file, Hostile.NOBODY, 4242);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        return file;
    }

    private static void chown(Path p, int uid, int gid) throws IOException {
        UserPrincipalLookupService users = p.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
        view.setOwner(users.lookupPrincipalByName(String.valueOf(uid)));
        view.setGroup(users.lookupPrincipalByGroupName(String.valueOf(gid)));
    }

    private static String group(Path p) throws IOException {
        return Files.getFileAttributeView(p, PosixFileAttributeView.class).readAttributes().group().getName();
    }

    @Test
    void anotherUserWritingKeepsThePlansGroup() throws IOException {
        Path file = planOfNobodyInGroup4242();
        // The writer's primary group is 65534; 4242 is one of its other groups.
        var r = Hostile.asNobody(dir, List.of(4242), Map.of(), "feedback", "add", "a", "--text", "Good", "--date",
                "2026-11-20");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(file)).contains("text: Good");
        assertThat(group(file)).isEqualTo("4242");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void aWriterOutsideThePlansGroupIsRefusedAndTheFileIsUnchanged() throws IOException {
        Path file = planOfNobodyInGroup4242();
        var r = Hostile.asNobody(dir, List.of(), Map.of(), "feedback", "add", "a", "--text", "Good");
        assertThat(r.exit()).isEqualTo(ExitCodes.WRITE_REFUSED);
        assertThat(r.err()).isEqualTo("devplan: cannot write plans/a.yaml: cannot keep its group '4242' (you are "
                + "not a member of it); the file is unchanged\n");
        assertThat(Files.readString(file)).isEqualTo(PLAN);
        assertThat(dir.resolve("plans").toFile().list()).containsExactly("a.yaml");
    }

    @Test
    void aPlanAnotherUserMayNotWriteIsRefusedNotReplacedThroughTheFolder() throws IOException {
        Hostile.assumeOtherUsers();
        Path file = repo(dir);
        Hostile.openUp(dir);
        // The folder lets anyone rename files in it; the plan itself is root's and read-only to others.
        Files.setPosixFilePermissions(dir.resolve("plans"), PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        var r = Hostile.asNobody(dir, List.of(), Map.of(), "feedback", "add", "a", "--text", "Good");
        assertThat(r.exit()).isEqualTo(ExitCodes.WRITE_REFUSED);
        assertThat(r.err()).isEqualTo("devplan: not writing plans/a.yaml: it is read-only (mode 0644, owner root); "
                + "nothing was written. If it may change, make it writable first: chmod u+w plans/a.yaml\n");
        assertThat(Files.readString(file)).isEqualTo(PLAN);
    }

    @Test
    void aFullDiskLeavesNoLockAndSaysSo() throws IOException {
        Hostile.mountTmpfs(dir, 256);
        mounted = true;
        Path file = repo(dir);
        Path filler = Hostile.fill(dir, 0);
        String[] args = {"--dir", dir.toString(), "feedback", "add", "a", "--text", "Good", "--date", "2026-11-20"};
        var full = CliRunner.run(args);
        assertThat(full.exit()).isEqualTo(ExitCodes.WRITE_REFUSED);
        assertThat(full.err()).isEqualTo("devplan: cannot write " + file + ": cannot create its lock " + file
                + ".lock: no space left on device; the file is unchanged\n");
        assertThat(Files.readString(file)).isEqualTo(PLAN);
        assertThat(dir.resolve("plans").toFile().list()).containsExactly("a.yaml");

        // Room for the lock, not for the new copy: the reason names the plan, never the copy.
        Files.delete(filler);
        Hostile.fill(dir, 4096);
        var almost = CliRunner.run(args);
        assertThat(almost.exit()).isEqualTo(ExitCodes.WRITE_REFUSED);
        assertThat(almost.err()).isEqualTo("devplan: cannot write " + file + ": no space left on device; the file "
                + "is unchanged\n");
        assertThat(dir.resolve("plans").toFile().list()).containsExactly("a.yaml");

        Files.delete(dir.resolve("filler"));
        var room = CliRunner.run(args);
        assertThat(room.err()).isEmpty();
        assertThat(room.exit()).isZero();
        assertThat(Files.readString(file)).contains("text: Good");
    }

    @Test
    void newIntoAMissingOrReadOnlyPlaceSaysWhyWithExit4() throws IOException {
        repo(dir);
        Path plans = dir.resolve("plans");
        Files.setPosixFilePermissions(plans, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (Hostile.isRoot()) {
                // root writes into a read-only folder anyway; the folder itself must be in the way.
                Files.setPosixFilePermissions(plans, PosixFilePermissions.fromString("rwxr-xr-x"));
                Files.writeString(plans.resolve("team"), "a file where a folder should be\n");
                var r = CliRunner.run("--dir", dir.toString(), "new", "b", "--name", "B", "--folder", "team");
                assertThat(r.exit()).isEqualTo(ExitCodes.WRITE_REFUSED);
                assertThat(r.err()).isEqualTo("devplan: cannot create " + plans.resolve("team/b.yaml")
                        + ": a part of the path is not a folder; nothing was written\n");
            } else {
                var r = CliRunner.run("--dir", dir.toString(), "new", "b", "--name", "B");
                assertThat(r.exit()).isEqualTo(ExitCodes.WRITE_REFUSED);
                assertThat(r.err()).isEqualTo("devplan: cannot create " + plans.resolve("b.yaml")
                        + ": permission denied; nothing was written\n");
            }
        } finally {
            Files.setPosixFilePermissions(plans, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
