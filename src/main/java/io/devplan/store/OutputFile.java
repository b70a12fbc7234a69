package io.devplan.store;

import io.devplan.domain.Said;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Writes what {@code --output FILE} names (a report, a calendar feed) without destroying
 * anything: never the repository's settings, a plan or a file git keeps; a FIFO or a device is
 * written through, never replaced; a symbolic link another user planted in a shared folder is
 * not followed; a new file gets the repository's {@code file-mode}, an existing one keeps its
 * mode or a narrower one. A regular file is replaced atomically, so a reader never sees half a
 * report.
 */
public final class OutputFile {
    private static final int S_IFMT = 0170000;
    private static final int S_IFBLK = 0060000;

    private OutputFile() {}

    /**
     * Writes {@code text} to {@code requested} (relative to {@code cwd}).
     *
     * @throws WriteRefusedException naming {@code requested} as the user wrote it, with the reason
     */
    public static void write(Repository repo, Path cwd, Path requested, String text) {
        String shown = requested.toString();
        Path real;
        try {
            real = SafeLinks.follow(cwd.resolve(requested).toAbsolutePath());
        } catch (IOException e) {
            throw new WriteRefusedException(Said.of(WriteText.CANNOT_WRITE_NOTHING_WRITTEN, "file", shown,
                    "reason", IoReason.of(e)));
        }
        Said own = ownedByRepository(repo, real);
        if (own != null) {
            throw new WriteRefusedException(Said.of(WriteText.OUTPUT_OWNED, "file", shown, "what", own));
        }
        try {
            BasicFileAttributes a = attributes(real);
            String mode = repo.config().fileMode();
            if (a == null) {
                replace(real, text, mode);
            } else if (a.isDirectory()) {
                throw new WriteRefusedException(Said.of(WriteText.OUTPUT_FOLDER, "file", shown));
            } else if (a.isRegularFile()) {
                replace(real, text, AtomicFiles.octal(narrowest(real, mode)));
            } else if (isBlockDevice(real)) {
                throw new WriteRefusedException(Said.of(WriteText.OUTPUT_BLOCK_DEVICE, "file", shown));
            } else {
                if (a.isOther()) {
                    SafeLinks.checkOwner(real, real.getParent(), "a FIFO or device", "writes into");
                }
                writeThrough(real, text);
            }
        } catch (IOException e) {
            throw new WriteRefusedException(Said.of(WriteText.CANNOT_WRITE, "file", shown, "reason", IoReason.of(e)));
        }
    }

    /** What the repository has at {@code real} that --output must leave alone, or null. */
    static Said ownedByRepository(Repository repo, Path real) {
        Path root;
        try {
            root = repo.root().toRealPath();
        } catch (IOException e) {
            root = repo.root().toAbsolutePath().normalize();
        }
        if (real.equals(root.resolve(Repository.CONFIG))) {
            return Said.of(WriteText.OWNED_SETTINGS, "config", Repository.CONFIG);
        }
        if (real.startsWith(root.resolve(Repository.PLANS))) {
            return Said.of(WriteText.OWNED_PLANS);
        }
        if (real.startsWith(root.resolve(EditorSchemas.DIR))) {
            return Said.of(WriteText.OWNED_DEVPLAN, "folder", EditorSchemas.DIR);
        }
        Path top = gitTop(root);
        if (top == null) {
            return null;
        }
        for (Path gitDir : gitDirs(top)) {
            if (real.startsWith(gitDir)) {
                return Said.of(WriteText.OWNED_GIT);
            }
        }
        if (real.startsWith(top) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS) && tracked(top, real)) {
            return Said.of(WriteText.OWNED_TRACKED);
        }
        return null;
    }

    /** The work tree holding {@code root}: the nearest folder from it upward with a .git. */
    private static Path gitTop(Path root) {
        for (Path p = root; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return p;
            }
        }
        return null;
    }

    /** {@code top/.git}, and where it points when it is a file (a linked work tree: "gitdir: PATH"). */
    private static List<Path> gitDirs(Path top) {
        Path dotGit = top.resolve(".git");
        Set<Path> dirs = new HashSet<>(List.of(dotGit));
        if (Files.isRegularFile(dotGit)) {
            try {
                String line = Files.readString(dotGit).strip();
                if (line.startsWith("gitdir:")) {
                    Path linked = top.resolve(line.substring("gitdir:".length()).strip());
                    dirs.add(linked.toRealPath());
                    // A linked work tree's folder lives in the main repository's .git/worktrees/.
                    Path common = linked.toRealPath().getParent();
                    if (common != null && common.getFileName() != null && common.getFileName().toString().equals("worktrees")) {
                        dirs.add(common.getParent());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // An unreadable .git file: only .git itself is known to be git's.
            }
        }
        return List.copyOf(dirs);
    }

    /** Whether git tracks {@code file}; false when git cannot say (not installed, not a work tree). */
    private static boolean tracked(Path top, Path file) {
        try {
            Process p = new ProcessBuilder("git", "-C", top.toString(), "ls-files", "--error-unmatch", "--",
                    top.relativize(file).toString())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static BasicFileAttributes attributes(Path real) throws IOException {
        if (!Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        BasicFileAttributes a = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        // A kernel magic link (/proc/self/fd/1): what it leads to, for the kernel to open.
        return a.isSymbolicLink() ? Files.readAttributes(real, BasicFileAttributes.class) : a;
    }

    /** The existing file's permissions, never wider than {@code mode}: a report never becomes more readable. */
    private static Set<PosixFilePermission> narrowest(Path file, String mode) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        Set<PosixFilePermission> perms = AtomicFiles.permissions(mode);
        if (view != null) {
            perms.retainAll(view.readAttributes().permissions());
        }
        return perms;
    }

    private static boolean isBlockDevice(Path file) {
        try {
            return ((Integer) Files.getAttribute(file, "unix:mode") & S_IFMT) == S_IFBLK;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A new copy in a private folder beside {@code real}, renamed over it. */
    private static void replace(Path real, String text, String mode) throws IOException {
        try (TempCopy tmp = TempCopy.beside(real)) {
            tmp.write(text.getBytes(StandardCharsets.UTF_8));
            AtomicFiles.setMode(tmp.file(), mode);
            Files.move(tmp.file(), real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            AtomicFiles.syncDirectory(real.getParent());
        }
    }

    /** A FIFO or a character device (/dev/null, a terminal) is opened and written, as a shell's {@code >} does. */
    private static void writeThrough(Path real, String text) throws IOException {
        try (FileChannel ch = FileChannel.open(real, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        }
    }
}
