package io.devplan.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an ISO date from the command line and says exactly what is wrong with a bad one. */
final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            int month = Integer.parseInt(value.substring(5, 7));
            if (month < 1 || month > 12) {
                throw new TypeConversionException("'" + value + "' is not a date: there is no month " + month);
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(value.substring(0, 4)), month);
            throw new TypeConversionException("'" + value + "' is not a date: "
                    + ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear()
                    + " has " + ym.lengthOfMonth() + " days");
        }
    }
}
