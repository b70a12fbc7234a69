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
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.zip.CRC32C;

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
 *
 * <p>Entries hold HR data and decide what a report shows, so the cache is as careful as ssh with
 * {@code ~/.ssh}: a cache folder that another user owns or that group or others may write is not
 * used at all (once said on stderr); an entry is opened without following links, only when it is
 * a regular file of a bounded size (a FIFO there once hung every run, a link to /dev/zero filled
 * the memory), and used only when its CRC-32C matches (one flipped byte once made a private
 * feedback public). After a scan of every plan, entries of plans that no longer exist are
 * removed, and so are the folders of repositories that no longer exist: HR data must not outlive
 * its plan.
 */
public final class ParseCache {
    /** Long enough for file systems with whole-second or two-second timestamps. */
    static final long SETTLE_MILLIS = 3_000;
    private static final int MAGIC = 0x64706332; // "dpc2": entries end in a CRC-32C
    /** Far above what a 1 MiB plan encodes to; anything larger is not an entry. */
    static final long MAX_ENTRY_BYTES = 8L << 20;

    private final Path dir;
    private final String build;
    private final LongSupplier clock;
    private final AtomicInteger hits = new AtomicInteger();
    /** Folders known to exist, so that a put does not check again. */
    private final Set<Path> madeDirs = ConcurrentHashMap.newKeySet();
    private static final long PROCESS = ProcessHandle.current().pid();
    private static final Set<OpenOption> CREATE_PRIVATE = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path root;
    /** Why the cache is not used, for the user; null when it is. */
    private final io.devplan.domain.Said refusal;

    private ParseCache(Path dir, String build, LongSupplier clock, Path root, io.devplan.domain.Said refusal) {
        this.dir = dir;
        this.build = build;
        this.clock = clock;
        this.root = root;
        this.refusal = refusal;
    }

    /**
     * The cache of the repository at {@code root} under {@code cacheHome} (a folder such as
     * {@code ~/.cache}), or null when this platform has no status change times or this build
     * does not know its own identity. {@code clock} (milliseconds since the epoch) tells whether a
     * file has settled. A cache whose folders are not safe to use is returned with its
     * {@link #refusal()}, and must not be used.
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
        Path devplan = cacheHome.resolve("devplan");
        Path dir = devplan.resolve("plans").resolve(hash(real.toString()));
        io.devplan.domain.Said refusal = CacheFiles.unsafeFolder(cacheHome, true);
        for (Path folder : List.of(devplan, devplan.resolve("plans"), dir)) {
            if (refusal == null) {
                refusal = CacheFiles.unsafeFolder(folder, false);
            }
        }
        return new ParseCache(dir, build, clock, real, refusal);
    }

    /** Why the cache must not be used, for the user once on stderr; null when it may be. */
    io.devplan.domain.Said refusal() {
        return refusal;
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
        byte[] bytes = readEntry(entry(relative));
        if (bytes == null) {
            return null; // none yet, not a plain entry, damaged: parse the file itself
        }
        try {
            int end = bytes.length - 4;
            Header h = Header.read(bytes, end);
            if (h == null || !h.build.equals(build) || !h.relative.equals(relative) || !h.stamp.equals(stamp)) {
                return null;
            }
            T value = decoder.decode(bytes, h.length, end - h.length);
            hits.incrementAndGet();
            return value;
        } catch (IOException | RuntimeException e) {
            return null; // corrupt or foreign: parse the file itself, and the next put replaces it
        }
    }

    /**
     * The bytes of an entry whose CRC-32C matches, or null. Never through a link, never a FIFO or
     * device, never more than {@link #MAX_ENTRY_BYTES}.
     */
    static byte[] readEntry(Path entry) {
        byte[] bytes = CacheFiles.read(entry, MAX_ENTRY_BYTES);
        if (bytes == null || bytes.length < 8) {
            return null;
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        return (int) crc.getValue() == ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt() ? bytes : null;
    }

    private void put(String relative, Stamp stamp, byte[] payload) {
        Path target = entry(relative);
        Path tmp = null;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 256);
            DataOutputStream out = new DataOutputStream(bytes);
            Header.write(out, build, relative, stamp);
            out.write(payload);
            CRC32C crc = new CRC32C();
            crc.update(bytes.toByteArray());
            out.writeInt((int) crc.getValue());
            Path parent = target.getParent();
            if (madeDirs.add(parent)) {
                createPrivateDirectories(parent);
                nameRepository();
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
     * Writes the repository's real path into its folder once, so that a sweep can tell
     * when the repository is gone.
     */
    private void nameRepository() {
        Path file = dir.resolve(CacheSweep.ROOT);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var channel = Stamp.POSIX
                ? Files.newByteChannel(file, CREATE_PRIVATE, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.newByteChannel(file, CREATE_PRIVATE)) {
            channel.write(ByteBuffer.wrap((root + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | UnsupportedOperationException e) {
            // written by a concurrent run, or no room: the folder is swept as unnamed, only costing a re-parse
        }
    }

    /** After a scan of every plan ({@code files}, under {@code plansDir}): see {@link CacheSweep}. */
    void sweep(Path plansDir, List<Path> files, Function<Path, String> relative) {
        CacheSweep.sweep(dir, plansDir, files, relative, ParseCache::fnv);
    }

    /**
     * A folder name for a repository path: 64-bit FNV-1a. Not MessageDigest, whose provider
     * lookup costs more than a whole cached run; and a collision would only share a folder, since
     * entries are also matched by path and inode.
     */
    static String hash(String s) {
        String hex = Long.toHexString(fnv(s));
        return "0".repeat(16 - hex.length()) + hex;
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return h;
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

        /** The header of the entry {@code b}, whose content ends at {@code end} (its checksum after). */
        static Header read(byte[] b, int end) throws IOException {
            var in = new DataInputStream(new ByteArrayInputStream(b, 0, end));
            if (end < 4 || in.readInt() != MAGIC) {
                return null;
            }
            String build = in.readUTF();
            String relative = in.readUTF();
            Stamp s = new Stamp(in.readLong(), in.readLong(), in.readLong(), in.readLong(), false);
            return new Header(build, relative, s, end - in.available());
        }
    }
}
