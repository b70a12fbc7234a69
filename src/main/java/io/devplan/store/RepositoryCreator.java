package io.devplan.store;

import io.devplan.domain.Said;

import io.devplan.domain.RepoConfig;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Creates a new plan repository: devplan.yaml, plans/, and git settings ({@link GitSetup}) in a git work tree. */
public final class RepositoryCreator {
    private RepositoryCreator() {}

    /**
     * What {@link #init} created, relative to the new root, for the user to see.
     *
     * @param driverMissing why git's merge driver is not set up although the folder has a .git; null when it is
     */
    public record Created(Path root, List<String> files, Said driverMissing) {}

    public static Created init(Path dir, String organization) {
        Path root = dir.toAbsolutePath().normalize();
        Path config = root.resolve(Repository.CONFIG);
        if (Files.exists(config)) {
            throw new WriteRefusedException(Said.of(WriteText.REPOSITORY_EXISTS, "config", config));
        }
        List<String> created = new ArrayList<>();
        GitSetup.Setup git = null;
        try {
            Files.createDirectories(root);
            AtomicFiles.createNew(config, configText(organization), "0644");
            created.add(Repository.CONFIG);
            Path plans = root.resolve(Repository.PLANS);
            if (!Files.isDirectory(plans)) {
                // Plans are HR data: only their owner may even list them, as with the files themselves.
                AtomicFiles.createFolders(plans, AtomicFiles.folderMode(RepoConfig.DEFAULT_FILE_MODE));
                created.add(Repository.PLANS + "/");
            }
            for (String schema : EditorSchemas.FILES) {
                if (!EditorSchemas.installed(root, schema)) {
                    EditorSchemas.install(root, schema);
                    created.add(EditorSchemas.DIR + "/" + schema);
                }
            }
            if (GitSetup.inWorkTree(root)) {
                git = GitSetup.install(root, false);
                created.addAll(git.changed());
            }
        } catch (FileAlreadyExistsException e) {
            throw new WriteRefusedException(Said.of(WriteText.REPOSITORY_EXISTS, "config", config));
        } catch (IOException e) {
            throw new WriteRefusedException(Said.of(WriteText.CANNOT_CREATE_REPOSITORY, "folder", root,
                    "reason", IoReason.of(e)));
        }
        return new Created(root, created, git == null ? null : git.driverMissing());
    }

    static String configText(String organization) {
        return EditorSchemas.modeline(EditorSchemas.CONFIG_SCHEMA, 0)
                + "# devplan repository settings. Every key is optional; see 'man devplan-format'.\n"
                + (organization != null ? "organization: " + YamlText.scalar(organization) + "\n" : "# organization: Acme Logistics\n")
                + "cadence: monthly            # default follow-up cadence of every plan\n"
                + "# timezone: Europe/Copenhagen  # what \"today\" is for due dates (default: the system's zone)\n"
                + "\n"
                + "# Organisational priorities goals align to (SMART: Relevant).\n"
                + "priorities:\n"
                + "#  - id: reliability\n"
                + "#    title: Payments reliability\n"
                + "\n"
                + "# The competency framework that goals and assessments refer to.\n"
                + "competencies:\n"
                + "#  - id: communication\n"
                + "#    title: Communication\n"
                + "\n"
                + "rules:\n"
                + "  max-active-goals: " + RepoConfig.Rules.DEFAULT_MAX_ACTIVE_GOALS + "\n"
                + "  disable: []\n";
    }
}
