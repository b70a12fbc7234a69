package io.devplan.render;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Words of a command line written so that a POSIX shell reads them back as the same words: plain
 * when they hold only characters no shell treats specially, else in single quotes (a quote inside
 * as {@code '\''}). Ids obey the id rule and stay plain; free text (a title) is quoted.
 */
public final class ShellWords {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9@%+=:,./_-]+");

    private ShellWords() {}

    public static String join(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(quote(w));
        }
        return b.toString();
    }

    static String quote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
