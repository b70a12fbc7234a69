package io.devplan.store;

import java.util.Set;
import java.util.regex.Pattern;

/** Writes a text as a YAML scalar that reads back as exactly that text. */
public final class YamlText {
    private YamlText() {}

    private static final Pattern SAFE_PLAIN = Pattern.compile("[\\p{L}\\p{N}(][^\\n\\t]*");
    /** Words YAML 1.1 or 1.2 readers would take as booleans or nulls. */
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false",
            "null", "~");

    /** The text plain when that is safe, else double-quoted with escapes. */
    public static String scalar(String text) {
        if (isSafePlain(text)) {
            return text;
        }
        return doubleQuoted(text);
    }

    /** The text double-quoted, with escapes: always reads back as exactly the text. */
    public static String doubleQuoted(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** The text single-quoted, or null when single quotes cannot hold it (line breaks, control characters). */
    public static String singleQuoted(String text) {
        if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return null;
        }
        return "'" + text.replace("'", "''") + "'";
    }

    static boolean isSafePlain(String text) {
        return SAFE_PLAIN.matcher(text).matches()
                && !RESERVED.contains(text.toLowerCase(java.util.Locale.ROOT))
                && !text.matches("[-+.\\d_:eExXoO]+")
                && !text.contains(": ") && !text.contains(" #") && !text.endsWith(":")
                && !text.endsWith(" ")
                && text.chars().noneMatch(ch -> ch == '{' || ch == '}' || ch == '[' || ch == ']' || ch == ',');
    }
}
