package io.devplan.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary copy of a file being replaced or created, in a private folder (0700) of its own
 * beside the file: {@code .NAME.RANDOM.tmp/NAME}. Beside it, because only a rename within one file
 * system is atomic; in a folder of its own, because plans are HR data and a folder nobody else can
 * enter hides the copy, and its name, from every other user while it is written (the plan's own
 * permissions are put on it only just before the rename). The folder name ends in .tmp, which the
 * .gitignore devplan init writes covers, so a copy left by a killed writer never reaches git.
 */
final class TempCopy implements AutoCloseable {
    private static final boolean POSIX =
            java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path dir;
    private final Path file;

    private TempCopy(Path dir, Path file) {
        this.dir = dir;
        this.file = file;
    }

    /** A new, empty copy for {@code target} (which need not exist yet). */
    static TempCopy beside(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        for (int attempt = 0; ; attempt++) {
            // The name only has to differ from what is there; mkdir refuses a taken one, so a name
            // someone guessed and took first (even with a symlink) costs one more attempt.
            Path dir = parent.resolve("." + name + "." + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36)
                    + ".tmp");
            try {
                Files.createDirectory(dir, attrs("rwx------"));
            } catch (FileAlreadyExistsException e) {
                if (attempt < 100) {
                    continue;
                }
                throw e;
            }
            TempCopy copy = new TempCopy(dir, dir.resolve(name));
            try {
                Files.newByteChannel(copy.file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                        attrs("rw-------")).close();
            } catch (IOException | RuntimeException e) {
                copy.close();
                throw e;
            }
            return copy;
        }
    }

    private static FileAttribute<?>[] attrs(String perms) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(perms))}
                : new FileAttribute<?>[0];
    }

    /** The copy itself. */
    Path file() {
        return file;
    }

    /** Its private folder. */
    Path dir() {
        return dir;
    }

    /** Writes {@code bytes} as the whole copy and flushes them to disk. */
    void write(byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    /** Removes the copy (when it was not renamed into place) and its folder. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // Left behind (a full disk, a folder made read-only meanwhile): a stale lock message names it.
        }
    }

    /** The temporary copies of {@code target} that writers left behind, oldest first by name. */
    static java.util.List<Path> leftovers(Path target) {
        String prefix = "." + target.getFileName() + ".";
        try (var names = Files.list(target.toAbsolutePath().getParent())) {
            return names.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(".tmp")
                        && n.substring(prefix.length(), n.length() - 4).matches("[0-9a-z]+");
            }).sorted().toList();
        } catch (IOException | RuntimeException e) {
            return java.util.List.of();
        }
    }
}
