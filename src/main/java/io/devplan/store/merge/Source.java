package io.devplan.store.merge;

import io.devplan.store.YNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One side of a merge: its text, its parsed tree, and where its nodes are written. The merge
 * copies what the other side wrote from here byte for byte, so every position question (where a
 * node's text ends, which comment lines belong to it) is answered on the text itself.
 */
final class Source {
    final String text;
    final YNode.Map root;
    private final Map<YNode, Object> data = new IdentityHashMap<>();

    Source(String text, YNode.Map root) {
        this.text = text;
        this.root = root;
    }

    /** The node as plain data: text (null for an empty value), lists and maps; comments and style do not count. */
    Object data(YNode n) {
        if (n == null) {
            return null;
        }
        Object cached = data.get(n);
        if (cached != null || data.containsKey(n)) {
            return cached;
        }
        Object d;
        if (n instanceof YNode.Scalar s) {
            d = s.isNull() ? null : s.value();
        } else if (n instanceof YNode.Seq seq) {
            List<Object> items = new ArrayList<>();
            seq.items().forEach(i -> items.add(data(i)));
            d = items;
        } else {
            Map<String, Object> m = new LinkedHashMap<>();
            ((YNode.Map) n).entries().forEach(e -> m.put(e.key().value(), data(e.value())));
            d = m;
        }
        data.put(n, d);
        return d;
    }

    /** Where the text of a node ends: after its last character, not after the blank lines that follow. */
    int contentEnd(YNode n) {
        return YNode.contentEnd(text, n);
    }

    /** Whether the node is written over several lines in block style (so it cannot sit inside a flow). */
    boolean isBlock(YNode n) {
        if (n instanceof YNode.Scalar s) {
            return s.style() == '|' || s.style() == '>' || text.substring(s.start().offset(), contentEnd(s)).contains("\n");
        }
        return n instanceof YNode.Map m ? !m.flow() : !((YNode.Seq) n).flow();
    }

    int lineStart(int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** The offset of the line break that ends the line of {@code offset} (or the end of the text). */
    int lineEnd(int offset) {
        int i = text.indexOf('\n', offset);
        if (i < 0) {
            return text.length();
        }
        return i > 0 && text.charAt(i - 1) == '\r' && i - 1 >= offset ? i - 1 : i;
    }

    /** The start of the next line after the line of {@code offset}; the end of the text for the last line. */
    int nextLine(int offset) {
        int i = text.indexOf('\n', offset);
        return i < 0 ? text.length() : i + 1;
    }

    int column(int offset) {
        return offset - lineStart(offset);
    }

    /** Whether only spaces come before {@code offset} on its line. */
    boolean startsLine(int offset) {
        return text.substring(lineStart(offset), offset).isBlank();
    }

    /** The offset of the '-' of the block list item at {@code offset}, on the same line; -1 when none. */
    int dashBefore(int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && text.charAt(i) == '-' ? i : -1;
    }

    /**
     * The start of the comment lines right above the line of {@code offset} (the comments that
     * introduce it), never before {@code floor}; the line start itself when there are none.
     */
    int commentsAbove(int offset, int floor) {
        int at = lineStart(offset);
        while (at > floor) {
            int prev = lineStart(at - 1);
            if (prev < floor || !text.substring(prev, at).strip().startsWith("#")) {
                break;
            }
            at = prev;
        }
        return at;
    }

    /** Whether a blank line lies between the end of {@code from} and the line start {@code to}. */
    boolean blankLineBetween(int from, int to) {
        int at = nextLine(from);
        while (at < to) {
            int next = nextLine(at);
            if (text.substring(at, Math.min(next, to)).isBlank()) {
                return true;
            }
            at = next;
        }
        return false;
    }

    /**
     * The text between {@code from} and {@code to} with every line after the first moved
     * {@code shift} columns (right when positive), so a node copied from the other side lines up
     * with where it lands. Empty lines stay empty; a line that cannot move left that far is refused.
     */
    String shifted(int from, int to, int shift) {
        String s = text.substring(from, to);
        if (shift == 0) {
            return s;
        }
        String[] lines = s.split("\n", -1);
        StringBuilder b = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            b.append('\n').append(shiftLine(lines[i], shift));
        }
        return b.toString();
    }

    static String shiftLine(String line, int shift) {
        if (line.isEmpty() || line.equals("\r")) {
            return line;
        }
        if (shift > 0) {
            return " ".repeat(shift) + line;
        }
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        if (spaces < -shift) {
            throw new Unsupported("a line indented less than the place it is copied to");
        }
        return line.substring(-shift);
    }

    /** A shape of text the merge does not handle; the caller falls back to git's line merge. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String why) {
            super(why, null, false, false);
        }
    }
}
