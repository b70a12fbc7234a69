package io.devplan.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Follows a path the way the kernel does, refusing the symbolic links that Linux's
 * {@code fs.protected_symlinks} refuses, whether or not this machine has it switched on: a link in
 * a sticky, world-writable folder (such as /tmp) is followed only when it belongs to the user
 * following it or to the folder's owner. Otherwise another user could point
 * {@code /tmp/report.html} at a place of their choosing and read the manager report written there.
 */
final class SafeLinks {
    private static final int MAX_LINKS = 40;
    private static final int STICKY = 01000;
    private static final int OTHERS_WRITE = 02;

    private SafeLinks() {}

    /** A link (or FIFO) that devplan refused: in a shared folder, owned by someone else. */
    static final class UnsafeLinkException extends FileSystemException {
        UnsafeLinkException(Path link, String why) {
            super(link.toString(), null, why);
        }
    }

    /**
     * Where {@code abs} leads: the path with every link resolved, its last part possibly missing
     * (a file to create). A kernel "magic" link that names no path (/proc/self/fd/1 to a pipe) ends
     * the walk: it is returned as it is, for the caller to open.
     *
     * @throws UnsafeLinkException at a link that belongs to another user in a sticky, world-writable folder
     * @throws NoSuchFileException when a folder on the way is missing
     */
    static Path follow(Path abs) throws IOException {
        Path current = abs.getRoot();
        Deque<String> rest = new ArrayDeque<>();
        for (Path part : abs) {
            rest.addLast(part.toString());
        }
        int links = 0;
        while (!rest.isEmpty()) {
            String name = rest.removeFirst();
            if (name.equals(".") || name.isEmpty()) {
                continue;
            }
            if (name.equals("..")) {
                current = current.getParent() == null ? current : current.getParent();
                continue;
            }
            Path next = current.resolve(name);
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(next, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                if (rest.isEmpty()) {
                    return next;
                }
                throw e;
            }
            if (!a.isSymbolicLink()) {
                current = next;
                continue;
            }
            checkOwner(next, current, "a symbolic link", "follows");
            if (++links > MAX_LINKS) {
                throw new FileSystemException(abs.toString(), null, "too many levels of symbolic links");
            }
            Path target = Files.readSymbolicLink(next);
            Path resolved = current.resolve(target);
            if (!Files.exists(resolved, LinkOption.NOFOLLOW_LINKS) && Files.exists(next)) {
                // A link that exists for the kernel but names no path: /proc/PID/fd/N to a pipe or socket.
                if (rest.isEmpty()) {
                    return next;
                }
                throw new NoSuchFileException(abs.toString());
            }
            if (target.isAbsolute()) {
                current = target.getRoot();
            }
            String[] parts = new String[target.getNameCount()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = target.getName(i).toString();
            }
            for (int i = parts.length - 1; i >= 0; i--) {
                rest.addFirst(parts[i]);
            }
        }
        return current;
    }

    /**
     * The kernel's rule for {@code node} (a link, or a FIFO as {@code fs.protected_fifos} has it) in
     * {@code folder}; a platform without unix attributes has no such folders.
     */
    static void checkOwner(Path node, Path folder, String what, String verb) throws IOException {
        Map<String, Object> dir;
        Map<String, Object> own;
        try {
            dir = Files.readAttributes(folder, "unix:mode,uid");
            own = Files.readAttributes(node, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return;
        }
        int mode = (Integer) dir.get("mode");
        if ((mode & STICKY) == 0 || (mode & OTHERS_WRITE) == 0) {
            return;
        }
        long owner = ((Number) own.get("uid")).longValue();
        if (owner == CurrentUser.uid() || owner == ((Number) dir.get("uid")).longValue()) {
            return;
        }
        throw new UnsafeLinkException(node, "it is " + what + " of another user (uid " + owner
                + ") in the shared folder " + folder + "; devplan never " + verb + " those, as the kernel's "
                + "protected_symlinks and protected_fifos settings have it");
    }
}
