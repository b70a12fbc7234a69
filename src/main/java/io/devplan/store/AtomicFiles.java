package io.devplan.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Creating files so that a crash never leaves a half-written one under its real name. */
public final class AtomicFiles {
    private AtomicFiles() {}

    /**
     * Creates {@code file} with {@code text} and the octal {@code mode}, refusing when it exists.
     * The text goes to a temporary file in the same folder, is flushed to disk, and is then linked
     * to its name, which fails atomically when the name is taken.
     */
    public static void createNew(Path file, String text, String mode) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        try {
            write(tmp, text);
            setMode(tmp, mode);
            try {
                Files.createLink(file, tmp);
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (e instanceof FileAlreadyExistsException) {
                    throw e;
                }
                // No hard links here (some network and FAT file systems): check, then rename.
                if (Files.exists(file)) {
                    throw new FileAlreadyExistsException(file.toString());
                }
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes {@code text} to {@code file}, replacing it whole or not at all: the text goes to a
     * temporary file in the same folder, is flushed to disk, takes the old file's permissions (or
     * {@code mode} for a new file) and is renamed over the name; then the folder is flushed. A
     * crash leaves the old file or the new one, never a mix. A symbolic link is written through.
     */
    public static void replace(Path file, String text, String mode) throws IOException {
        Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            write(tmp, text);
            if (Files.exists(target) && Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            } else {
                setMode(tmp, mode);
            }
            Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static void write(Path file, String text) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    /** Sets an octal mode such as "0600" where the file system has POSIX permissions. */
    public static void setMode(Path file, String mode) throws IOException {
        if (!Files.getFileStore(file).supportsFileAttributeView("posix")) {
            return;
        }
        Files.setPosixFilePermissions(file, permissions(mode));
    }

    static Set<PosixFilePermission> permissions(String mode) {
        int bits = Integer.parseInt(mode, 8);
        StringBuilder s = new StringBuilder();
        String rwx = "rwx";
        for (int shift = 6; shift >= 0; shift -= 3) {
            for (int i = 0; i < 3; i++) {
                s.append((bits >> (shift + 2 - i) & 1) == 1 ? rwx.charAt(i) : '-');
            }
        }
        return PosixFilePermissions.fromString(s.toString());
    }

    /** Makes a rename durable; not every platform can open a folder, so failure is ignored. */
    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // Best effort: the rename itself is already atomic.
        }
    }
}
