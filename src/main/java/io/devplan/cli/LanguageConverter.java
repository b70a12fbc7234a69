package io.devplan.cli;

import io.devplan.domain.Language;
import picocli.CommandLine.ITypeConverter;

/** {@code --lang}: one of the languages devplan writes, by its code. */
final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
        return Language.code(value.strip().toLowerCase(java.util.Locale.ROOT)).orElseThrow(() -> new ConversionProblem(
                io.devplan.domain.Said.of(CliText.UNKNOWN_LANGUAGE, "value", value, "codes",
                        String.join(", ", Language.CODES))));
    }

    /** The codes, for completion and help. */
    static final class Codes implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Language.CODES.iterator();
        }
    }
}
