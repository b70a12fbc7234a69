package io.devplan.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value an edit writes into a plan. The editor chooses how it looks (plain, quoted, block
 * text, flow or block collection) from the neighbours it lands among.
 */
public sealed interface YamlValue {
    /** Text that is already a safe plain YAML scalar: a date, a number, an enum name. */
    record Raw(String yaml) implements YamlValue {}

    /** Free text; single-line text is plain or quoted, multi-line text a {@code |} block. */
    record Text(String text) implements YamlValue {}

    /** A mapping, in the order given. */
    record Mapping(Map<String, YamlValue> entries) implements YamlValue {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }
    }

    /** A list. */
    record Items(List<YamlValue> items) implements YamlValue {
        public Items {
            items = List.copyOf(items);
        }
    }

    static YamlValue of(LocalDate date) {
        return new Raw(date.toString());
    }

    static YamlValue of(BigDecimal number) {
        return new Raw(number.stripTrailingZeros().scale() < 0
                ? number.setScale(0).toPlainString() : number.stripTrailingZeros().toPlainString());
    }

    static YamlValue of(int number) {
        return new Raw(Integer.toString(number));
    }

    static YamlValue text(String text) {
        return new Text(text);
    }

    /** Single-line scalars fit on the key's line. */
    default boolean isInline() {
        return this instanceof Raw || this instanceof Text t && !t.text().contains("\n");
    }
}
