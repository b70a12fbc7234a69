package io.devplan.cli;

import io.devplan.domain.Bounds;
import io.devplan.domain.Cadence;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

final class CadenceConverter implements ITypeConverter<Cadence> {
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
}
