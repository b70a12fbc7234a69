package io.devplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devplan.domain.CheckIn;
import io.devplan.domain.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
}
