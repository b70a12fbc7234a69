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
            throw new TypeConversionException("'" + value + "' is too long: " + e.getMessage());
        }
    }

    private static Cadence parse(String value) {
        return Cadence.parse(value).orElseThrow(() -> new TypeConversionException("'" + value
                + "' is not a cadence; use " + Cadence.NAMES + " or an ISO-8601 period such as P3W"));
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.asList(Cadence.NAMES.split(", ")).iterator();
    }
}
