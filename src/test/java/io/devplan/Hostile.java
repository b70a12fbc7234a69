package io.devplan;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the issue 12 tests need from the machine: devplan run as another user (the tests run as
 * root in CI; setpriv drops to uid 65534), a small tmpfs for a full disk, and POSIX ACLs. Each
 * is an assumption: where the machine cannot, the test is skipped with the reason.
 */
public final class Hostile {
    /** The unprivileged user the tests write as. */
    public static final int NOBODY = 65534;
    private static Path classpathCopy;

    private Hostile() {}

    public record Run(int exit, String out, String err) {}

    public static boolean isRoot() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Skips the test unless it runs as root with setpriv, so it can start devplan as another user. */
    public static void assumeOtherUsers() {
        assumeTrue(isRoot(), "needs root to start devplan as another user");
        assumeTrue(onPath("setpriv"), "needs setpriv (util-linux) to start devplan as another user");
    }

    public static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs devplan with {@code args} as uid and gid {@link #NOBODY}, with the supplementary
     * {@code groups}, in {@code cwd}. The test's class path lives under root's home, which that
     * user cannot read, so it runs from a readable copy.
     */
    public static Run asNobody(Path cwd, List<Integer> groups, Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY));
        cmd.add(groups.isEmpty() ? "--clear-groups" : "--groups=" + String.join(",", groups.stream().map(String::valueOf).toList()));
        cmd.addAll(List.of("--", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-cp", readableClasspath(), "io.devplan.Main"));
        cmd.addAll(List.of(args));
        return run(cmd, cwd, Map.of("HOME", "/nonexistent", "DEVPLAN_NO_CACHE", "1"), env);
    }

    /** Runs devplan in a process of its own (for exit statuses the launcher sees, signals, stdin). */
    public static Run devplan(Path cwd, Map<String, String> env, String stdin, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-cp", String.join(File.pathSeparator, runtimeClasspath()),
                "io.devplan.Main"));
        cmd.addAll(List.of(args));
        return run(cmd, cwd, env, Map.of(), stdin);
    }

    private static Run run(List<String> cmd, Path cwd, Map<String, String> env, Map<String, String> more) {
        return run(cmd, cwd, env, more, null);
    }

    private static Run run(List<String> cmd, Path cwd, Map<String, String> env, Map<String, String> more, String stdin) {
        try {
            Path out = Files.createTempFile("devplan-out", ".txt");
            Path err = Files.createTempFile("devplan-err", ".txt");
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            if (stdin == null) {
                pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            }
            pb.environment().putAll(env);
            pb.environment().putAll(more);
            Process p = pb.start();
            if (stdin != null) {
                try (var in = p.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("devplan did not finish in 120 s: " + cmd);
            }
            Run r = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
            Files.delete(out);
            Files.delete(err);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static synchronized String readableClasspath() {
        try {
            if (classpathCopy == null) {
                Path copy = Files.createTempDirectory("devplan-cp");
                Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
                int i = 0;
                for (String entry : runtimeClasspath()) {
                    Path from = Path.of(entry);
                    if (Files.isDirectory(from)) {
                        copyTree(from, copy.resolve("d" + i++));
                    } else if (Files.isRegularFile(from)) {
                        Path to = copy.resolve(i++ + "-" + from.getFileName());
                        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-r--r--"));
                    }
                }
                classpathCopy = copy;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        io.devplan.store.Trees.delete(copy);
                    } catch (IOException e) {
                        // left in the temporary folder
                    }
                }));
            }
            List<String> entries = new ArrayList<>();
            try (var files = Files.list(classpathCopy)) {
                files.sorted().forEach(p -> entries.add(p.toString()));
            }
            return String.join(File.pathSeparator, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * devplan's own class path: its classes and the jars it ships, without the tests' (ical4j's
     * slf4j would warn on stderr, which the tests compare).
     */
    public static List<String> runtimeClasspath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String e = entry.replace('\\', '/');
            if (e.endsWith("/classes") || e.endsWith("/classes/") || e.contains("/org/yaml/snakeyaml/")
                    || e.contains("/com/fasterxml/jackson/core/") || e.contains("/org/jline/")) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path d = to.resolve(from.relativize(dir).toString());
                Files.createDirectories(d);
                Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path f = to.resolve(from.relativize(file).toString());
                Files.copy(file, f, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Lets every user into {@code dir} and the folders above it up to /tmp's level (JUnit makes them 0700). */
    public static void openUp(Path dir) throws IOException {
        for (Path p = dir; p != null && p.getNameCount() > 1; p = p.getParent()) {
            var perms = Files.getPosixFilePermissions(p);
            perms.addAll(PosixFilePermissions.fromString("--x--x--x"));
            Files.setPosixFilePermissions(p, perms);
        }
    }

    /**
     * Mounts a tmpfs of {@code kib} KiB on {@code dir}; skips the test where mounting is not
     * allowed (not root, a sandbox without CAP_SYS_ADMIN).
     */
    public static void mountTmpfs(Path dir, int kib) {
        assumeTrue(isRoot(), "needs root to mount a small tmpfs for a full disk");
        int status = exec("mount", "-t", "tmpfs", "-o", "size=" + kib + "k,mode=0755", "tmpfs", dir.toString());
        assumeTrue(status == 0, "cannot mount a tmpfs here (status " + status + "): no full-disk test");
    }

    public static void unmount(Path dir) {
        exec("umount", "-l", dir.toString());
    }

    /** Fills the file system of {@code dir} (a tmpfs) and then frees {@code free} bytes; returns the filler. */
    public static Path fill(Path dir, int free) throws IOException {
        Path filler = dir.resolve("filler");
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // the disk is full: what we wanted
        }
        long size = Files.size(filler);
        try (var ch = java.nio.channels.FileChannel.open(filler, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(Math.max(0, size - free));
        }
        return filler;
    }

    /** Sets a POSIX ACL granting uid 4243 read access; false where neither setfacl nor python3 can. */
    public static boolean addAcl(Path file) {
        if (onPath("setfacl")) {
            return exec("setfacl", "-m", "u:4243:r", file.toString()) == 0;
        }
        if (onPath("python3")) {
            // The kernel's format of system.posix_acl_access: version 2, then (tag, perm, id) entries.
            String py = "import os,struct\n"
                    + "e=[(1,6,-1),(2,4,4243),(4,0,-1),(0x10,4,-1),(0x20,0,-1)]\n"
                    + "d=struct.pack('<I',2)+b''.join(struct.pack('<HHI',t,p,i & 0xffffffff) for t,p,i in e)\n"
                    + "os.setxattr('" + file + "','system.posix_acl_access',d)\n";
            return exec("python3", "-c", py) == 0;
        }
        return false;
    }

    /** The file's ACL as the kernel stores it (hex), or "" when it has none. */
    public static String acl(Path file) {
        if (onPath("getfacl")) {
            return output("getfacl", "-n", "--omit-header", file.toString());
        }
        return output("python3", "-c", "import os\ntry: print(os.getxattr('" + file
                + "','system.posix_acl_access').hex())\nexcept OSError: print('')");
    }

    public static int exec(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String output(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            return out.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
