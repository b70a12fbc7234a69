package io.devplan.store;

import io.devplan.domain.Said;

import io.devplan.domain.Cadence;
import io.devplan.domain.EmployeeId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/** Creates the file of a new plan; its id, an {@link EmployeeId}, is a safe file name by the one id rule. */
public final class NewPlan {
    private NewPlan() {}

    /** The fields of a new plan; all but id and name may be null. */
    public record Fields(EmployeeId id, String name, String role, String team, String manager, String email,
                         LocalDate since, Cadence cadence, String track, String level) {}

    /** Writes plans/ID.yaml (or under {@code folder}); refuses an id that any plan already has. */
    public static Path create(Repository repo, Fields f, String folder) {
        var existing = repo.planFile(f.id());
        if (existing.isPresent()) {
            throw new WriteRefusedException(Said.of(WriteText.PLAN_EXISTS, "id", f.id(), "file",
                    repo.shown(existing.get())));
        }
        Path dir = folder == null ? repo.plansDir() : repo.plansDir().resolve(folder).normalize();
        if (!dir.startsWith(repo.plansDir())) {
            throw new IllegalArgumentException("the folder must be inside plans/");
        }
        Path file = dir.resolve(f.id().fileName());
        String text = modeline(repo, file) + text(f);
        PlanWriter.check(repo, file, text);
        String mode = repo.config().fileMode();
        try {
            AtomicFiles.createFolders(dir, AtomicFiles.folderMode(mode));
            AtomicFiles.createNew(file, text, mode);
        } catch (FileAlreadyExistsException e) {
            throw new WriteRefusedException(Said.of(WriteText.PLAN_EXISTS, "id", f.id(), "file", repo.shown(file)));
        } catch (IOException e) {
            throw new WriteRefusedException(Said.of(WriteText.CANNOT_CREATE, "file", repo.shown(file),
                    "reason", IoReason.of(e)));
        }
        readBack(repo, file, text);
        return file;
    }

    /** The file as it is on disk now must be what was written (a file system can lose or mangle bytes). */
    private static void readBack(Repository repo, Path file, String text) {
        Said problem;
        try {
            problem = Arrays.equals(Files.readAllBytes(file), text.getBytes(StandardCharsets.UTF_8)) ? null
                    : Said.of(WriteText.CREATED_READS_DIFFERENTLY, "file", repo.shown(file));
        } catch (IOException e) {
            problem = Said.of(WriteText.CREATED_UNREADABLE, "file", repo.shown(file), "reason", IoReason.of(e));
        }
        if (problem != null) {
            throw new WriteRefusedException(problem);
        }
    }

    /** Points YAML-aware editors at the plan schema, when the repository has it (devplan init copies it). */
    private static String modeline(Repository repo, Path file) {
        if (!EditorSchemas.installed(repo.root(), EditorSchemas.PLAN_SCHEMA)) {
            return "";
        }
        return EditorSchemas.modeline(EditorSchemas.PLAN_SCHEMA, repo.root().relativize(file.getParent()).getNameCount());
    }

    static String text(Fields f) {
        StringBuilder b = new StringBuilder();
        b.append("# Development plan of ").append(f.name().replace('\n', ' ')).append(". Format: man devplan-format\n");
        b.append("employee:\n");
        line(b, "id", f.id().value());
        line(b, "name", f.name());
        line(b, "role", f.role());
        line(b, "team", f.team());
        line(b, "manager", f.manager());
        line(b, "email", f.email());
        if (f.since() != null) {
            b.append("  since: ").append(f.since()).append('\n');
        }
        line(b, "cadence", f.cadence() == null ? null : f.cadence().text());
        line(b, "track", f.track());
        line(b, "level", f.level());
        b.append("\nfeedback:\n\ngoals:\n\ncheckins:\n\nachievements:\n\nassessments:\n");
        return b.toString();
    }

    private static void line(StringBuilder b, String key, String value) {
        if (value != null) {
            b.append("  ").append(key).append(": ").append(YamlText.scalar(value)).append('\n');
        }
    }
}
