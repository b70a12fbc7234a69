package io.devplan.store;

import io.devplan.domain.Said;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * git's settings for a plan repository: the merge driver that merges plans as data, the
 * attribute that sends plans to it, and ignore rules for devplan's lock and temporary files.
 * The attribute and the ignore rules are files to commit; the driver lives in the clone's own
 * git config, which git never clones, so every clone sets it up once (as with {@code git lfs
 * install}). Setting up twice changes nothing.
 */
public final class GitSetup {
    /** The driver command; %X and %Y (git 2.44 and later) give the markers git's own labels. */
    public static final String DRIVER = "devplan merge-driver --marker-size %L --ours-label %X --theirs-label %Y %O %A %B %P";
    public static final String NAME = "devplan: merge plans as data";
    static final String ATTRIBUTE = "plans/** merge=devplan";
    static final String ATTRIBUTE_LINES = "# devplan merges plans as data (set up a clone with: devplan init --git)\n"
            + ATTRIBUTE + "\n";
    private static final String GITIGNORE_COMMENT = "# devplan's lock and temporary files, and JVM crash logs (they hold memory)";
    static final List<String> GITIGNORE_PATTERNS = List.of("plans/**/*.lock", "plans/**/.*.tmp", "hs_err_pid*.log",
            "replay_pid*.log");
    /** A path under plans/ to ask git about; it need not exist. */
    private static final String PROBE = "plans/probe.yaml";

    private GitSetup() {}

    /** How far git is set up for the plans of a repository. */
    public enum Status {
        /** Not in a git work tree, or in one devplan does not own (a plan repository in a sub-folder, never set up). */
        NONE,
        /** Plans merge through devplan's driver. */
        READY,
        /** .gitattributes sends plans to the driver, but this clone's config does not define it: a clone without init --git. */
        NO_DRIVER,
        /** The repository root is a git work tree that does not send plans to the driver. */
        NO_ATTRIBUTE
    }

    /** Whether {@code dir} is inside a git work tree, by the {@code .git} git leaves there (no process started). */
    public static boolean inWorkTree(Path dir) {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }

    /** Asks git how the repository at {@code root} is set up. */
    public static Status status(Path root) {
        if (!inWorkTree(root)) {
            return Status.NONE;
        }
        Git.Run attr = Git.run(root, "check-attr", "merge", "--", PROBE);
        if (!attr.ok()) {
            return Status.NONE;
        }
        boolean attribute = attr.text().strip().endsWith(": merge: devplan");
        boolean driver = Git.run(root, "config", "--get", "merge.devplan.driver").text().contains("merge-driver");
        if (attribute) {
            return driver ? Status.READY : Status.NO_DRIVER;
        }
        return Files.exists(root.resolve(".git")) ? Status.NO_ATTRIBUTE : Status.NONE;
    }

    /** What validate says about a repository that is not set up; null when there is nothing to say. */
    public static Said advice(Status status) {
        return switch (status) {
            case NO_DRIVER -> Said.of(WriteText.NO_DRIVER);
            case NO_ATTRIBUTE -> Said.of(WriteText.NO_ATTRIBUTE);
            default -> null;
        };
    }

    /**
     * What {@link #install} changed, for the user (empty when everything was already there), and
     * why the driver is not set up yet when git does not take the folder for a work tree.
     */
    public record Setup(List<String> changed, Said driverMissing) {}

    /**
     * Sets git up for the plans of {@code root}: the ignore rules and the attribute (in the
     * repository's files) and the driver (in the clone's config).
     *
     * @param configRequired whether a clone git does not recognise is an error (init --git) or
     *     only leaves the driver to be set up later (init in a folder with a bare {@code .git})
     * @throws WriteRefusedException when a file or the config cannot be written
     */
    public static Setup install(Path root, boolean configRequired) {
        List<String> changed = new ArrayList<>();
        try {
            if (addMissing(root.resolve(".gitignore"), GITIGNORE_COMMENT, GITIGNORE_PATTERNS)) {
                changed.add(".gitignore");
            }
            if (appendOnce(root.resolve(".gitattributes"), ATTRIBUTE, ATTRIBUTE_LINES)) {
                changed.add(".gitattributes (" + ATTRIBUTE + ")");
            }
        } catch (IOException e) {
            throw new WriteRefusedException(Said.of(WriteText.CANNOT_SET_UP_GIT, "folder", root,
                    "reason", String.valueOf(e.getMessage())));
        }
        Git.Run inside = Git.run(root, "rev-parse", "--is-inside-work-tree");
        if (!inside.ok() || !inside.text().strip().equals("true")) {
            if (configRequired) {
                throw new WriteRefusedException(Said.of(WriteText.NOT_A_WORK_TREE, "folder", root,
                        "reason", inside.reason()));
            }
            return new Setup(changed, Said.of(WriteText.NOT_A_WORK_TREE_YET, "folder", root));
        }
        boolean config = setConfig(root, "merge.devplan.name", NAME);
        config |= setConfig(root, "merge.devplan.driver", DRIVER);
        if (config) {
            changed.add("merge.devplan.driver in this clone's git config");
        }
        return new Setup(changed, null);
    }

    private static boolean setConfig(Path root, String key, String value) {
        if (Git.run(root, "config", "--local", "--get", key).text().strip().equals(value)) {
            return false;
        }
        Git.Run set = Git.run(root, "config", "--local", key, value);
        if (!set.ok()) {
            throw new WriteRefusedException(Said.of(WriteText.CANNOT_SET_CONFIG, "key", key, "folder", root,
                    "reason", set.reason()));
        }
        return true;
    }

    /** Adds the patterns {@code file} lacks, under {@code comment}; setting it up twice changes nothing. */
    private static boolean addMissing(Path file, String comment, List<String> patterns) throws IOException {
        String text = Files.exists(file) ? Files.readString(file) : "";
        List<String> have = text.lines().map(String::strip).toList();
        List<String> missing = patterns.stream().filter(p -> !have.contains(p)).toList();
        if (missing.isEmpty()) {
            return false;
        }
        Files.writeString(file, (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + comment + "\n"
                + String.join("\n", missing) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return true;
    }

    /** Adds {@code lines} to {@code file} unless it already has a line equal to {@code marker}. */
    private static boolean appendOnce(Path file, String marker, String lines) throws IOException {
        if (!Files.exists(file)) {
            Files.writeString(file, lines);
            return true;
        }
        String text = Files.readString(file);
        if (text.lines().anyMatch(l -> l.strip().equals(marker))) {
            return false;
        }
        Files.writeString(file, (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + lines, StandardOpenOption.APPEND);
        return true;
    }
}
