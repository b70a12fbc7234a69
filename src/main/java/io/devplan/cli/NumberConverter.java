package io.devplan.cli;

import io.devplan.domain.Bounds;
import java.math.BigDecimal;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Numbers on the command line (--progress, --target, --cost, ...) within the bounds a plan's
 * numbers have, so a write never makes a plan that devplan then refuses to read. Registered for
 * every {@code BigDecimal} by {@link Cli}.
 */
final class NumberConverter implements ITypeConverter<BigDecimal> {
    /** 2,5 is how much of Europe writes 2.5: one comma between digits is a decimal point (here and in the wizards). */
    static String decimalPoint(String value) {
        return value.matches("[+-]?\\d+,\\d+") ? value.replace(',', '.') : value;
    }

    @Override
    public BigDecimal convert(String value) {
        value = decimalPoint(value);
        BigDecimal n;
        try {
            n = Bounds.number(value);
        } catch (Bounds.OutOfBounds e) {
            if (!e.getMessage().equals(Bounds.NUMBER_RULE)) {
                throw new TypeConversionException("'" + Bounds.shown(value) + "' is out of bounds: " + e.getMessage());
            }
            throw new ConversionProblem(io.devplan.domain.Said.of(CliText.NUMBER_OUT_OF_BOUNDS, "value",
                    Bounds.shown(value), "digits", Bounds.MAX_SIGNIFICANT_DIGITS, "exponent", Bounds.MAX_EXPONENT));
        }
        if (n == null) {
            throw new ConversionProblem(io.devplan.domain.Said.of(CliText.NOT_A_NUMBER, "value", Bounds.shown(value)));
        }
        return n;
    }
}
