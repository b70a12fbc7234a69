package io.devplan.store;

import io.devplan.domain.Plan;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a changed plan so that nothing is ever lost: read, check, write under a lock.
 *
 * <p>The lock is a separate file, {@code FILE.lock}, created only if absent (git's lockfile
 * approach; a lock on the plan itself would not survive the rename). Under the lock the file
 * must still hold the bytes that were read; the new text goes to a temporary file in the same
 * folder, is flushed to disk, gets the plan's permissions and is renamed over the plan in one
 * step, so a crash leaves the old file or the new one. A stale lock is reported, never removed.
 */
public final class PlanWriter {
    /** Test hook: milliseconds to sleep before the rename, so a test can kill a writer mid-way. */
    static final String PAUSE_ENV = "DEVPLAN_TEST_PAUSE_BEFORE_RENAME";

    /** A step of a write, for tests that inject a failure at each one. */
    enum Step { LOCK, COMPARE, TEMP, WRITE, MODE, RENAME }

    @FunctionalInterface
    interface Hook {
        void before(Step step) throws IOException;
    }

    private final Hook hook;

    PlanWriter(Hook hook) {
        this.hook = hook;
    }

    /** The writer of the running program: no failures injected, a pause only when a test asks for one. */
    public static PlanWriter standard() {
        return new PlanWriter(step -> {
            String pause = System.getenv(PAUSE_ENV);
            if (step == Step.RENAME && pause != null && pause.matches("\\d{1,6}")) {
                try {
                    Thread.sleep(Long.parseLong(pause));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }

    /** A plan as read for an edit: the file as named, the file written (a symlink's target), its bytes. */
    public record Snapshot(Path file, Path target, byte[] bytes, String text, Plan plan) {}

    /** Reads {@code file} for an edit; it must read cleanly as a plan. */
    public static Snapshot read(Repository repo, Path file) {
        List<Problem> problems = new ArrayList<>();
        String shown = repo.shown(file);
        try {
            Path target = file.toRealPath();
            byte[] bytes = Files.readAllBytes(target);
            String text = Repository.readText(target, shown, problems);
            if (text == null) {
                throw new InputException(problems);
            }
            ReadResult<Plan> r = parse(repo, file, text);
            if (!r.ok()) {
                throw new InputException(r.problems());
            }
            return new Snapshot(file, target, bytes, text, r.value());
        } catch (IOException e) {
            throw new InputException(List.of(new Problem(shown, 0, 0, "cannot read: " + e.getMessage())));
        }
    }

    static ReadResult<Plan> parse(Repository repo, Path file, String text) {
        String name = file.getFileName().toString();
        return PlanReader.read(repo.shown(file), repo.relative(file), name.substring(0, name.length() - 5), text,
                new ArrayList<>());
    }

    /**
     * The plan {@code text} reads as, when it reads cleanly and {@code intent} finds nothing wrong
     * with it (intent returns null, or what is wrong).
     *
     * @throws WriteRefusedException when the new text would not be a valid plan
     */
    public static Plan check(Repository repo, Snapshot before, String text, Function<Plan, String> intent) {
        ReadResult<Plan> r = parse(repo, before.file(), text);
        if (!r.ok()) {
            StringBuilder why = new StringBuilder();
            for (Problem p : r.problems()) {
                why.append(why.length() == 0 ? "" : "; ").append(p.message()).append(" (line ").append(p.line()).append(')');
            }
            throw new WriteRefusedException("not writing " + repo.shown(before.file())
                    + ": the result would not be a valid plan: " + why);
        }
        String wrong = intent.apply(r.value());
        if (wrong != null) {
            throw new WriteRefusedException("not writing " + repo.shown(before.file()) + ": the edit did not come out "
                    + "as intended (" + wrong + "); this is a bug in devplan, please report it");
        }
        return r.value();
    }

    /** Replaces the plan read as {@code before} with {@code text}, atomically and under its lock. */
    public void write(Repository repo, Snapshot before, String text) {
        Path target = before.target();
        Path dir = target.getParent();
        Path lock = target.resolveSibling(target.getFileName() + ".lock");
        String shown = repo.shown(before.file());
        try {
            hook.before(Step.LOCK);
            createLock(lock);
        } catch (FileAlreadyExistsException e) {
            throw new WriteRefusedException(lockHeld(repo, shown, lock));
        } catch (IOException e) {
            throw new WriteRefusedException("cannot write " + shown + ": cannot create the lock "
                    + repo.shown(lock) + ": " + e.getMessage());
        }
        Path tmp = null;
        try {
            hook.before(Step.COMPARE);
            if (!Arrays.equals(Files.readAllBytes(target), before.bytes())) {
                throw new WriteRefusedException(shown + " changed since devplan read it; nothing was written. "
                        + "Run the command again to apply it to the new version");
            }
            hook.before(Step.TEMP);
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            hook.before(Step.WRITE);
            writeFully(tmp, text.getBytes(StandardCharsets.UTF_8));
            hook.before(Step.MODE);
            copyPermissions(target, tmp);
            hook.before(Step.RENAME);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
            AtomicFiles.syncDirectory(dir);
        } catch (IOException e) {
            throw new WriteRefusedException("cannot write " + shown + ": " + e.getMessage() + "; the file is unchanged");
        } finally {
            deleteQuietly(tmp);
            deleteQuietly(lock);
        }
    }

    private static void createLock(Path lock) throws IOException {
        String owner = ManagementFactory.getRuntimeMXBean().getPid() + " " + host() + " " + Instant.now() + "\n";
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Says which lock, whose and how old, and how to clear it when its writer is gone. */
    private static String lockHeld(Repository repo, String shown, Path lock) {
        String owner = "";
        String age;
        if (!Files.exists(lock)) {
            return shown + " was being written by another devplan just now; nothing was written. Try again";
        }
        try {
            String[] parts = Files.readString(lock).strip().split(" ");
            if (parts.length >= 2 && parts[0].matches("\\d+")) {
                owner = "pid " + parts[0] + " on " + parts[1] + ", ";
            }
            age = ago(Duration.between(Files.getLastModifiedTime(lock).toInstant(), Instant.now()));
        } catch (IOException | RuntimeException e) {
            age = "age unknown";
        }
        return shown + " is locked by another devplan: " + repo.shown(lock) + " exists (" + owner + age
                + "); nothing was written. Try again; if no devplan is running (a writer was killed), remove it: rm "
                + repo.shown(lock);
    }

    static String ago(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 120) {
            return "created " + s + " s ago";
        }
        if (s < 7200) {
            return "created " + s / 60 + " min ago";
        }
        if (s < 172800) {
            return "created " + s / 3600 + " h ago";
        }
        return "created " + s / 86400 + " days ago";
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName().replace(' ', '_');
        } catch (IOException e) {
            return "unknown-host";
        }
    }

    private static void writeFully(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    /** A rename installs the temporary file's mode; the plan keeps its own. */
    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        PosixFileAttributes attrs = view.readAttributes();
        Files.setPosixFilePermissions(to, attrs.permissions());
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // The lock or temporary file stays; the next write names it.
        }
    }
}
