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
        this.bmpOnly = text.chars().noneMatch(c -> Character.isSurrogate((char) c));
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        lineStarts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
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
