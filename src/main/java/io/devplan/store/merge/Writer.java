package io.devplan.store.merge;

import io.devplan.store.YNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a merge into edits of OURS' text, the way every devplan edit is made: an edit changes
 * only the lines it is about. A value THEIRS changed is spliced over OURS' value with THEIRS'
 * text (its quoting, block style and trailing comment); an entry THEIRS added is copied with the
 * comment lines above it, lined up with its new neighbours; a removed entry loses its lines.
 * Values OURS wrote in flow style ({@code {a: 1}}) are written again as one flow.
 */
final class Writer {
    /**
     * Replace {@code from..to} of OURS by {@code text}. For a conflict, {@code text} is THEIRS'
     * version and {@code oursText} OURS' (null: the text as it is).
     */
    record Edit(int from, int to, String text, String oursText, Merged.Conflict conflict, int order) {}

    private final Source ours;
    private final Source theirs;
    private final MergedText merged;
    private final String nl;
    private final List<Edit> edits = new ArrayList<>();

    Writer(Source ours, Source theirs) {
        this.ours = ours;
        this.theirs = theirs;
        this.merged = new MergedText(ours, theirs);
        this.nl = ours.text.contains("\r\n") ? "\r\n" : "\n";
    }

    List<Edit> edits(Merged.MapMerge root) {
        if (root.ours().flow()) {
            flow(root, root.ours());
        } else {
            map(root);
        }
        return edits;
    }

    // ---- mappings

    private void map(Merged.MapMerge m) {
        for (Merged.Entry e : m.entries()) {
            switch (e.origin()) {
                case OURS -> entryValue(m.ours(), e);
                case REMOVED -> add(removeEntry(m.ours(), e.ours()), null);
                case THEIRS -> add(insertEntry(m, e), e.value() instanceof Merged.Conflict c ? c : null);
            }
        }
    }

    private void entryValue(YNode.Map map, Merged.Entry e) {
        Merged v = e.value();
        if (v instanceof Merged.Take) {
            add(replaceEntry(e.ours(), e.theirs()), null);
        } else if (v instanceof Merged.Conflict c) {
            add(c.theirs() != null ? replaceEntry(e.ours(), e.theirs()) : removeEntry(map, e.ours()), c);
        } else {
            nested(v);
        }
    }

    private void nested(Merged v) {
        if (v instanceof Merged.MapMerge mm) {
            if (mm.ours().flow()) {
                flow(mm, mm.ours());
            } else {
                map(mm);
            }
        } else if (v instanceof Merged.SeqMerge sm) {
            if (sm.ours().flow()) {
                flow(sm, sm.ours());
            } else {
                seq(sm);
            }
        }
    }

    /** OURS' entry, from its key to the end of its value's last line, becomes THEIRS' entry. */
    private Edit replaceEntry(YNode.Entry oe, YNode.Entry te) {
        int from = oe.key().start().offset();
        int tFrom = te.key().start().offset();
        String text = theirs.shifted(tFrom, end(theirs, te.value()), ours.column(from) - theirs.column(tFrom));
        return new Edit(from, end(ours, oe.value()), text, null, null, 0);
    }

    private Edit removeEntry(YNode.Map map, YNode.Entry oe) {
        int key = oe.key().start().offset();
        int end = end(ours, oe.value());
        if (ours.startsLine(key)) {
            return new Edit(ours.lineStart(key), ours.nextLine(end), "", null, null, 0);
        }
        // The first key of a list item, on the dash's line: the next key moves up to take its place.
        List<YNode.Entry> entries = map.entries();
        int i = indexOf(entries, oe);
        YNode.Entry next = i >= 0 && i + 1 < entries.size() ? entries.get(i + 1) : null;
        if (next != null) {
            return new Edit(key, next.key().start().offset(), "", null, null, 0);
        }
        throw new Source.Unsupported("removing the only key of a list item");
    }

