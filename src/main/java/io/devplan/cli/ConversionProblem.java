package io.devplan.cli;

import io.devplan.domain.Said;
import picocli.CommandLine.TypeConversionException;

/**
 * A value on the command line a converter refused, with why in words the reader's language can
 * say; picocli's message keeps the English, which {@link ErrorHandler} puts in its own sentence.
 */
class ConversionProblem extends TypeConversionException {
    private static final long serialVersionUID = 1L;
    private final transient Said said;

    ConversionProblem(Said said) {
        super(said.english());
        this.said = said;
    }

    Said said() {
        return said;
    }
}
