package io.devplan.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file operation failed, in the words of the system's own error ("permission denied", "no
 * space left on device"). Java puts the path it was working on into its messages, and for a write
 * that path is often a temporary file the user never asked for; so the message is rebuilt from the
 * kind of failure alone, and the caller names the file the user knows.
 */
public final class IoReason {
    private IoReason() {}

    public static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a folder";
        }
        String why = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (why == null || why.isBlank()) {
            return e.getClass().getSimpleName().replaceAll("Exception$", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                    .toLowerCase(Locale.ROOT);
        }
        return lowerFirst((why.strip()));
    }

    /**
     * As {@link #of}, to be said in the reader's language: the failures devplan knows by kind are
     * phrases; any other keeps the system's own words (English on most systems).
     */
    public static Object said(IOException e) {
        ReadingText known = e instanceof AccessDeniedException ? ReadingText.IO_PERMISSION_DENIED
                : e instanceof NoSuchFileException ? ReadingText.IO_NO_SUCH_FOLDER
                : e instanceof java.nio.file.FileAlreadyExistsException ? ReadingText.IO_ALREADY_EXISTS
                : e instanceof NotDirectoryException ? ReadingText.IO_NOT_A_FOLDER : null;
        return known != null ? io.devplan.domain.Said.of(known) : of(e);
    }

    private static String lowerFirst(String s) {
        // "No space left on device" reads as a reason after a colon; "EOF" or "NFS" stays as it is.
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
