package io.devplan.cli;

import io.devplan.domain.IsoDate;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an ISO date from the command line and says exactly what is wrong with a bad one. */
final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return IsoDate.parse(value);
        } catch (IsoDate.Invalid e) {
            throw new ConversionProblem(io.devplan.domain.Said.of(e.impossible() ? CliText.NOT_A_DATE_AT_ALL
                    : CliText.NOT_A_DATE, "value", value, "why", e.said()));
        }
    }
}
