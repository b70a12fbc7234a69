package io.devplan.store;

/** Makes text from files safe to print on a terminal. */
public final class Sanitize {
    private Sanitize() {}

    /** Control characters (escape sequences included) become '?', as git does in its messages. */
    public static String controlChars(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                if (b == null) {
                    b = new StringBuilder(s.substring(0, i));
                }
                b.append('?');
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
