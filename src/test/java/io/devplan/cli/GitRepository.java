package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real git repository in a test folder, with devplan on git's PATH as a small script that runs
 * this build's classes (so git can call the merge driver), and commits whose author and date the
 * test chooses, as GIT_AUTHOR_NAME and GIT_AUTHOR_DATE would in a shell.
 */
final class GitRepository {
    final Path dir;
    private final Path bin;

    /** What git printed and its exit status. */
    record Result(int exit, String out) {}

    GitRepository(Path dir, Path bin) throws IOException {
        this.dir = dir;
        this.bin = bin;
        Path shim = bin.resolve("devplan");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(shim, "#!/bin/sh\nexec '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' io.devplan.Main \"$@\"\n");
        assertThat(shim.toFile().setExecutable(true)).isTrue();
    }

    static boolean gitInstalled() {
        try {
            Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code git init} on branch main, with a committer of its own. */
    GitRepository init() throws Exception {
        Files.createDirectories(dir);
        ok("init", "-q", "-b", "main");
        ok("config", "user.name", "Test");
        ok("config", "user.email", "test@example.com");
        return this;
    }

    /**
     * A plan repository made by devplan init in {@code tmp}, with Ann's plan (the fixture
     * src/test/resources/merge/ann.yaml) committed as {@code author} on {@code date}.
     */
    static GitRepository withAnnsPlan(Path tmp, String message, String author, String date) throws Exception {
        GitRepository repo = new GitRepository(tmp.resolve("plans-repo"), Files.createDirectories(tmp.resolve("bin")))
                .init();
        var init = repo.devplan("init");
        assertThat(init.exit()).as(init.err()).isZero();
        repo.write("plans/ann.yaml", Files.readString(Path.of("src/test/resources/merge/ann.yaml")));
        repo.commitAll(message, author, date);
        return repo;
    }

    /** Runs git and expects it to succeed; returns its output. */
    String ok(String... args) throws Exception {
        Result r = git(Map.of(), args);
        assertThat(r.exit()).as("git " + String.join(" ", args) + ": " + r.out()).isZero();
        return r.out();
    }

    Result git(String... args) throws Exception {
        return git(Map.of(), args);
    }

    /** Runs git with extra environment variables, with this build's devplan first on the PATH. */
    Result git(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> environment = pb.environment();
        environment.put("PATH", bin + ":" + System.getenv("PATH"));
        environment.put("GIT_CONFIG_NOSYSTEM", "1");
        environment.put("LC_ALL", "C");
        environment.putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    /** Commits everything as {@code author} on {@code date} (ISO, at noon UTC). */
    void commitAll(String message, String author, String date) throws Exception {
        ok("add", "-A");
        Map<String, String> env = new HashMap<>();
        String email = author.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.com";
        env.put("GIT_AUTHOR_NAME", author);
        env.put("GIT_AUTHOR_EMAIL", email);
        env.put("GIT_AUTHOR_DATE", date + "T12:00:00Z");
        env.put("GIT_COMMITTER_NAME", author);
        env.put("GIT_COMMITTER_EMAIL", email);
        env.put("GIT_COMMITTER_DATE", date + "T12:00:00Z");
        Result r = git(env, "commit", "-q", "-m", message);
        assertThat(r.exit()).as(r.out()).isZero();
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    String read(String name) throws IOException {
        return Files.readString(dir.resolve(name));
    }

    void write(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        Files.writeString(dir.resolve(name), text);
    }

    /** Replaces {@code from} (which must be there) with {@code to} in a file. */
    void edit(String name, String from, String to) throws IOException {
        String text = read(name);
        assertThat(text).as(name).contains(from);
        write(name, text.replace(from, to));
    }

    /** devplan in this process on this repository. */
    CliRunner.Result devplan(String... args) {
        List<String> all = new ArrayList<>(List.of("--dir", dir.toString()));
        all.addAll(List.of(args));
        return CliRunner.run(all.toArray(String[]::new));
    }
}