    /** THEIRS' new entry after OURS' entry it follows (or the last), at OURS' indentation, with its comments. */
    private Edit insertEntry(Merged.MapMerge m, Merged.Entry e) {
        List<YNode.Entry> oursEntries = m.ours().entries();
        YNode.Entry anchor = oursEntries.get(oursEntries.size() - 1);
        for (YNode.Entry oe : oursEntries) {
            if (e.after() != null && oe.key().value().equals(e.after())) {
                anchor = oe;
            }
        }
        int at = ours.nextLine(end(ours, anchor.value()));
        int col = ours.column(oursEntries.get(0).key().start().offset());
        YNode.Entry te = e.theirs();
        int tKey = te.key().start().offset();
        int shift = col - theirs.column(tKey);
        StringBuilder text = new StringBuilder();
        List<YNode.Entry> theirsEntries = m.theirs().entries();
        int index = indexOf(theirsEntries, te);
        if (index > 0 && theirs.startsLine(tKey)) {
            int previousEnd = end(theirs, theirsEntries.get(index - 1).value());
            int comments = theirs.commentsAbove(tKey, theirs.nextLine(previousEnd));
            if (theirs.blankLineBetween(previousEnd, comments)) {
                text.append(nl);
            }
            text.append(shiftLines(theirs.text.substring(comments, theirs.lineStart(tKey)), shift));
        }
        text.append(" ".repeat(col)).append(theirs.shifted(tKey, end(theirs, te.value()), shift)).append(nl);
        return new Edit(at, at, atEnd(at, text.toString()), null, null, 0);
    }

    // ---- lists

    private void seq(Merged.SeqMerge m) {
        List<YNode> items = m.ours().items();
        int[] dashes = new int[items.size()];
        boolean separated = false;
        for (int i = 0; i < items.size(); i++) {
            dashes[i] = ours.dashBefore(items.get(i).start().offset());
            if (dashes[i] < 0 || !ours.startsLine(dashes[i])) {
                throw new Source.Unsupported("a list item that does not start its line");
            }
            if (i > 0) {
                separated |= ours.blankLineBetween(end(ours, items.get(i - 1)), ours.lineStart(dashes[i]));
            }
        }
        java.util.Map<YNode, Integer> index = positions(items);
        java.util.Map<YNode, Integer> theirsIndex = positions(m.theirs().items());
        for (Merged.Item item : m.items()) {
            int i = item.ours() == null ? -1 : index.get(item.ours());
            switch (item.origin()) {
                case OURS -> itemValue(item);
                case REMOVED -> add(new Edit(ours.lineStart(dashes[i]), ours.nextLine(end(ours, item.ours())), "", null,
                        null, 0), null);
                case THEIRS -> add(insertItem(m, item, theirsIndex.get(item.theirs()), dashes, separated),
                        item.value() instanceof Merged.Conflict c ? c : null);
            }
        }
    }

    private void itemValue(Merged.Item item) {
        Merged v = item.value();
        YNode o = item.ours();
        if (v instanceof Merged.Take t) {
            add(replaceItem(o, t.theirs()), null);
        } else if (v instanceof Merged.Conflict c) {
            Edit edit = c.theirs() != null ? replaceItem(o, c.theirs())
                    : new Edit(ours.lineStart(ours.dashBefore(o.start().offset())), ours.nextLine(end(ours, o)), "",
                            null, null, 0);
            add(edit, c);
        } else {
            nested(v);
        }
    }

    private Edit replaceItem(YNode o, YNode t) {
        int from = o.start().offset();
        int tFrom = t.start().offset();
        String text = theirs.shifted(tFrom, end(theirs, t), ours.column(from) - theirs.column(tFrom));
        return new Edit(from, end(ours, o), text, null, null, 0);
    }

