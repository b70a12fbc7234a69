package io.devplan.cli;

import io.devplan.domain.DueKind;
import io.devplan.domain.YamlName;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --kind}: one of the kinds with a due date, by its name in the JSON output. */
final class DueKindConverter implements ITypeConverter<DueKind>, Iterable<String> {
    @Override
    public DueKind convert(String value) {
        return YamlName.parse(DueKind.class, value).filter(DueKind.DATED::contains)
                .orElseThrow(() -> new ConversionProblem(io.devplan.domain.Said.of(CliText.NOT_A_KIND, "value", value,
                        "names", String.join(", ", names()))));
    }

    /** The names, for completion and help. */
    @Override
    public Iterator<String> iterator() {
        return names().iterator();
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (DueKind k : DueKind.values()) {
            if (DueKind.DATED.contains(k)) {
                names.add(k.yamlName());
            }
        }
        return names;
    }
}
