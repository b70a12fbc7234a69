package io.devplan.store;

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

    static final String ONLY_FILES = "devplan opens only regular files (reading a FIFO would wait forever): remove it";

    private static final String REPLACE = "replace the link with the file or folder itself";

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
                problem(plans, "is a link to " + inRepository(real) + ", which is not a folder; make plans/ a folder");
                return;
            }
            realPlans = real;
        } else if (!a.isDirectory()) {
            problem(plans, "is not a folder; plans live in the folder plans/: move this file away and create the folder");
            return;
        }
        walk(plans, 0);
    }

    private void walk(Path dir, int depth) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(entries::add);
        } catch (AccessDeniedException e) {
            problem(dir, "cannot read this folder (permission denied), so the plans in it are left out; "
                    + "give yourself access with 'chmod u+rx " + shown.apply(dir) + "'");
            return;
        } catch (IOException e) {
            problem(dir, "cannot read this folder (" + reason(e) + "), so the plans in it are left out");
            return;
        }
        for (Path p : entries) {
            entry(p, depth + 1);
        }
    }

    private void entry(Path p, int depth) {
        String name = p.getFileName().toString();
        if (EDITOR_FILE.matcher(name).matches()) {
            problems.add(Problem.notice(shown.apply(p), "an editor's swap or backup file: a plan may be open in "
                    + "an editor, or an edit was not finished; finish or recover the edit, then remove this file"));
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
            problem(p, "is " + kind(p) + "; " + ONLY_FILES);
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
                problem(p, "is a link to " + inRepository(real) + ", a folder that " + (real.startsWith(plansReal)
                        ? "is under plans/ already" : "holds plans/") + ", so its plans would be read twice or "
                        + "without end; remove the link");
            } else if (!followed.add(real)) {
                problem(p, "is a second link to " + inRepository(real) + ", whose plans are read already; remove it");
            } else {
                walk(p, depth); // through the link, so the plans keep their names under plans/
            }
        } else if (isPlanName(name)) {
            problem(p, "is a link to " + kind(real) + "; " + ONLY_FILES);
        }
    }

    /** Where the link {@code p} leads, when devplan may follow it; else null after a problem. */
    private Path followable(Path p) {
        Path real;
        try {
            real = p.toRealPath();
        } catch (NoSuchFileException e) {
            problem(p, "is a broken link (to " + target(p) + "); remove it, or restore what it leads to");
            return null;
        } catch (FileSystemException e) {
            boolean loop = e.getReason() != null && e.getReason().contains("levels of symbolic links");
            problem(p, loop ? "is a loop of links; remove it" : "is a link that cannot be followed ("
                    + reason(e) + "); remove it");
            return null;
        } catch (IOException e) {
            problem(p, "is a link that cannot be followed (" + reason(e) + "); remove it");
            return null;
        }
        Path base = realRoot();
        if (base == null || !real.startsWith(base)) {
            problem(p, "is a link to " + target(p) + ", outside the repository; devplan reads only files of the "
                    + "repository, so that a link from a pull request cannot make it read others: " + REPLACE);
            return null;
        }
        if (hiddenInside(base, real)) {
            problem(p, "is a link to " + target(p) + ", in a hidden folder of the repository; devplan reads no "
                    + "hidden files (.git holds credentials): " + REPLACE);
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
    private String inRepository(Path real) {
        String relative = realRoot().relativize(real).toString().replace('\\', '/');
        return relative.isEmpty() ? "the repository's root" : relative;
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
    static String kind(Path p) {
        try {
            int type = (Integer) Files.getAttribute(p, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "a FIFO";
                case 0140000 -> "a socket";
                case 0020000, 0060000 -> "a device";
                default -> "no regular file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "no regular file";
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

    private void problem(Path p, String message) {
        problems.add(Problem.unreadable(shown.apply(p), io.devplan.domain.Position.NONE, message));
    }
}
