package io.devplan.store;

import io.devplan.domain.validate.Suppressions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code # devplan: ignore RULE[, RULE...] [-- reason]} comments of a file. A YAML
 * comment starts with '#' at the start of a line or after a space; devplan's own plans never
 * hold that sequence inside a quoted text, and a text that did would at worst switch off a rule.
 */
public final class IgnoreComments {
    private static final Pattern COMMENT = Pattern.compile(
            "(?:^|\\s)#\\s*devplan:\\s*ignore\\s+([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)(?:\\s*(?:--|:)\\s*(.*))?");
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");

    private IgnoreComments() {}

    public static Suppressions parse(String text) {
        List<Suppressions.Ignore> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = COMMENT.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            String reason = m.group(2) == null ? null : m.group(2).strip();
            Matcher name = NAME.matcher(lines[i]).region(m.start(1), m.end(1));
            while (name.find()) {
                out.add(new Suppressions.Ignore(i + 1, lines[i].codePointCount(0, name.start()) + 1, name.group(),
                        reason));
            }
        }
        return new Suppressions(out);
    }
}
