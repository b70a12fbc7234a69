package io.devplan.store;

import java.nio.file.Files;
import java.nio.file.Path;

/** The user devplan runs as, by number, for the ownership checks that ssh and the kernel make. */
final class CurrentUser {
    private static volatile Long uid;

    private CurrentUser() {}

    /** The effective user id; -1 where the platform has none (Windows). */
    static long uid() {
        Long known = uid;
        if (known == null) {
            known = lookUp();
            uid = known;
        }
        return known;
    }

    private static long lookUp() {
        try {
            // Linux: /proc/self belongs to the process's user; one stat, no native library to load.
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
        } catch (Exception e) {
            // not Linux
        }
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid();
        } catch (LinkageError | RuntimeException e) {
            return -1;
        }
    }
}
