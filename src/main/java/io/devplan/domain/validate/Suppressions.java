package io.devplan.domain.validate;

import java.util.List;

/**
 * The {@code # devplan: ignore RULE[, RULE...] [-- reason]} comments of one file. A comment
 * switches its rules off for the line it stands on; on a goal's first line or on its title's
 * line it covers every finding about that goal.
 */
public record Suppressions(List<Ignore> ignores) {
    public static final Suppressions NONE = new Suppressions(List.of());

    public Suppressions {
        ignores = List.copyOf(ignores);
    }

    /** One rule named in an ignore comment, at the place the name is written. */
    public record Ignore(int line, int column, String rule, String reason) {}

    public boolean covers(int line, String rule) {
        return line > 0 && ignores.stream().anyMatch(i -> i.line() == line && i.rule().equals(rule));
    }
}
