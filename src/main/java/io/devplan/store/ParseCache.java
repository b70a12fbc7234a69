package io.devplan.store;

import io.devplan.domain.Plan;
import io.devplan.domain.RepoConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * What each plan file, and devplan.yaml, meant when it was last read, so that a run parses only
 * the files that changed since, as git's index spares git from reading unchanged files.
 *
 * <p>One cache file per plan (like Python's {@code __pycache__}), under the user's cache folder
 * ({@code $XDG_CACHE_HOME/devplan/plans/HASH/}, HASH naming the repository), not in the
 * repository: nothing appears in {@code git status}, a read-only checkout still gets a cache, and
 * what plans hold (HR data) stays readable by its user only (folders 0700, files 0600).
 *
 * <p>A cached plan is used only when its plan file has the same size, modification time, status
 * change time and inode as when it was cached, and the cache was written by this build of
 * devplan. The status change time (ctime) cannot be set by tools that preserve a file's mtime, so
 * an edit is always seen. A plan read less than {@link #SETTLE_MILLIS} after its file last
 * changed is not cached: a second edit within the same timestamp tick would look unchanged (git's
 * "racy clean" problem). Only plans that read without problems are cached; a broken plan is parsed
 * again on every run and its problems reported. Any trouble with the cache (unreadable,
 * truncated, written by other code, a full disk) makes devplan read the plan itself: the cache can
 * make a run faster, never different.
 */
public final class ParseCache {
    /** Long enough for file systems with whole-second or two-second timestamps. */
    static final long SETTLE_MILLIS = 3_000;
    private static final int MAGIC = 0x64706331; // "dpc1"

    private final Path dir;
    private final String build;
    private final LongSupplier clock;
    private final AtomicInteger hits = new AtomicInteger();
    /** Folders known to exist, so that a put does not check again. */
    private final Set<Path> madeDirs = ConcurrentHashMap.newKeySet();
    private static final long PROCESS = ProcessHandle.current().pid();
    private static final Set<OpenOption> CREATE_PRIVATE = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private ParseCache(Path dir, String build, LongSupplier clock) {
        this.dir = dir;
        this.build = build;
        this.clock = clock;
    }

    /**
     * The cache of the repository at {@code root} under {@code cacheHome} (a folder such as
     * {@code ~/.cache}), or null when this platform has no status change times or this build
     * does not know its own identity. {@code clock} (milliseconds since the epoch) tells whether a
     * file has settled.
     */
    static ParseCache of(Path cacheHome, Path root, LongSupplier clock) {
        String build = BuildInfo.id();
        if (build == null || !Stamp.SUPPORTED) {
            return null;
        }
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            return null;
        }
        return new ParseCache(cacheHome.resolve("devplan").resolve("plans").resolve(hash(real.toString())),
                build, clock);
    }

    Path dir() {
        return dir;
    }

    /** How many files this cache answered for, so far. */
    int hits() {
        return hits.get();
    }

    /** The size and times of a plan file, taken before it is read; null when it cannot be stat'ed. */
    Stamp stamp(Path file) {
        return Stamp.of(file, clock.getAsLong());
    }

    /** The plan cached for {@code relative} with this stamp, or null. */
    Plan plan(String relative, Stamp stamp) {
        return get(relative, stamp, CacheCodec::decode);
    }

    /** Caches a plan that read without problems, unless its file changed too recently. */
    void putPlan(String relative, Stamp stamp, Plan plan) {
        if (stamp.settled()) {
            put(relative, stamp, CacheCodec.encode(plan));
        }
    }

    /** The settings cached for devplan.yaml with this stamp, or null. */
    RepoConfig config(Stamp stamp) {
        return get(Repository.CONFIG, stamp, CacheCodec::decodeConfig);
    }

    void putConfig(Stamp stamp, RepoConfig config) {
        if (stamp.settled()) {
            put(Repository.CONFIG, stamp, CacheCodec.encode(config));
        }
    }

    private interface Decoder<T> {
        T decode(byte[] bytes, int offset, int length);
    }

    private <T> T get(String relative, Stamp stamp, Decoder<T> decoder) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(entry(relative));
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return null; // none yet (NoSuchFileException), or unreadable: parse the file itself
        }
        try {
            Header h = Header.read(bytes);
            if (h == null || !h.build.equals(build) || !h.relative.equals(relative) || !h.stamp.equals(stamp)) {
                return null;
            }
            T value = decoder.decode(bytes, h.length, bytes.length - h.length);
            hits.incrementAndGet();
            return value;
        } catch (IOException | RuntimeException e) {
            return null; // corrupt or foreign: parse the file itself, and the next put replaces it
        }
    }

    private void put(String relative, Stamp stamp, byte[] payload) {
        Path target = entry(relative);
        Path tmp = null;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 256);
            DataOutputStream out = new DataOutputStream(bytes);
            Header.write(out, build, relative, stamp);
            out.write(payload);
            Path parent = target.getParent();
            if (madeDirs.add(parent)) {
                createPrivateDirectories(parent);
            }
            // Not Files.createTempFile: its random names cost more than the rest of a put (2.4 s
            // against 0.5 s for 10,000 entries). A name of this process and thread does not collide
            // on one host; one left by a crash is replaced; and a damaged entry is never trusted.
            tmp = parent.resolve("." + target.getFileName() + "." + PROCESS + "-" + Thread.currentThread().getId() + ".tmp");
            Files.deleteIfExists(tmp);
            try (var channel = Stamp.POSIX
                    ? Files.newByteChannel(tmp, CREATE_PRIVATE, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.newByteChannel(tmp, CREATE_PRIVATE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes.toByteArray());
                while (buf.hasRemaining()) {
                    channel.write(buf);
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | UncheckedIOException | SecurityException | UnsupportedOperationException e) {
            // No cache this time (read-only home, full disk): the answer is the same without it.
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // left behind: a later put of the same entry does not depend on it
                }
            }
        }
    }

    private Path entry(String relative) {
        return dir.resolve(relative + ".cache");
    }

    private void createPrivateDirectories(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Path parent = folder.getParent();
        if (parent != null) {
            createPrivateDirectories(parent);
        }
        try {
            if (Stamp.POSIX) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(folder);
            }
        } catch (FileAlreadyExistsException e) {
            // made by a concurrent run
        }
    }

    /**
     * A folder name for a repository path: 64-bit FNV-1a. Not MessageDigest, whose provider
     * lookup costs more than a whole cached run; and a collision would only share a folder, since
     * entries are also matched by path and inode.
     */
    static String hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        String hex = Long.toHexString(h);
        return "0".repeat(16 - hex.length()) + hex;
    }

    /** What a plan file looked like on disk: when any of it differs, the file changed. */
    record Stamp(long size, long modifiedNanos, long changedNanos, long inode, boolean settled) {
        static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        static final boolean SUPPORTED = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

        static Stamp of(Path file, long nowMillis) {
            Map<String, Object> a;
            try {
                a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino");
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
                return null;
            }
            long modified = ((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS);
            long changed = ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS);
            long latestMillis = Math.max(modified, changed) / 1_000_000;
            boolean settled = latestMillis < nowMillis - SETTLE_MILLIS;
            return new Stamp((Long) a.get("size"), modified, changed, (Long) a.get("ino"), settled);
        }

        /** Equal on disk; whether it had settled when taken does not matter. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Stamp s && size == s.size && modifiedNanos == s.modifiedNanos
                    && changedNanos == s.changedNanos && inode == s.inode;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(size) * 31 + Long.hashCode(modifiedNanos);
        }
    }

    /** The part of a cache file before the encoded plan. */
    private record Header(String build, String relative, Stamp stamp, int length) {
        static void write(DataOutputStream out, String build, String relative, Stamp s) throws IOException {
            out.writeInt(MAGIC);
            out.writeUTF(build);
            out.writeUTF(relative);
            out.writeLong(s.size());
            out.writeLong(s.modifiedNanos());
            out.writeLong(s.changedNanos());
            out.writeLong(s.inode());
        }

        static Header read(byte[] b) throws IOException {
            var in = new DataInputStream(new ByteArrayInputStream(b));
            if (b.length < 4 || in.readInt() != MAGIC) {
                return null;
            }
            String build = in.readUTF();
            String relative = in.readUTF();
            Stamp s = new Stamp(in.readLong(), in.readLong(), in.readLong(), in.readLong(), false);
            return new Header(build, relative, s, b.length - in.available());
        }
    }
}
