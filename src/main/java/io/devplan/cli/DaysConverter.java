package io.devplan.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A number of days for --within: a whole number, 0 or more. */
final class DaysConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        if (!value.matches("\\d{1,5}")) {
            throw new TypeConversionException("'" + value + "' is not a number of days; use 0 or more, such as 7");
        }
        return Integer.parseInt(value);
    }
}
