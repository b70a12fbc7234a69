package io.devplan.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * HR data must not outlive its plan: after a scan of every plan, the parse cache forgets the
 * plans that are gone, and the repositories that are gone.
 *
 * <p>Listing every entry folder costs 50 ms at 10,000 plans (1,250 folders), so entries are swept
 * only when something may have gone since the last sweep: a folder of plans changed (a plan
 * removed or renamed changes its folder's time), the set of folders that hold plans changed (the
 * last plan of a folder removed), or a day passed. That check is a stat per folder, 4-6 ms there.
 * The {@value #SWEPT} file records the set of folders and, as its time, when the last sweep began.
 */
final class CacheSweep {
    /** The file in a repository's folder that names the repository, so the folder can go with it. */
    static final String ROOT = "root";
    static final String SWEPT = "swept";
    private static final long DAY_MILLIS = 24L * 60 * 60 * 1000;

    private CacheSweep() {}

    /**
     * Sweeps the cache folder {@code dir} of one repository, whose plan files are {@code files}
     * under {@code plansDir} ({@code relative} names them as the entries do), and removes the
     * other repositories' folders beside it whose repository is gone.
     */
    static void sweep(Path dir, Path plansDir, List<Path> files, Function<Path, String> relative,
            ToLongFunction<String> hash) {
        repositories(dir);
        Set<Path> folders = new HashSet<>();
        folders.add(plansDir);
        for (Path file : files) {
            folders.add(file.getParent());
        }
        long shape = 0;
        for (Path folder : folders) {
            shape += hash.applyAsLong(folder.toString()); // a sum: the order of the folders does not matter
        }
        String mark = Long.toHexString(shape) + "\n";
        Path marker = dir.resolve(SWEPT);
        long last = modified(marker);
        long start = System.currentTimeMillis();
        byte[] before = last < 0 ? null : CacheFiles.read(marker, 64);
        if (before != null && new String(before, StandardCharsets.UTF_8).equals(mark) && start - last < DAY_MILLIS
                && folders.stream().allMatch(f -> modified(f) < last)) {
            return;
        }
        Set<String> keep = new HashSet<>(List.of(Repository.CONFIG + ".cache", ROOT, SWEPT));
        Set<String> prefixes = new HashSet<>();
        for (Path file : files) {
            String r = relative.apply(file);
            keep.add(r + ".cache");
            for (int slash = r.indexOf('/'); slash > 0; slash = r.indexOf('/', slash + 1)) {
                prefixes.add(r.substring(0, slash));
            }
        }
        entries(dir, "", keep, prefixes);
        // Marked with the time the sweep began: a plan removed while it ran is seen by the next one.
        try (var out = Files.newByteChannel(marker, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS))) {
            out.write(ByteBuffer.wrap(mark.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | UnsupportedOperationException e) {
            return; // no marker: the next run sweeps again
        }
        try {
            Files.setLastModifiedTime(marker, FileTime.fromMillis(start));
        } catch (IOException e) {
            // marked with the time of the write: a plan removed during the sweep waits for the next change
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Removes what is not in {@code keep} (entries) or {@code folders} (swept in turn); listings only. */
    private static void entries(Path folder, String prefix, Set<String> keep, Set<String> folders) {
        try (DirectoryStream<Path> names = Files.newDirectoryStream(folder)) {
            for (Path p : names) {
                String name = p.getFileName().toString();
                String relative = prefix + name;
                if (keep.contains(relative) || name.startsWith(".") && name.endsWith(".tmp")) {
                    continue; // a live entry, or one a concurrent run is writing
                }
                if (folders.contains(relative)) {
                    entries(p, relative + "/", keep, folders);
                } else {
                    CacheFiles.delete(p);
                }
            }
        } catch (IOException | UncheckedIOException | SecurityException e) {
            // no cache folder yet, or unreadable: nothing to remove
        }
    }

    /** Removes the folders beside {@code dir} whose repository is gone, or that name none (an older devplan's). */
    private static void repositories(Path dir) {
        try (DirectoryStream<Path> repos = Files.newDirectoryStream(dir.getParent())) {
            for (Path other : repos) {
                if (other.equals(dir) || other.getFileName().toString().startsWith(".")) {
                    continue;
                }
                byte[] named = CacheFiles.read(other.resolve(ROOT), 8192);
                String path = named == null ? "" : new String(named, StandardCharsets.UTF_8).strip();
                if (path.isEmpty() || !Files.isRegularFile(Path.of(path).resolve(Repository.CONFIG))) {
                    CacheFiles.delete(other);
                }
            }
        } catch (IOException | UncheckedIOException | SecurityException | InvalidPathException e) {
            // nothing to remove
        }
    }
}
