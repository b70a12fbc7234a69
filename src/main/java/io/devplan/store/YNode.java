package io.devplan.store;

import io.devplan.domain.Position;
import java.util.List;

/**
 * A YAML node with the exact place it was written: start and end as positions with character
 * offsets into the source text. Scalars are kept as text; the reader converts them by the
 * field's type, so YAML 1.1 surprises ({@code no}, {@code on}, {@code 0755}) never happen.
 */
public sealed interface YNode permits YNode.Scalar, YNode.Seq, YNode.Map {
    Position start();

    Position end();

    /** A scalar; {@code plain} is false for quoted and block scalars. */
    record Scalar(String value, boolean plain, char style, Position start, Position end) implements YNode {
        /** An empty plain scalar, {@code ~} or {@code null}: the key is there without a value. */
        public boolean isNull() {
            return plain && (value.isEmpty() || value.equals("~") || value.equals("null")
                    || value.equals("Null") || value.equals("NULL"));
        }
    }

    record Seq(List<YNode> items, boolean flow, Position start, Position end) implements YNode {}

    record Map(List<Entry> entries, boolean flow, Position start, Position end) implements YNode {
        public YNode get(String key) {
            Entry e = entry(key);
            return e == null ? null : e.value();
        }

        /** The entry of {@code key}, or null. */
        public Entry entry(String key) {
            for (Entry e : entries) {
                if (e.key().value().equals(key)) {
                    return e;
                }
            }
            return null;
        }
    }

    record Entry(Scalar key, YNode value) {}

    /**
     * Where the text of {@code n} ends in {@code text}: after its last character, not after the
     * blank lines that follow a block text (they belong to it only with the keep indicator,
     * {@code |+}: then it ends on the last of them, not on the line that follows).
     */
    static int contentEnd(String text, YNode n) {
        if (n instanceof Scalar s) {
            int end = s.end().offset();
            if (s.style() == '|' || s.style() == '>') {
                if (keepsTrailingLines(text, s)) {
                    return end; // |+ keeps its trailing lines: they belong to the value
                }
                while (end > s.start().offset() && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
            }
            return end;
        }
        if (n instanceof Map m && !m.flow() && !m.entries().isEmpty()) {
            return contentEnd(text, m.entries().get(m.entries().size() - 1).value());
        }
        if (n instanceof Seq s && !s.flow() && !s.items().isEmpty()) {
            return contentEnd(text, s.items().get(s.items().size() - 1));
        }
        return n.end().offset();
    }

    /** Whether a block text has the keep indicator ({@code |+}, {@code >2+}). */
    private static boolean keepsTrailingLines(String text, Scalar s) {
        for (int at = s.start().offset() + 1; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '+') {
                return true;
            }
            if (!Character.isDigit(c) && c != '-') {
                return false;
            }
        }
        return false;
    }

    static String describe(YNode node) {
        if (node instanceof Scalar s) {
            return s.isNull() ? "nothing" : "a text";
        }
        return node instanceof Seq ? "a list" : "a mapping";
    }
}
