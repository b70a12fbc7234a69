package io.devplan.store;

import io.devplan.domain.Said;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Lists the plan files under plans/. Whatever is odd there is a problem of its own, one line
 * naming the file and how to fix it, and the listing goes on: a folder that cannot be read, a
 * link that is broken, loops, or leads outside the repository, a FIFO or device named like a
 * plan (never opened: reading a FIFO waits forever), an editor's swap or backup file (a notice).
 *
 * <p>Links: plans arrive through pull requests and git stores symbolic links, so a link is
 * followed only to what lies inside the repository and outside its hidden folders (.git holds
 * credentials); a link to a folder is followed once, and never to a folder that is or holds
 * plans/, which would list plans twice or without end. A plans/ that is itself a link is followed
 * by the same rule.
 *
 * <p>Files come in the order every command picks among plans with the same id: those directly
 * under plans/ first, then by path.
 */
final class PlanFiles {
    /** What was found: plan files in preference order, and the problems (and notices) met on the way. */
    record Listing(List<Path> files, List<Problem> problems) {}

    private static final Pattern EDITOR_FILE = Pattern.compile(
            "\\..+\\.ya?ml\\.(sw[a-p]|kate-swp)|\\.#.+\\.ya?ml|#.+\\.ya?ml#|.+\\.ya?ml~");


    private final Path root;
    private final Path plans;
    /** How problems name a file: relative to the repository root. */
    private final Function<Path, String> shown;
    private final List<Found> found = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Set<Path> followed = new HashSet<>();
    private Path realRoot;
    private Path realPlans;

    private record Found(Path path, int depth) {}

    private PlanFiles(Path root, Path plans, Function<Path, String> shown) {
        this.root = root;
        this.plans = plans;
        this.shown = shown;
    }

    static Listing list(Path root, Path plans, Function<Path, String> shown) {
        PlanFiles p = new PlanFiles(root, plans, shown);
        p.top();
        p.found.sort(Comparator.comparing((Found f) -> f.depth() > 1).thenComparing(f -> f.path().toString()));
        p.problems.sort(Comparator.comparing(Problem::file));
        return new Listing(p.found.stream().map(Found::path).toList(), List.copyOf(p.problems));
    }

    private void top() {
        BasicFileAttributes a = attributes(plans);
        if (a == null) {
            return; // no plans/ yet: no plans
        }
        if (a.isSymbolicLink()) {
            Path real = followable(plans);
            if (real == null) {
                return;
            }
            if (!Files.isDirectory(real)) {
                problem(plans, ReadingText.PLANS_LINK_NOT_FOLDER.with("target", inRepository(real)));
                return;
            }
            realPlans = real;
        } else if (!a.isDirectory()) {
            problem(plans, Said.of(ReadingText.PLANS_NOT_FOLDER));
            return;
        }
        walk(plans, 0);
    }

    private void walk(Path dir, int depth) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(entries::add);
        } catch (AccessDeniedException e) {
            problem(dir, ReadingText.FOLDER_PERMISSION_DENIED.with("folder", shown.apply(dir)));
            return;
        } catch (IOException e) {
            problem(dir, ReadingText.FOLDER_UNREADABLE.with("reason", reason(e)));
            return;
        }
        for (Path p : entries) {
            entry(p, depth + 1);
        }
    }

    private void entry(Path p, int depth) {
        String name = p.getFileName().toString();
        if (EDITOR_FILE.matcher(name).matches()) {
            problems.add(Problem.notice(shown.apply(p), Said.of(ReadingText.SWAP_FILE)));
            return;
        }
        if (name.startsWith(".")) {
            return; // hidden: .git, .trash, editors' own files
        }
        BasicFileAttributes a = attributes(p);
        if (a == null) {
            return; // removed while listing
        }
        if (a.isDirectory()) {
            walk(p, depth);
        } else if (a.isRegularFile()) {
            if (isPlanName(name)) {
                found.add(new Found(p, depth));
            }
        } else if (a.isSymbolicLink()) {
            link(p, name, depth);
        } else if (isPlanName(name)) {
            problem(p, ReadingText.NOT_REGULAR.with("kind", kind(p)));
        }
    }

    private void link(Path p, String name, int depth) {
        Path real = followable(p);
        if (real == null) {
            return;
        }
        BasicFileAttributes t = attributes(real);
        if (t == null) {
            return;
        }
        if (t.isRegularFile()) {
            if (isPlanName(name)) {
                found.add(new Found(p, depth));
            }
        } else if (t.isDirectory()) {
            Path plansReal = realPlans();
            if (plansReal != null && (real.startsWith(plansReal) || plansReal.startsWith(real))) {
                problem(p, (real.startsWith(plansReal) ? ReadingText.LINK_UNDER_PLANS : ReadingText.LINK_HOLDS_PLANS)
                        .with("target", inRepository(real)));
            } else if (!followed.add(real)) {
                problem(p, ReadingText.SECOND_LINK.with("target", inRepository(real)));
            } else {
                walk(p, depth); // through the link, so the plans keep their names under plans/
            }
        } else if (isPlanName(name)) {
            problem(p, ReadingText.LINK_NOT_REGULAR.with("kind", kind(real)));
        }
    }

    /** Where the link {@code p} leads, when devplan may follow it; else null after a problem. */
    private Path followable(Path p) {
        Path real;
        try {
            real = p.toRealPath();
        } catch (NoSuchFileException e) {
            problem(p, ReadingText.BROKEN_LINK.with("target", target(p)));
            return null;
        } catch (FileSystemException e) {
            boolean loop = e.getReason() != null && e.getReason().contains("levels of symbolic links");
            problem(p, loop ? Said.of(ReadingText.LINK_LOOP) : ReadingText.LINK_NOT_FOLLOWED.with("reason", reason(e)));
            return null;
        } catch (IOException e) {
            problem(p, ReadingText.LINK_NOT_FOLLOWED.with("reason", reason(e)));
            return null;
        }
        Path base = realRoot();
        if (base == null || !real.startsWith(base)) {
            problem(p, ReadingText.LINK_OUTSIDE.with("target", target(p)));
            return null;
        }
        if (hiddenInside(base, real)) {
            problem(p, ReadingText.LINK_HIDDEN.with("target", target(p)));
            return null;
        }
        return real;
    }

    private static boolean hiddenInside(Path base, Path real) {
        for (Path part : base.relativize(real)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** A real path inside the repository, as messages name it. */
    private Object inRepository(Path real) {
        String relative = realRoot().relativize(real).toString().replace('\\', '/');
        return relative.isEmpty() ? Said.of(ReadingText.REPOSITORY_ROOT) : relative;
    }

    private Path realRoot() {
        return realRoot != null ? realRoot : (realRoot = real(root));
    }

    private Path realPlans() {
        return realPlans != null ? realPlans : (realPlans = real(plans));
    }

    /** The path with every link resolved; null when that fails. */
    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isPlanName(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /** "a FIFO", "a socket", "a device": what a file that is no regular file is. */
    static Said kind(Path p) {
        try {
            int type = (Integer) Files.getAttribute(p, "unix:mode") & 0170000;
            return Said.of(switch (type) {
                case 0010000 -> ReadingText.KIND_FIFO;
                case 0140000 -> ReadingText.KIND_SOCKET;
                case 0020000, 0060000 -> ReadingText.KIND_DEVICE;
                default -> ReadingText.KIND_OTHER;
            });
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Said.of(ReadingText.KIND_OTHER);
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void problem(Path p, Said message) {
        problems.add(Problem.unreadable(shown.apply(p), io.devplan.domain.Position.NONE, message));
    }
}
