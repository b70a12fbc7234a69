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
            for (Entry e : entries) {
                if (e.key().value().equals(key)) {
                    return e.value();
                }
            }
            return null;
        }
    }

    record Entry(Scalar key, YNode value) {}

    static String describe(YNode node) {
        if (node instanceof Scalar s) {
            return s.isNull() ? "nothing" : "a text";
        }
        return node instanceof Seq ? "a list" : "a mapping";
    }
}
