package io.devplan.render.doc;

/**
 * Makes text from plans harmless wherever devplan shows it. Plans arrive through pull requests,
 * so a title may carry escape sequences (which rewrite a terminal, set its clipboard through
 * OSC 52 or make links through OSC 8), bidi overrides that show text in another order than it
 * is stored (U+202E), or invisible characters that make two names look alike. Every writer
 * passes plan text through here, at the one boundary where text leaves devplan.
 */
public final class SafeText {
    private SafeText() {}

    /**
     * Control characters (C0 but newline and tab, DEL, C1: every escape sequence starts with one)
     * and bidi controls become '?', as git does; invisible zero-width spaces are removed. Joiners
     * (U+200C, U+200D) stay: scripts and emoji need them, and they cannot reorder text.
     */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int what = kind(c);
            if (what == KEEP) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (what == REPLACE) {
                b.append('?');
            }
        }
        return b == null ? s : b.toString();
    }

    /** {@link #clean} on one line: line breaks become spaces, surrounding space is dropped. */
    public static String oneLine(String s) {
        return clean(s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " "));
    }

    private static final int KEEP = 0;
    private static final int REPLACE = 1;
    private static final int DROP = 2;

    private static int kind(char c) {
        if (c >= 0x20 && c < 0x7f) {
            return KEEP;
        }
        if (c == '\n' || c == '\t') {
            return KEEP;
        }
        if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0) {
            return REPLACE;
        }
        // LRM, RLM, ALM, embeddings and overrides (U+202A..U+202E), isolates (U+2066..U+2069).
        if (c == '\u200e' || c == '\u200f' || c == '\u061c' || c >= '\u202a' && c <= '\u202e'
                || c >= '\u2066' && c <= '\u2069') {
            return REPLACE;
        }
        // Zero-width space, word joiner, invisible operators, byte order mark, Mongolian vowel separator.
        if (c == '\u200b' || c >= '\u2060' && c <= '\u2064' || c == '\ufeff' || c == '\u180e') {
            return DROP;
        }
        // Line and paragraph separators would start a new line where none is expected.
        if (c == '\u2028' || c == '\u2029') {
            return REPLACE;
        }
        return KEEP;
    }
}
