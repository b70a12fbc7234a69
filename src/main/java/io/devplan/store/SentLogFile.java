package io.devplan.store;

import io.devplan.domain.SentLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where {@code remind --send} keeps what it mailed: one file per repository in devplan's state
 * folder ({@code $XDG_STATE_HOME/devplan/}), outside the repository (it says who was told what and
 * when, which is nobody else's business and does not belong in git), readable by the owner only:
 * the folder is made 0700 and the file 0600. A line is {@code RECIPIENT TAB KEY TAB FINGERPRINT TAB
 * DATE}, tabs, newlines and backslashes escaped; a line that does not read is skipped (the reminder
 * is then mailed again, which is the safe side).
 */
public final class SentLogFile {
    private SentLogFile() {}

    /** The file of the repository at {@code root} in {@code stateFolder}. */
    public static Path of(Path stateFolder, Path root) {
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            real = root.toAbsolutePath().normalize();
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(real.toString().getBytes(StandardCharsets.UTF_8));
            return stateFolder.resolve("sent-" + HexFormat.of().formatHex(hash, 0, 8) + ".tsv");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static SentLog read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return SentLog.EMPTY;
        }
        Map<String, Map<String, SentLog.Sent>> sent = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (line.startsWith("#") || f.length != 4) {
                continue;
            }
            try {
                sent.computeIfAbsent(unescape(f[0]), k -> new TreeMap<>())
                        .put(unescape(f[1]), new SentLog.Sent(unescape(f[2]), LocalDate.parse(f[3])));
            } catch (DateTimeParseException e) {
                // skipped: mailed again rather than never
            }
        }
        return new SentLog(sent);
    }

    /** Replaces the file with {@code log} (atomically), making its folder owner-only first. */
    public static void write(Path file, Path root, SentLog log) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        AtomicFiles.createFolders(dir, "0700");
        AtomicFiles.setMode(dir, "0700");
        StringBuilder b = new StringBuilder("# devplan remind --send: reminders mailed for the plans in ")
                .append(escape(root.toAbsolutePath().toString())).append('\n');
        log.sent().forEach((who, m) -> m.forEach((key, s) -> b.append(escape(who)).append('\t').append(escape(key))
                .append('\t').append(escape(s.fingerprint())).append('\t').append(s.date()).append('\n')));
        AtomicFiles.replaceScratch(file, b.toString());
        AtomicFiles.setMode(file, "0600");
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
