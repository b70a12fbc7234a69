package io.devplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The hand-written repository the follow-up commands are tried on: one plan, lena, with comments and both styles. */
final class LoopFixture {
    private static final Path FIXTURES = Path.of("src/test/resources/loop");

    private LoopFixture() {}

    /** Copies the repository into {@code repo}; the plan's file. */
    static Path setUp(Path repo) throws IOException {
        Files.copy(FIXTURES.resolve("devplan.yaml"), repo.resolve("devplan.yaml"));
        Files.createDirectories(repo.resolve("plans"));
        Path file = repo.resolve("plans/lena.yaml");
        Files.copy(FIXTURES.resolve("loop.yaml"), file);
        return file;
    }

    /** A command line on {@code repo}: words split at spaces, a '|' inside a word stands for a space. */
    static String[] argv(Path repo, String args) {
        List<String> argv = new ArrayList<>(List.of("--dir", repo.toString()));
        for (String a : args.split(" ")) {
            argv.add(a.replace('|', ' '));
        }
        return argv.toArray(String[]::new);
    }
}
