package io.devplan.store;

import io.devplan.domain.Said;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * The parse cache's files, handled as HR data must be, as ssh handles {@code ~/.ssh}: folders
 * that nobody else owns or may write, files read only when they are regular files of a bounded
 * size and never through a link (a FIFO there once hung every run, a link to /dev/zero filled
 * the memory).
 */
final class CacheFiles {
    private CacheFiles() {}

    /**
     * Why {@code folder} is not safe for the cache, or null: another user (root aside) owns it,
     * or group or others may write it (they could swap entries). A sticky folder such as /tmp may
     * hold the cache folder ({@code mayBeSticky}), not be it. A missing folder is made 0700.
     */
    static Said unsafeFolder(Path folder, boolean mayBeSticky) {
        Map<String, Object> a;
        try {
            a = Files.readAttributes(folder, "unix:uid,mode");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return null; // missing (made 0700 when needed), or a platform without owners
        }
        long uid = ((Number) a.get("uid")).longValue();
        int mode = (Integer) a.get("mode");
        if (uid != CurrentUser.uid() && uid != 0) {
            return ReadingText.CACHE_OTHER_USER.with("folder", folder.toString(), "uid", uid);
        }
        if ((mode & 022) != 0 && !(mayBeSticky && (mode & 01000) != 0)) {
            return ((mode & 02) != 0 ? ReadingText.CACHE_WRITABLE_BY_OTHERS : ReadingText.CACHE_WRITABLE_BY_GROUP)
                    .with("folder", folder.toString(), "mode", String.format("%04o", mode & 07777));
        }
        return null;
    }

    /** The bytes of {@code file} when it is a regular file (not a link) of at most {@code max} bytes; else null. */
    static byte[] read(Path file, long max) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || a.size() > max) {
                return null;
            }
            try (SeekableByteChannel ch = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                long size = ch.size();
                if (size > max) {
                    return null;
                }
                ByteBuffer buf = ByteBuffer.allocate((int) size);
                while (buf.hasRemaining() && ch.read(buf) > 0) {
                    // read it all
                }
                return buf.hasRemaining() ? null : buf.array();
            }
        } catch (IOException | UncheckedIOException | SecurityException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** Removes {@code p} with what is in it; what cannot be removed now goes at a later sweep. */
    static void delete(Path p) {
        try {
            Trees.delete(p);
        } catch (IOException | UncheckedIOException e) {
            // left for the next sweep
        }
    }
}
