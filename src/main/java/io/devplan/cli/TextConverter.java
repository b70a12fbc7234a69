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
        int at = Bounds.controlCharacterIndex(value);
        if (at >= 0) {
            throw new ControlCharacter(value, at);
        }
        return value;
    }

    /** Text with a control character; {@link ErrorHandler} names the option in the message. */
    static final class ControlCharacter extends ConversionProblem {
        private static final long serialVersionUID = 1L;
        final String text;
        final int index;

        ControlCharacter(String text, int index) {
            super(Bounds.typedText(io.devplan.domain.Said.of(io.devplan.domain.RefusalText.THE_VALUE), text, index));
            this.text = text;
            this.index = index;
        }
    }
}
