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
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes a changed plan so that nothing is ever lost: read, check, write under a lock.
 *
 * <p>The lock is a separate file, {@code FILE.lock}, created only if absent (git's lockfile
 * approach; a lock on the plan itself would not survive the rename). Under the lock the file
 * must still hold the bytes that were read; the new text goes to a temporary copy in a private
 * folder beside the plan, is flushed to disk, gets the plan's group, permissions and ACL and is
 * renamed over the plan in one step, so a crash leaves the old file or the new one. A read-only
 * plan is refused. A stale lock is reported with what its writer left, never removed.
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
        KeptAttributes.prepare();
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
            throw new InputException(List.of(new Problem(shown, 0, 0, ReadingText.CANNOT_READ.with("reason", e.getMessage()))));
        }
    }

    static ReadResult<Plan> parse(Repository repo, Path file, String text) {
        return parse(repo, file, text, repo.shown(file));
    }

    private static ReadResult<Plan> parse(Repository repo, Path file, String text, String shown) {
        String name = file.getFileName().toString();
        return PlanReader.read(shown, repo.relative(file), name.substring(0, name.length() - 5), text,
                new ArrayList<>());
    }

    /**
     * What keeps {@code text} from being written as the plan {@code file}, each problem placed in
     * a file the user can open, named {@code shown} (the copy {@code edit} keeps); empty when
     * nothing does.
     */
    public static List<Problem> problems(Repository repo, Path file, String text, String shown) {
        long size = text.getBytes(StandardCharsets.UTF_8).length;
        if (size > Repository.MAX_FILE_BYTES) {
            return List.of(new Problem(shown, 0, 0, Repository.tooLarge(size)));
        }
        ReadResult<Plan> r = parse(repo, file, text, shown);
        return r.ok() ? List.of() : r.problems();
    }

    /**
     * The plan {@code text} reads as, when it reads cleanly and {@code intent} finds nothing wrong
     * with it (intent returns null, or what is wrong).
     *
     * @throws WriteRefusedException when the new text would not be a valid plan
     */
    public static Plan check(Repository repo, Snapshot before, String text, Function<Plan, String> intent) {
        Plan plan = check(repo, before.file(), text);
        String wrong = intent.apply(plan);
        if (wrong != null) {
            throw new WriteRefusedException("not writing " + repo.shown(before.file()) + ": the edit did not come out "
                    + "as intended (" + wrong + "); this is a bug in devplan, please report it");
        }
        return plan;
    }

    /**
     * The plan {@code text} reads as when written to {@code file}: it must be one devplan will read
     * again, within the size limit the reader applies and without problems.
     *
     * @throws WriteRefusedException when it would not be
     */
    static Plan check(Repository repo, Path file, String text) {
        long size = text.getBytes(StandardCharsets.UTF_8).length;
        if (size > Repository.MAX_FILE_BYTES) {
            throw new WriteRefusedException("not writing " + repo.shown(file) + ": the result would be " + size
                    + " bytes, more than the " + Repository.MAX_FILE_BYTES / 1024 + " KiB a devplan file may have");
        }
        ReadResult<Plan> r = parse(repo, file, text);
        if (!r.ok()) {
            StringBuilder why = new StringBuilder();
            for (Problem p : r.problems()) {
                why.append(why.length() == 0 ? "" : "; ").append(p.message()).append(" (line ").append(p.line()).append(')');
            }
            throw new WriteRefusedException("not writing " + repo.shown(file)
                    + ": the result would not be a valid plan: " + (why.toString()));
        }
        return r.value();
    }

    /** Replaces the plan read as {@code before} with {@code text}, atomically and under its lock. */
    public void write(Repository repo, Snapshot before, String text) {
        Path target = before.target();
        Path dir = target.getParent();
        Path lock = target.resolveSibling(target.getFileName() + ".lock");
        String shown = repo.shown(before.file());
        refuseReadOnly(target, shown);
        try {
            hook.before(Step.LOCK);
            createLock(lock);
        } catch (FileAlreadyExistsException e) {
            throw new WriteRefusedException(lockHeld(repo, shown, lock, target));
        } catch (IOException e) {
            throw new WriteRefusedException("cannot write " + shown + ": cannot create its lock " + repo.shown(lock)
                    + ": " + IoReason.of(e) + "; the file is unchanged");
        }
        TempCopy tmp = null;
        try {
            hook.before(Step.COMPARE);
            if (!Arrays.equals(Files.readAllBytes(target), before.bytes())) {
                throw new WriteRefusedException(shown + " changed since devplan read it; nothing was written. "
                        + "Run the command again to apply it to the new version");
            }
            hook.before(Step.TEMP);
            tmp = TempCopy.beside(target);
            hook.before(Step.WRITE);
            tmp.write(text.getBytes(StandardCharsets.UTF_8));
            hook.before(Step.MODE);
            KeptAttributes.copy(target, tmp.file());
            hook.before(Step.RENAME);
            Files.move(tmp.file(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            AtomicFiles.syncDirectory(dir);
        } catch (IOException e) {
            throw new WriteRefusedException("cannot write " + shown + ": " + IoReason.of(e) + "; the file is unchanged");
        } finally {
            if (tmp != null) {
                tmp.close();
            }
            deleteQuietly(lock);
        }
    }

    /**
     * A plan nobody may write (no write permission at all, or none for this user) is left alone
     * rather than replaced: a rename would go around its mode, and root's would go around anything.
     */
    private static void refuseReadOnly(Path target, String shown) {
        PosixFileAttributes a;
        try {
            a = Files.readAttributes(target, PosixFileAttributes.class);
        } catch (IOException | UnsupportedOperationException e) {
            if (Files.isWritable(target)) {
                return;
            }
            throw new WriteRefusedException("not writing " + shown + ": it is read-only; nothing was written");
        }
        Set<PosixFilePermission> p = a.permissions();
        boolean anyWrite = p.contains(PosixFilePermission.OWNER_WRITE) || p.contains(PosixFilePermission.GROUP_WRITE)
                || p.contains(PosixFilePermission.OTHERS_WRITE);
        if (anyWrite && Files.isWritable(target)) {
            return;
        }
        throw new WriteRefusedException("not writing " + shown + ": it is read-only (mode " + AtomicFiles.octal(p)
                + ", owner " + a.owner().getName() + "); nothing was written. If it may change, make it writable first: "
                + "chmod u+w " + shown);
    }

    /**
     * Creates the lock with its owner's pid, host and time. A lock whose content could not be
     * written (a full disk) is removed again: an empty lock would block every later write.
     */
    private static void createLock(Path lock) throws IOException {
        String owner = ManagementFactory.getRuntimeMXBean().getPid() + " " + host() + " " + Instant.now() + "\n";
        FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try (ch) {
            ByteBuffer buf = ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(lock);
            throw e;
        }
    }

    /**
     * Says which lock, whose and how old, whether its writer still runs (when it ran on this host),
     * which temporary copies it left, and how to clear them when the writer is gone.
     */
    private static String lockHeld(Repository repo, String shown, Path lock, Path target) {
        if (!Files.exists(lock)) {
            return shown + " was being written by another devplan just now; nothing was written. Try again";
        }
        String owner = "";
        boolean gone = false;
        String age;
        try {
            String[] parts = Files.readString(lock).strip().split(" ");
            if (parts.length >= 2 && parts[0].matches("\\d{1,10}")) {
                if (parts[1].equals(host())) {
                    gone = ProcessHandle.of(Long.parseLong(parts[0])).map(h -> !h.isAlive()).orElse(true);
                    owner = "pid " + parts[0] + " on this host, " + (gone ? "no longer running" : "still running") + ", ";
                } else {
                    owner = "pid " + parts[0] + " on " + parts[1] + ", ";
                }
            }
            age = ago(Duration.between(Files.getLastModifiedTime(lock).toInstant(), Instant.now()));
        } catch (IOException | RuntimeException e) {
            age = "age unknown";
        }
        List<Path> left = TempCopy.leftovers(target);
        StringBuilder copies = new StringBuilder();
        StringBuilder remove = new StringBuilder(left.isEmpty() ? "rm " : "rm -r ").append(repo.shown(lock));
        for (Path p : left) {
            copies.append(copies.length() == 0 ? "; it left a temporary copy: " : ", ")
                    .append(repo.shown(p.resolve(target.getFileName())));
            remove.append(' ').append(repo.shown(p));
        }
        String held = repo.shown(lock) + " exists (" + owner + age + ")" + copies + "; nothing was written. ";
        if (gone) {
            return shown + " is locked by a devplan that is no longer running: " + held
                    + "Remove what it left and try again: " + remove;
        }
        return shown + " is locked by another devplan: " + held
                + "Try again; if no devplan is running (a writer was killed), remove it: " + remove;
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
