package io.devplan.cli;

import io.devplan.domain.FeedbackKind;
import io.devplan.domain.FeedbackSource;
import io.devplan.domain.GoalStatus;
import io.devplan.domain.YamlName;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an enum option by the name plan files use ({@code one-on-one}, {@code at-risk}). */
abstract class YamlNameConverter<E extends Enum<E> & YamlName> implements ITypeConverter<E> {
    private final Class<E> type;

    YamlNameConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public E convert(String value) {
        return YamlName.parse(type, value).orElseThrow(() -> new ConversionProblem(io.devplan.domain.Said.of(
                CliText.NOT_ONE_OF, "value", value, "names", String.join(", ", YamlName.names(type)))));
    }

    static final class Source extends YamlNameConverter<FeedbackSource> {
        Source() {
            super(FeedbackSource.class);
        }
    }

    static final class Kind extends YamlNameConverter<FeedbackKind> {
        Kind() {
            super(FeedbackKind.class);
        }
    }

    static final class Status extends YamlNameConverter<GoalStatus> {
        Status() {
            super(GoalStatus.class);
        }
    }

    static final class SupportKindName extends YamlNameConverter<io.devplan.domain.SupportKind> {
        SupportKindName() {
            super(io.devplan.domain.SupportKind.class);
        }
    }

    static final class SupportStatusName extends YamlNameConverter<io.devplan.domain.SupportStatus> {
        SupportStatusName() {
            super(io.devplan.domain.SupportStatus.class);
        }
    }

    static final class AssessorName extends YamlNameConverter<io.devplan.domain.Assessor> {
        AssessorName() {
            super(io.devplan.domain.Assessor.class);
        }
    }
}
