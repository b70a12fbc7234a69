package io.devplan.render;

import java.nio.charset.StandardCharsets;

/**
 * Writes iCalendar (RFC 5545) content lines: CRLF line ends, lines folded at 75 octets without
 * splitting a UTF-8 sequence, and TEXT values escaped.
 */
public final class IcsWriter {
    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private final StringBuilder out = new StringBuilder();

    /** A property with a value written as given, such as {@code DTSTART;VALUE=DATE} and {@code 20261122}. */
    public IcsWriter property(String nameAndParams, String value) {
        out.append(fold(nameAndParams + ":" + value)).append(CRLF);
        return this;
    }

    /** A property of value type TEXT: backslash, semicolon, comma and line breaks are escaped. */
    public IcsWriter text(String name, String value) {
        return property(name, escape(io.devplan.render.doc.SafeText.clean(value)));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** RFC 5545 3.3.11: {@code \\ \; \, \n}; other control characters are not allowed in TEXT and become '?'. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\r' -> {
                    b.append("\\n");
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> b.append("\\n");
                default -> b.append(c < 0x20 && c != '\t' || c == 0x7f ? '?' : c);
            }
        }
        return b.toString();
    }

    /**
     * RFC 5545 3.1: a line longer than 75 octets continues on the next line after CRLF and one
     * space; a break never falls inside a character's UTF-8 sequence.
     */
    static String fold(String line) {
        StringBuilder b = new StringBuilder(line.length() + 8);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > MAX_OCTETS) {
                b.append(CRLF).append(' ');
                octets = 1;
            }
            b.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        return b.toString();
    }
}
