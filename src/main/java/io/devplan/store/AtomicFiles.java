package io.devplan.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Creating files so that a crash never leaves a half-written one under its real name. */
public final class AtomicFiles {
    private AtomicFiles() {}

    /**
     * Creates {@code file} with {@code text} and the octal {@code mode}, refusing when it exists.
     * The text goes to a temporary copy in a private folder beside it, is flushed to disk, and is
     * then linked to its name, which fails atomically when the name is taken. Its folder must exist.
     */
    public static void createNew(Path file, String text, String mode) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        try (TempCopy tmp = TempCopy.beside(file)) {
            tmp.write(text.getBytes(StandardCharsets.UTF_8));
            setMode(tmp.file(), mode);
            try {
                Files.createLink(file, tmp.file());
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (e instanceof FileAlreadyExistsException) {
                    throw e;
                }
                // No hard links here (some network and FAT file systems): check, then rename.
                if (Files.exists(file)) {
                    throw new FileAlreadyExistsException(file.toString());
                }
                Files.move(tmp.file(), file, StandardCopyOption.ATOMIC_MOVE);
            }
            syncDirectory(dir);
        }
    }

    /**
     * Replaces a scratch file devplan owns outright (git's copy of OURS that the merge driver
     * leaves its result in) through a private temporary file and a rename, so git never reads a
     * half-written result. Plans are written by {@link PlanWriter}, outputs by {@link OutputFile}.
     */
    public static void replaceScratch(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp",
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(permissions("0600")));
        try {
            Files.writeString(tmp, text, java.nio.charset.StandardCharsets.UTF_8);
            Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
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

    /** The octal form of {@code perms}, such as "0640", as messages and chmod show it. */
    static String octal(Set<PosixFilePermission> perms) {
        int bits = 0;
        for (PosixFilePermission p : perms) {
            bits |= 1 << (8 - p.ordinal());
        }
        return String.format("%04o", bits);
    }

    /**
     * The mode of a folder that holds files of {@code fileMode}: whoever may read the files may
     * also enter the folder ("0600" gives "0700", "0640" gives "0750").
     */
    public static String folderMode(String fileMode) {
        int bits = Integer.parseInt(fileMode, 8);
        for (int shift = 0; shift <= 6; shift += 3) {
            if ((bits >> shift & 4) != 0) {
                bits |= 1 << shift;
            }
        }
        return String.format("%04o", bits);
    }

    /**
     * Creates {@code dir} and any missing folders above it with {@code mode}, as far as the file
     * system has POSIX permissions; folders that exist are left as they are.
     */
    public static void createFolders(Path dir, String mode) throws IOException {
        Path abs = dir.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            return;
        }
        Path parent = abs.getParent();
        if (parent != null) {
            createFolders(parent, mode);
        }
        try {
            // Made owner-only, then opened up to the mode: never wider than meant, even for a moment.
            if (Files.getFileStore(parent).supportsFileAttributeView("posix")) {
                Files.createDirectory(abs, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(abs);
            }
        } catch (FileAlreadyExistsException e) {
            if (Files.isDirectory(abs)) {
                return; // made by a concurrent run
            }
            throw new java.nio.file.NotDirectoryException(abs.toString());
        }
        setMode(abs, mode);
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
