package io.devplan.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What a file keeps when devplan replaces it by renaming a new copy over it: a rename installs
 * the new copy's owner, group, mode and ACL, so they are copied from the old file first. A plan
 * in group {@code hr} with mode 0640 must not become readable by the writer's primary group.
 */
final class KeptAttributes {
    private static final boolean LINUX = "Linux".equals(System.getProperty("os.name"));
    /** Whether cp is GNU cp, which can copy an ACL; asked once, on another core. */
    private static volatile CompletableFuture<Boolean> gnuCp;

    private KeptAttributes() {}

    /**
     * Starts asking cp whether it is GNU cp, on another core while the command reads and edits
     * the plan: the first process a JVM starts costs 30-50 ms of class loading and set-up, which
     * the copy of the ACL would otherwise pay on the way to writing.
     */
    static void prepare() {
        if (LINUX && gnuCp == null) {
            synchronized (KeptAttributes.class) {
                if (gnuCp == null) {
                    gnuCp = CompletableFuture.supplyAsync(KeptAttributes::askCp);
                }
            }
        }
    }

    private static boolean askCp() {
        try {
            Process p = new ProcessBuilder("cp", "--version").redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            byte[] out = p.getInputStream().readNBytes(200);
            p.getInputStream().close();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0
                    && new String(out, java.nio.charset.StandardCharsets.UTF_8).contains("GNU coreutils");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Gives {@code copy} the owner (where the writer may: only root can give a file away; otherwise
     * the writer becomes the owner, as with git), the group, the permissions and the POSIX ACL of
     * {@code original}.
     *
     * @throws IOException when the group cannot be kept: the writer is not a member of it, and a
     *     plan in the writer's own group could be read by people it was not meant for
     */
    static void copy(Path original, Path copy) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(original, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(copy, PosixFileAttributeView.class);
        if (from == null || to == null) {
            return;
        }
        PosixFileAttributes want = from.readAttributes();
        PosixFileAttributes have = to.readAttributes();
        if (!want.owner().equals(have.owner())) {
            try {
                to.setOwner(want.owner());
            } catch (IOException e) {
                // Not root: the writer owns the new file, as after any editor's or git's rename.
            }
        }
        if (!want.group().equals(have.group())) {
            try {
                to.setGroup(want.group());
            } catch (IOException e) {
                throw new FileSystemException(null, null, "cannot keep its group '" + want.group().getName()
                        + "' (you are not a member of it)");
            }
        }
        to.setPermissions(want.permissions());
        copyAcl(original, copy);
    }

    /**
     * The POSIX ACL (part of the mode to coreutils). Java cannot read it (its attribute views see
     * only {@code user.*} extended attributes), so GNU cp copies it; where cp cannot (not GNU, not
     * Linux), the ACL is not kept.
     */
    private static void copyAcl(Path original, Path copy) {
        prepare();
        if (!LINUX || !gnuCp.join()) {
            return;
        }
        try {
            Process p = new ProcessBuilder("cp", "--attributes-only", "--preserve=mode", "--", original.toString(),
                    copy.toString())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (IOException e) {
            // No cp: the ACL is not kept, everything else is.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