    /** THEIRS' new item before the OURS item its identity puts it before (or after the last), with its comments. */
    private Edit insertItem(Merged.SeqMerge m, Merged.Item item, int index, int[] dashes, boolean separated) {
        List<YNode> items = m.ours().items();
        int dashCol = ours.column(dashes[0]);
        YNode t = item.theirs();
        String body;
        String comments = "";
        if (m.theirs().flow()) {
            body = " ".repeat(dashCol) + "- " + MergedText.flow(theirs, t);
        } else {
            int tDash = theirs.dashBefore(t.start().offset());
            if (tDash < 0 || !theirs.startsLine(tDash)) {
                throw new Source.Unsupported("a list item that does not start its line");
            }
            int shift = dashCol - theirs.column(tDash);
            if (index > 0) {
                int floor = theirs.nextLine(end(theirs, m.theirs().items().get(index - 1)));
                comments = shiftLines(theirs.text.substring(theirs.commentsAbove(tDash, floor), theirs.lineStart(tDash)), shift);
            }
            body = shiftLines(theirs.text.substring(theirs.lineStart(tDash), end(theirs, t)), shift);
        }
        int before = item.before();
        if (before >= 0) {
            int floor = before == 0 ? 0 : ours.nextLine(end(ours, items.get(before - 1)));
            int at = ours.commentsAbove(dashes[before], floor);
            return new Edit(at, at, comments + body + nl + (separated ? nl : ""), null, null, 0);
        }
        int at = ours.nextLine(end(ours, items.get(items.size() - 1)));
        return new Edit(at, at, atEnd(at, (separated ? nl : "") + comments + body + nl), null, null, 0);
    }

    // ---- flow values

    /** A value OURS wrote in flow style, written again as one flow; a conflict inside makes the whole value one. */
    private void flow(Merged m, YNode node) {
        int from = node.start().offset();
        int to = node.end().offset();
        String mine = merged.flow(m, false);
        if (Merged.hasConflict(m)) {
            add(new Edit(from, to, merged.flow(m, true), mine, firstConflict(m), 0), firstConflict(m));
        } else if (!mine.equals(ours.text.substring(from, to))) {
            add(new Edit(from, to, mine, null, null, 0), null);
        }
    }

    private static Merged.Conflict firstConflict(Merged m) {
        if (m instanceof Merged.Conflict c) {
            return c;
        }
        List<Merged> children = new ArrayList<>();
        if (m instanceof Merged.MapMerge map) {
            map.entries().forEach(e -> children.add(e.value()));
        } else if (m instanceof Merged.SeqMerge seq) {
            seq.items().forEach(i -> children.add(i.value()));
        }
        for (Merged child : children) {
            Merged.Conflict c = child == null ? null : firstConflict(child);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    // ---- helpers

    /** Each node's place in {@code nodes}, by identity. */
    private static java.util.Map<YNode, Integer> positions(List<YNode> nodes) {
        java.util.Map<YNode, Integer> out = new java.util.IdentityHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            out.put(nodes.get(i), i);
        }
        return out;
    }

    /** The place of this very node (nodes are records: two equal-looking nodes are still two). */
    private static int indexOf(List<?> list, Object node) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == node) {
                return i;
            }
        }
        return -1;
    }

    private void add(Edit e, Merged.Conflict conflict) {
        edits.add(new Edit(e.from(), e.to(), e.text(), e.oursText(), conflict != null ? conflict : e.conflict(),
                edits.size()));
    }

    /**
     * Where a value's text ends: after the comment on its last line when nothing else follows it
     * there (a block mapping or list), else right after the value (inside a flow).
     */
    private static int end(Source s, YNode n) {
        int end = s.contentEnd(n);
        int lineEnd = s.lineEnd(end);
        String rest = s.text.substring(end, Math.max(end, lineEnd)).strip();
        return rest.isEmpty() || rest.startsWith("#") ? lineEnd : end;
    }

    /**
     * Lines inserted at {@code at}: at the end of a text without a final line break, the break
     * goes before them instead of after, so the file still ends as it did.
     */
    private String atEnd(int at, String lines) {
        if (at == ours.text.length() && !ours.text.isEmpty() && !ours.text.endsWith("\n")) {
            return nl + lines.substring(0, lines.length() - nl.length());
        }
        return lines;
    }

    /** Every line of {@code s} moved {@code shift} columns. */
    private static String shiftLines(String s, int shift) {
        if (shift == 0 || s.isEmpty()) {
            return s;
        }
        boolean trailing = s.endsWith("\n");
        String[] lines = (trailing ? s.substring(0, s.length() - 1) : s).split("\n", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            b.append(i == 0 ? "" : "\n").append(Source.shiftLine(lines[i], shift));
        }
        return b.append(trailing ? "\n" : "").toString();
    }
}
