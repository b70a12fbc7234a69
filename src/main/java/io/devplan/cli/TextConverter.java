package io.devplan.cli;

import io.devplan.domain.Bounds;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Text on the command line (--note, --text, --name, ...) holds no control characters but new
 * lines and tabs, as the text of a plan; refused here (exit 2), a write never makes a plan that
 * devplan then refuses to read. Registered for every {@code String} by {@link Cli}.
 */
final class TextConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
        int c = Bounds.controlCharacter(value);
        if (c >= 0) {
            throw new TypeConversionException("'" + Bounds.shown(value) + "' " + Bounds.textProblem(c));
        }
        return value;
    }
}
