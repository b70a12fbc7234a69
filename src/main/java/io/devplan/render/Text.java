package io.devplan.render;

import java.math.BigDecimal;

/** Small text helpers shared by the text renderers. */
public final class Text {
    private Text() {}

    /** Cuts {@code s} to {@code width} characters, ending in an ellipsis when cut; one line only. */
    public static String fit(String s, int width) {
        String one = io.devplan.render.doc.SafeText.oneLine(s);
        if (one.length() <= width) {
            return one;
        }
        return width <= 1 ? one.substring(0, Math.max(0, width)) : one.substring(0, width - 1) + "…";
    }

    public static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** A number as people write it: no trailing zeros, no exponent. */
    public static String number(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    /** Breaks one line of text into lines of at most {@code width} characters at spaces; longer words stay whole. */
    public static java.util.List<String> wrap(String s, int width) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        out.add(line.toString());
        return out;
    }
}
