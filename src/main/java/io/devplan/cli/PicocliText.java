package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.domain.Untranslated;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ParameterException;

/**
 * picocli's own parse errors ("Missing required option: '--name=NAME'") as whole sentences of
 * {@link CliText}: its English message is matched against each sentence's English text, whose
 * placeholders take what picocli put there, so the English comes out byte for byte as picocli
 * wrote it and the other languages say the same sentence in their own words.
 */
final class PicocliText {
    /** picocli's sentences, the more particular first ("option '--x' (X) ..." before "option '--x' ..."). */
    private static final List<CliText> SENTENCES = List.of(CliText.PICOCLI_MISSING_PARAMETER,
            CliText.PICOCLI_MISSING_PARAMETERS, CliText.PICOCLI_MISSING_OPTION, CliText.PICOCLI_MISSING_OPTIONS,
            CliText.PICOCLI_MISSING_OPTION_VALUE, CliText.PICOCLI_EXPECTED_VALUE, CliText.PICOCLI_ONCE_WITH_VALUE,
            CliText.PICOCLI_ONCE, CliText.PICOCLI_NO_VALUE, CliText.PICOCLI_INVALID_PARAMETER_VALUE,
            CliText.PICOCLI_INVALID_OPTION_VALUE, CliText.PICOCLI_EXCLUSIVE, CliText.PICOCLI_ONE_OF,
            CliText.PICOCLI_REQUIRED, CliText.PICOCLI_MISSING_SUBCOMMAND);

    private PicocliText() {}

    /** What {@code ex} says, as a sentence devplan can say in the reader's language; its English is picocli's. */
    static Said said(ParameterException ex) {
        String message = ex.getMessage() == null ? "" : ex.getMessage();
        for (CliText sentence : SENTENCES) {
            Said said = match(sentence, message, ex.getCause());
            if (said != null) {
                return said;
            }
        }
        return Untranslated.said(message);
    }

    /** {@code message} as {@code sentence} with its values, or null when it is not that sentence. */
    static Said match(CliText sentence, String message, Throwable cause) {
        String template = sentence.english(null);
        List<String> names = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        Matcher p = Pattern.compile("\\{([a-zA-Z]+)}").matcher(template);
        int at = 0;
        while (p.find()) {
            regex.append(Pattern.quote(template.substring(at, p.start())));
            names.add(p.group(1));
            regex.append("(.*?)");
            at = p.end();
        }
        regex.append(Pattern.quote(template.substring(at)));
        Matcher m = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(message);
        if (!m.matches()) {
            return null;
        }
        Object[] args = new Object[names.size() * 2];
        for (int i = 0; i < names.size(); i++) {
            String value = m.group(i + 1);
            args[2 * i] = names.get(i);
            args[2 * i + 1] = "problem".equals(names.get(i)) ? problem(value, cause) : value;
        }
        Said said = Said.of(sentence, args);
        // The English must be picocli's own, byte for byte; a sentence that would say it otherwise is not this one.
        return said.english().equals(message) ? said : null;
    }

    /** Why a value was refused: a converter's own words, picocli's "is not an int", or as it is. */
    private static Object problem(String text, Throwable cause) {
        if (cause instanceof ConversionProblem c && c.getMessage().equals(text)) {
            return c.said();
        }
        Said number = match(CliText.PICOCLI_NOT_A_NUMBER, text, null);
        return number != null ? number : Untranslated.said(text);
    }
}
