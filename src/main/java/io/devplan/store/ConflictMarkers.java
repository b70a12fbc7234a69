package io.devplan.store;

import io.devplan.domain.Said;
import java.util.ArrayList;
import java.util.List;

/**
 * Git's conflict markers: found in a file a merge left for a person to finish, and written by
 * devplan's merge driver around a value changed two ways. A marker is a line that starts with
 * seven or more {@code <}, {@code |}, {@code =} or {@code >} (git's {@code conflict-marker-size}
 * may make them longer), followed by a space and a label or by the end of the line.
 */
public final class ConflictMarkers {
    /** Git's default marker length. */
    public static final int SIZE = 7;

    private ConflictMarkers() {}

    /**
     * One conflict: the lines of each side as written between the markers.
     *
     * @param start the line of the {@code <<<<<<<} marker (1-based)
     * @param end the line of the {@code >>>>>>>} marker, or 0 when the file ends first
     */
    public record Region(int start, int end, String oursLabel, String theirsLabel, String ours, String theirs) {}

    /** What the reader says about a file with markers, once per file. */
    public static Said message(int line) {
        return ReadingText.CONFLICT.with("line", line);
    }

    /** The line of the first conflict marker, or 0 when there is none. */
    public static int firstLine(String text) {
        if (!mayHaveMarkers(text)) {
            return 0;
        }
        int line = 1;
        for (int at = 0; at < text.length(); line++) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            char kind = marker(text, at, end);
            if (kind == '<' || kind == '>') {
                return line;
            }
            at = end + 1;
        }
        return 0;
    }

    /** Every conflict of {@code text}, in order. A lone closing marker counts as a region of its own. */
    public static List<Region> regions(String text) {
        List<Region> out = new ArrayList<>();
        if (!mayHaveMarkers(text)) {
            return out;
        }
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            char kind = marker(lines[i]);
            if (kind == '>') {
                out.add(new Region(i + 1, i + 1, "", label(lines[i]), "", ""));
            }
            if (kind != '<') {
                i++;
                continue;
            }
            int start = i;
            StringBuilder ours = new StringBuilder();
            StringBuilder theirs = new StringBuilder();
            StringBuilder into = ours;
            i++;
            while (i < lines.length && marker(lines[i]) != '>' && marker(lines[i]) != '<') {
                char k = marker(lines[i]);
                if (k == '=') {
                    into = theirs;
                } else if (k == '|') {
                    into = new StringBuilder(); // diff3's base section: neither side
                } else {
                    into.append(lines[i]).append('\n');
                }
                i++;
            }
            boolean closed = i < lines.length && marker(lines[i]) == '>';
            out.add(new Region(start + 1, closed ? i + 1 : 0, label(lines[start]),
                    closed ? label(lines[i]) : "", ours.toString(), theirs.toString()));
            if (closed) {
                i++;
            }
        }
        return out;
    }

    /**
     * The lines of both sides between git-style markers; each side's text ends with a line
     * break (or is empty), and so does the result.
     */
    public static String block(String ours, String theirs, String oursLabel, String theirsLabel, int size, String nl) {
        return "<".repeat(size) + labelPart(oursLabel) + nl + ours + "=".repeat(size) + nl + theirs
                + ">".repeat(size) + labelPart(theirsLabel) + nl;
    }

    private static String labelPart(String label) {
        return label == null || label.isEmpty() ? "" : " " + label;
    }

    /** A cheap test that skips the line walk for the files that have no marker, which is nearly all. */
    private static boolean mayHaveMarkers(String text) {
        return text.startsWith("<<<<<<<") || text.startsWith(">>>>>>>") || text.contains("\n<<<<<<<")
                || text.contains("\n>>>>>>>");
    }

    private static char marker(String line) {
        return marker(line, 0, line.length());
    }

    /** The marker character of the line between {@code from} and {@code to}, or 0 when it is no marker. */
    private static char marker(String text, int from, int to) {
        if (to - from < SIZE) {
            return 0;
        }
        char c = text.charAt(from);
        if (c != '<' && c != '>' && c != '=' && c != '|') {
            return 0;
        }
        int i = from;
        while (i < to && text.charAt(i) == c) {
            i++;
        }
        if (i - from < SIZE) {
            return 0;
        }
        if (i == to || text.charAt(i) == '\r') {
            return c;
        }
        return text.charAt(i) == ' ' && c != '=' ? c : 0;
    }

    private static String label(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? "" : line.substring(space + 1).strip();
    }
}
