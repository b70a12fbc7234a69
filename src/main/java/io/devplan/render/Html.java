package io.devplan.render;


/** Escaping for HTML text and attribute values. */
final class Html {
    private Html() {}

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        // Line breaks in notes are kept (CSS shows them); other control characters become '?'.
        for (char c : io.devplan.render.doc.SafeText.clean(s.replace("\r\n", "\n")).toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
