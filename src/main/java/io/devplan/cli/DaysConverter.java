package io.devplan.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A number of days for --within: a whole number, 0 or more. */
final class DaysConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        if (!value.matches("\\d{1,5}")) {
            throw new ConversionProblem(io.devplan.domain.Said.of(CliText.NOT_DAYS, "value", value));
        }
        return Integer.parseInt(value);
    }
}
