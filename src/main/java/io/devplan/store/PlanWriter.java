package io.devplan.store;

import io.devplan.domain.Said;

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
            throw new WriteRefusedException(Said.of(WriteText.NOT_AS_INTENDED, "file", repo.shown(before.file()),
                    "wrong", wrong));
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
            throw new WriteRefusedException(Said.of(WriteText.RESULT_TOO_LARGE, "file", repo.shown(file), "size", size,
                    "limit", Repository.MAX_FILE_BYTES / 1024));
        }
        ReadResult<Plan> r = parse(repo, file, text);
        if (!r.ok()) {
            Said why = null;
            List<Problem> problems = r.problems();
            for (int i = problems.size() - 1; i >= 0; i--) {
                Problem p = problems.get(i);
                Said one = Said.of(WriteText.PROBLEM_AT_LINE, "problem", p.said(), "line", p.line());
                why = why == null ? one : Said.of(WriteText.JOINED, "first", one, "rest", why);
            }
            throw new WriteRefusedException(Said.of(WriteText.RESULT_INVALID, "file", repo.shown(file),
                    "why", why == null ? "" : why));
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
            throw new WriteRefusedException(Said.of(WriteText.CANNOT_LOCK, "file", shown, "lock", repo.shown(lock),
                    "reason", IoReason.of(e)));
        }
        TempCopy tmp = null;
        try {
            hook.before(Step.COMPARE);
            if (!Arrays.equals(Files.readAllBytes(target), before.bytes())) {
                throw new WriteRefusedException(Said.of(WriteText.CHANGED_SINCE_READ, "file", shown));
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
            throw new WriteRefusedException(Said.of(WriteText.CANNOT_WRITE_UNCHANGED, "file", shown,
                    "reason", IoReason.of(e)));
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
            throw new WriteRefusedException(Said.of(WriteText.READ_ONLY, "file", shown));
        }
        Set<PosixFilePermission> p = a.permissions();
        boolean anyWrite = p.contains(PosixFilePermission.OWNER_WRITE) || p.contains(PosixFilePermission.GROUP_WRITE)
                || p.contains(PosixFilePermission.OTHERS_WRITE);
        if (anyWrite && Files.isWritable(target)) {
            return;
        }
        throw new WriteRefusedException(Said.of(WriteText.READ_ONLY_MODE, "file", shown, "mode", AtomicFiles.octal(p),
                "owner", a.owner().getName()));
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
    private static Said lockHeld(Repository repo, String shown, Path lock, Path target) {
        if (!Files.exists(lock)) {
            return Said.of(WriteText.LOCK_JUST_NOW, "file", shown);
        }
        String pid = null;
        String host = null;
        boolean here = false;
        boolean gone = false;
        Said age;
        try {
            String[] parts = Files.readString(lock).strip().split(" ");
            if (parts.length >= 2 && parts[0].matches("\\d{1,10}")) {
                pid = parts[0];
                host = parts[1];
                if (parts[1].equals(host())) {
                    here = true;
                    gone = ProcessHandle.of(Long.parseLong(parts[0])).map(h -> !h.isAlive()).orElse(true);
                }
            }
            age = agoSaid(Duration.between(Files.getLastModifiedTime(lock).toInstant(), Instant.now()));
        } catch (IOException | RuntimeException e) {
            age = Said.of(WriteText.AGE_UNKNOWN);
        }
        Object who = pid == null ? age
                : here ? Said.of(gone ? WriteText.OWNER_HERE_GONE : WriteText.OWNER_HERE_RUNNING, "pid", pid, "age", age)
                : Said.of(WriteText.OWNER_ELSEWHERE, "pid", pid, "host", host, "age", age);
        List<Path> left = TempCopy.leftovers(target);
        StringBuilder copies = new StringBuilder();
        StringBuilder remove = new StringBuilder(left.isEmpty() ? "rm " : "rm -r ").append(repo.shown(lock));
        for (Path p : left) {
            copies.append(copies.length() == 0 ? "" : ", ").append(repo.shown(p.resolve(target.getFileName())));
            remove.append(' ').append(repo.shown(p));
        }
        WriteText phrase = gone ? (left.isEmpty() ? WriteText.LOCK_GONE : WriteText.LOCK_GONE_COPIES)
                : left.isEmpty() ? WriteText.LOCK_HELD : WriteText.LOCK_HELD_COPIES;
        return Said.of(phrase, "file", shown, "lock", repo.shown(lock), "who", who, "copies", copies.toString(),
                "remove", remove.toString());
    }

    static String ago(Duration d) {
        return agoSaid(d).english();
    }

    static Said agoSaid(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 120) {
            return Said.of(WriteText.AGE_SECONDS, "n", s);
        }
        if (s < 7200) {
            return Said.of(WriteText.AGE_MINUTES, "n", s / 60);
        }
        if (s < 172800) {
            return Said.of(WriteText.AGE_HOURS, "n", s / 3600);
        }
        return Said.of(WriteText.AGE_DAYS, "n", s / 86400);
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
