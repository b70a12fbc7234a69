package io.devplan.store;

/**
 * Turns SnakeYAML's (line, column), counted in code points, into a character offset of the text,
 * so edits can splice the exact span a value was written in.
 */
final class LineIndex {
    private final String text;
    private final int[] lineStarts;
    /** Without surrogate pairs, code points and chars coincide and no line needs walking. */
    private final boolean bmpOnly;

    LineIndex(String text) {
        this.text = text;
        // One plain loop (no stream): this runs for every plan read, mostly before the JIT has
        // compiled anything.
        int count = 1;
        boolean surrogates = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                count++;
            } else if (Character.isSurrogate(c)) {
                surrogates = true;
            }
        }
        this.bmpOnly = !surrogates;
        lineStarts = new int[count];
        int line = 1;
        for (int i = 0; i < n && line < count; i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[line++] = i + 1;
            }
        }
    }

    int offset(int line0, int column0) {
        if (line0 < 0 || line0 >= lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[line0];
        if (bmpOnly) {
            return Math.min(start + column0, text.length());
        }
        try {
            return text.offsetByCodePoints(start, column0);
        } catch (IndexOutOfBoundsException e) {
            return text.length();
        }
    }
}
