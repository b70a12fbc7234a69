package io.devplan.store.merge;

import io.devplan.store.ConflictMarkers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies the writer's edits to OURS' text in one pass: every edit's offsets are OURS' own. A conflict becomes git-style markers around the whole lines its edit touches, with
 * OURS' lines first and THEIRS' after; or, to check what each side would read as, just one side.
 */
final class Splice {
    enum Mode {
        /** Conflicts keep OURS' text. */
        OURS,
        /** Conflicts take THEIRS' text. */
        THEIRS,
        /** Conflicts get markers around both. */
        MARKERS
    }

    private Splice() {}

    static String apply(String text, List<Writer.Edit> edits, Mode mode, String oursLabel, String theirsLabel,
                        int markerSize) {
        Source lines = new Source(text, null);
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        List<Writer.Edit> plain = new ArrayList<>();
        for (Writer.Edit e : edits) {
            if (e.conflict() == null) {
                plain.add(e);
            } else if (mode == Mode.OURS) {
                if (e.oursText() != null) {
                    plain.add(new Writer.Edit(e.from(), e.to(), e.oursText(), null, null, e.order()));
                }
            } else if (mode == Mode.THEIRS) {
                plain.add(new Writer.Edit(e.from(), e.to(), e.text(), null, null, e.order()));
            } else {
                plain.add(markers(lines, e, nl, oursLabel, theirsLabel, markerSize));
            }
        }
        // In text order; at one offset, insertions in the order they were made, then what replaces text there.
        plain.sort(Comparator.comparingInt(Writer.Edit::from).thenComparingInt(Writer.Edit::to)
                .thenComparingInt(Writer.Edit::order));
        StringBuilder b = new StringBuilder(text.length() + 1024);
        int at = 0;
        for (Writer.Edit e : plain) {
            if (e.from() < at) {
                throw new Source.Unsupported("two changes on the same line");
            }
            b.append(text, at, e.from()).append(e.text());
            at = e.to();
        }
        return b.append(text, at, text.length()).toString();
    }

    /** The lines a conflict's edit touches, as OURS has them and as THEIRS would, between markers. */
    private static Writer.Edit markers(Source s, Writer.Edit e, String nl, String oursLabel, String theirsLabel,
                                       int size) {
        int from = s.lineStart(e.from());
        int to;
        if (e.to() > e.from()) {
            to = s.nextLine(e.to() - 1);
        } else {
            to = e.from() == from ? from : s.nextLine(e.from());
        }
        String before = s.text.substring(from, e.from());
        String after = s.text.substring(e.to(), to);
        String mine = before + (e.oursText() != null ? e.oursText() : s.text.substring(e.from(), e.to())) + after;
        String other = before + e.text() + after;
        if (e.to() == e.from() && e.from() == s.text.length() && !s.text.isEmpty() && !s.text.endsWith("\n")) {
            // An insertion at the end of a text without a final line break: the insertion brings its own.
            mine = mine + nl;
            other = other.substring(0, before.length()) + other.substring(before.length() + nl.length());
        }
        return new Writer.Edit(from, to, ConflictMarkers.block(endLine(mine, nl), endLine(other, nl), oursLabel,
                theirsLabel, size, nl), null, null, e.order());
    }

    private static String endLine(String s, String nl) {
        return s.isEmpty() || s.endsWith("\n") ? s : s + nl;
    }
}
