package io.devplan.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence with its values, to be said in the reader's language when it is printed. The domain
 * and the store decide what to say; a renderer decides the words. {@link #english()} is the text
 * machine formats (JSON, SARIF) keep whatever the reader's language.
 *
 * @param count the number the one or other form is chosen by ({@code {n}}), or null
 * @param args name, value pairs for the placeholders; a value may itself be a {@code Said}
 */
public record Said(Phrase phrase, Long count, List<Object> args) {
    public Said {
        args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args)); // a value may be null: said as ""
        if (args.size() % 2 != 0) {
            throw new IllegalArgumentException("placeholders come in name, value pairs: " + args);
        }
    }

    public static Said of(Phrase phrase, Object... args) {
        return new Said(phrase, null, Arrays.asList(args));
    }

    public static Said count(Phrase phrase, long n, Object... args) {
        return new Said(phrase, n, Arrays.asList(args));
    }

    /** The value given for {@code name}. */
    public Object arg(String name) {
        for (int i = 0; i + 1 < args.size(); i += 2) {
            if (name.equals(args.get(i))) {
                return args.get(i + 1);
            }
        }
        if ("n".equals(name) && count != null) {
            return count;
        }
        throw new IllegalArgumentException("no value for {" + name + "} in " + phrase.name());
    }

    /** The form a count chooses: in all four languages "one" is exactly 1 for whole numbers (CLDR). */
    public String form() {
        return count == null || !phrase.counted() ? null : count == 1 ? "one" : "other";
    }

    /** The English sentence, numbers as written in code: what devplan said before it spoke other languages. */
    public String english() {
        StringBuilder out = new StringBuilder();
        Phrase.walk(phrase.english(form()), out::append, name -> out.append(english(arg(name))));
        return out.toString();
    }

    /** A value as English writes it: a status or kind by its YAML name, a list with commas. */
    private static String english(Object value) {
        if (value instanceof Said s) {
            return s.english();
        } else if (value instanceof YamlName y) {
            return y.yamlName();
        } else if (value instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        } else if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(Said::english).toList());
        }
        return value == null ? "" : String.valueOf(value);
    }

    @Override
    public String toString() {
        return english();
    }
}
