package io.devplan.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An enum whose constants are written in plan files under a fixed lower-case name. */
public interface YamlName {
    String yamlName();

    static <E extends Enum<E> & YamlName> Optional<E> parse(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (e.yamlName().equals(text)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E> & YamlName> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(YamlName::yamlName).toList();
    }
}
