package io.devplan.cli;

import io.devplan.domain.Bounds;
import io.devplan.domain.Cadence;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a cadence option; its named cadences are the completion candidates (a period such as P3W is accepted too). */
final class CadenceConverter implements ITypeConverter<Cadence>, Iterable<String> {
    @Override
    public Cadence convert(String value) {
        try {
            return parse(value);
        } catch (Bounds.OutOfBounds e) {
            if (!Bounds.CADENCE_RULE.equals(e.getMessage())) {
                throw new TypeConversionException("'" + value + "' is too long: " + e.getMessage());
            }
            throw new ConversionProblem(io.devplan.domain.Said.of(CliText.CADENCE_TOO_LONG, "value", value,
                    "years", Bounds.MAX_CADENCE_YEARS));
        }
    }

    private static Cadence parse(String value) {
        return Cadence.parse(value).orElseThrow(() -> new ConversionProblem(io.devplan.domain.Said.of(
                CliText.NOT_A_CADENCE, "value", value, "names", Cadence.NAMES)));
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.asList(Cadence.NAMES.split(", ")).iterator();
    }
}
