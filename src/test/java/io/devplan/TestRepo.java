package io.devplan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The smallest plan repository a test needs: an empty devplan.yaml and one plan. */
public final class TestRepo {
    private TestRepo() {}

    /** Makes {@code root} a repository with plans/ID.yaml holding {@code plan}; returns the plan file. */
    public static Path withPlan(Path root, String id, String plan) throws IOException {
        Files.writeString(root.resolve("devplan.yaml"), "");
        Files.createDirectories(root.resolve("plans"));
        Path file = root.resolve("plans/" + id + ".yaml");
        Files.writeString(file, plan);
        return file;
    }
}
