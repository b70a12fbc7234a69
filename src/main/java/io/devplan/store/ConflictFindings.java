package io.devplan.store;

import io.devplan.domain.Position;
import io.devplan.domain.Said;
import java.util.ArrayList;
import java.util.List;

/**
 * What validate says about a file with conflict markers: one problem per conflict, at its
 * {@code <<<<<<<} line, naming the value both sides changed and what each side has, so the person
 * resolving it sees what to choose without reading YAML around the markers.
 */
public final class ConflictFindings {
    private ConflictFindings() {}

    /** One problem per conflict of {@code text}; empty when it has none. */
    public static List<Problem> of(String file, String text) {
        List<ConflictMarkers.Region> regions = ConflictMarkers.regions(text);
        List<Problem> out = new ArrayList<>();
        if (regions.isEmpty()) {
            return out;
        }
        Resolution ours = resolve(text, regions, false);
        Resolution theirs = resolve(text, regions, true);
        for (int i = 0; i < regions.size(); i++) {
            ConflictMarkers.Region r = regions.get(i);
            Named mine = ours.name(i);
            Named other = theirs.name(i);
            Named named = mine != null ? mine : other;
            Said m;
            if (r.end() == 0 || r.oursLabel().isEmpty() && r.ours().isEmpty() && r.theirs().isEmpty()) {
                m = ReadingText.CONFLICT_INCOMPLETE.with("line", r.start());
            } else if (named != null) {
                m = ReadingText.CONFLICT_SIDES.with("line", r.start(), "path", named.path(),
                        "ours", side(mine, r.oursLabel()), "theirs", side(other, r.theirsLabel()));
            } else {
                m = ReadingText.CONFLICT_UNNAMED.with("line", r.start());
            }
            out.add(Problem.unreadable(file, new Position(r.start(), 1), m));
        }
        return out;
    }

    /** One side of a conflict: its value, and the branch it came from when the marker names one. */
    private static Said side(Named n, String label) {
        return label.isEmpty() ? ReadingText.CONFLICT_SIDE.with("value", shown(n))
                : ReadingText.CONFLICT_SIDE_ON.with("value", shown(n), "label", label);
    }

    private static Said shown(Named n) {
        if (n == null) {
            return Said.of(ReadingText.CONFLICT_NOTHING);
        }
        if (n.node() instanceof YNode.Scalar s && !s.value().contains("\n") && s.value().length() <= 40) {
            return s.isNull() ? Said.of(ReadingText.CONFLICT_EMPTY) : ReadingText.CONFLICT_VALUE.with("value", s.value());
        }
        return Said.of(n.node() instanceof YNode.Scalar ? ReadingText.CONFLICT_LONGER_TEXT
                : n.node() instanceof YNode.Seq ? ReadingText.FOUND_LIST : ReadingText.FOUND_MAPPING);
    }

    /** The value a conflict's lines hold in one resolution, and where it is. */
    private record Named(String path, YNode node) {}

    /**
     * The text with every conflict resolved to one side, its tree (null when it does not parse),
     * and for each conflict the lines its side occupies there.
     */
    private record Resolution(YNode root, int[] firstLine, int[] lastLine) {
        Named name(int i) {
            if (root == null || firstLine[i] > lastLine[i]) {
                return null;
            }
            return find(root, "", firstLine[i], lastLine[i]);
        }
    }

    private static Resolution resolve(String text, List<ConflictMarkers.Region> regions, boolean theirs) {
        String[] lines = text.split("\n", -1);
        StringBuilder b = new StringBuilder();
        int[] first = new int[regions.size()];
        int[] last = new int[regions.size()];
        int written = 0;
        int at = 0;
        for (int i = 0; i < regions.size(); i++) {
            ConflictMarkers.Region r = regions.get(i);
            for (; at < r.start() - 1; at++) {
                b.append(lines[at]).append('\n');
                written++;
            }
            String side = theirs ? r.theirs() : r.ours();
            first[i] = written + 1;
            b.append(side);
            written += (int) side.chars().filter(c -> c == '\n').count();
            last[i] = written;
            at = r.end() == 0 ? lines.length : r.end();
        }
        for (; at < lines.length; at++) {
            b.append(lines[at]).append(at < lines.length - 1 ? "\n" : "");
        }
        YNode root = YamlTree.parse("plan", b.toString(), new ArrayList<>());
        return new Resolution(root, first, last);
    }

    /** The outermost value whose key is written on the lines {@code from..to}, with its path. */
    private static Named find(YNode node, String path, int from, int to) {
        if (node instanceof YNode.Map m) {
            for (YNode.Entry e : m.entries()) {
                String here = path.isEmpty() ? e.key().value() : path + "/" + e.key().value();
                int line = e.key().start().line();
                if (line >= from && line <= to) {
                    return new Named(here, e.value());
                }
                Named inside = find(e.value(), here, from, to);
                if (inside != null) {
                    return inside;
                }
            }
        } else if (node instanceof YNode.Seq s) {
            for (int i = 0; i < s.items().size(); i++) {
                YNode item = s.items().get(i);
                String here = path + "/" + itemName(item, i);
                int line = item.start().line();
                if (line >= from && line <= to) {
                    return new Named(here, item);
                }
                Named inside = find(item, here, from, to);
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }

    /** An item as a path names it: its id, else its date, else its place. */
    private static String itemName(YNode item, int index) {
        if (item instanceof YNode.Map m) {
            for (String key : List.of("id", "date")) {
                if (m.get(key) instanceof YNode.Scalar s && !s.isNull()) {
                    return s.value();
                }
            }
        }
        return String.valueOf(index + 1);
    }
}
