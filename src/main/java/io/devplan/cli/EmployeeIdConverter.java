package io.devplan.cli;

import io.devplan.domain.EmployeeId;
import io.devplan.domain.InvalidId;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Every ID a command takes, checked by the one id rule while the command line is parsed, so no
 * command touches a file for an id that is a path. Registered for {@link EmployeeId} by {@link Cli}.
 */
final class EmployeeIdConverter implements ITypeConverter<EmployeeId> {
    @Override
    public EmployeeId convert(String value) {
        try {
            return new EmployeeId(value);
        } catch (InvalidId e) {
            throw new Invalid(e.said());
        }
    }

    /** A message that says all, which {@link ErrorHandler} prints without picocli's prefix. */
    static final class Invalid extends ConversionProblem {
        Invalid(io.devplan.domain.Said said) {
            super(said);
        }
    }
}
