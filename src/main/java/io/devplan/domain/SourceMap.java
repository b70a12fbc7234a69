package io.devplan.domain;

import java.util.Map;

/**
 * Where each value of a file stands, by path: {@code goals/0/due}, {@code employee/name}.
 * Rules that point at a field look it up here; the path of a list item points at the item.
 */
public record SourceMap(Map<String, Position> positions) {
    public static final SourceMap EMPTY = new SourceMap(Map.of());

    public SourceMap {
        positions = Map.copyOf(positions);
    }

    public Position at(String path) {
        return positions.getOrDefault(path, Position.NONE);
    }

    /** The position of {@code path}, or of the nearest enclosing value that has one. */
    public Position near(String path) {
        String p = path;
        while (true) {
            Position pos = positions.get(p);
            if (pos != null) {
                return pos;
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return Position.NONE;
            }
            p = p.substring(0, slash);
        }
    }
}
