package io.devplan.store.merge;

import io.devplan.store.YNode;
import io.devplan.store.YamlText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A merged value as one-line flow text (for values OURS wrote as {@code {...}} or {@code [...]},
 * which have no lines to splice), and as the plain data the merged file must read back as. In
 * both, a conflict is resolved to one side: OURS, or THEIRS when {@code theirsWins}.
 */
final class MergedText {
    /** A conflict side that removed the value: the key or item is absent. */
    static final Object ABSENT = new Object();

    private final Source ours;
    private final Source theirs;

    MergedText(Source ours, Source theirs) {
        this.ours = ours;
        this.theirs = theirs;
    }

    /** The data the merged value reads as; {@link #ABSENT} when the chosen side removed it. */
    Object data(Merged m, boolean theirsWins) {
        if (m instanceof Merged.Same s) {
            return ours.data(s.ours());
        }
        if (m instanceof Merged.Take t) {
            return theirs.data(t.theirs());
        }
        if (m instanceof Merged.Conflict c) {
            YNode chosen = theirsWins ? c.theirs() : c.ours();
            return chosen == null ? ABSENT : (theirsWins ? theirs : ours).data(chosen);
        }
        if (m instanceof Merged.MapMerge map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Merged.Entry e : map.entries()) {
                Object v = e.value() == null ? ABSENT : data(e.value(), theirsWins);
                if (v != ABSENT) {
                    out.put(e.key(), v);
                }
            }
            return out;
        }
        List<Object> out = new ArrayList<>();
        for (Merged.Item i : ((Merged.SeqMerge) m).items()) {
            Object v = i.value() == null ? ABSENT : data(i.value(), theirsWins);
            if (v != ABSENT) {
                out.add(v);
            }
        }
        return out;
    }

    /** The merged value as flow text; null when the chosen side removed it. */
    String flow(Merged m, boolean theirsWins) {
        if (m instanceof Merged.Same s) {
            return flow(ours, s.ours());
        }
        if (m instanceof Merged.Take t) {
            return flow(theirs, t.theirs());
        }
        if (m instanceof Merged.Conflict c) {
            YNode chosen = theirsWins ? c.theirs() : c.ours();
            return chosen == null ? null : flow(theirsWins ? theirs : ours, chosen);
        }
        List<String> parts = new ArrayList<>();
        if (m instanceof Merged.MapMerge map) {
            for (Merged.Entry e : map.entries()) {
                String v = e.value() == null ? null : flow(e.value(), theirsWins);
                if (v != null) {
                    YNode.Scalar key = e.ours() != null ? e.ours().key() : e.theirs().key();
                    Source from = e.ours() != null ? ours : theirs;
                    parts.add(from.text.substring(key.start().offset(), key.end().offset()) + ": " + v);
                }
            }
            return "{" + String.join(", ", parts) + "}";
        }
        for (Merged.Item i : ((Merged.SeqMerge) m).items()) {
            String v = i.value() == null ? null : flow(i.value(), theirsWins);
            if (v != null) {
                parts.add(v);
            }
        }
        return "[" + String.join(", ", parts) + "]";
    }

    /** A node as flow text: as written when it is, else converted (a block text becomes a quoted one). */
    static String flow(Source s, YNode n) {
        if (!s.isBlock(n)) {
            return s.text.substring(n.start().offset(), n.end().offset());
        }
        if (n instanceof YNode.Scalar sc) {
            return YamlText.doubleQuoted(sc.value());
        }
        List<String> parts = new ArrayList<>();
        if (n instanceof YNode.Map m) {
            for (YNode.Entry e : m.entries()) {
                parts.add(YamlText.scalar(e.key().value()) + ": " + flow(s, e.value()));
            }
            return "{" + String.join(", ", parts) + "}";
        }
        for (YNode item : ((YNode.Seq) n).items()) {
            parts.add(flow(s, item));
        }
        return "[" + String.join(", ", parts) + "]";
    }
}
