package io.devplan.cli;

import io.devplan.domain.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Help in the reader's language. The English texts are the annotations (man pages and completion
 * are made from them); Swedish, Danish and Dutch are {@code render/help-LANG.properties}, UTF-8,
 * given to picocli as its resource bundle only when help is asked for in one of them: an English
 * run, with help or without, reads no file. The file is read directly, as {@code render/Words}
 * reads its catalogues: {@code ResourceBundle.getBundle} would fall back to the JVM's default
 * locale, and a Danish reader on a Swedish JVM would get Swedish.
 *
 * <p>Keys are picocli's: a command's texts under its qualified name
 * ({@code devplan.checkin.usage.header}, lines of an array as {@code .0}, {@code .1}...), an option
 * under the command's name and the option's longest name ({@code devplan.checkin.note}), an option
 * every command inherits under its name alone ({@code lang}), a positional parameter as
 * {@code devplan.checkin.ID[0]}, picocli's own options and default headings under picocli's keys
 * ({@code mixinStandardHelpOptions.help}, {@code usage.synopsisHeading}).
 */
final class HelpTexts {
    private HelpTexts() {}

    /**
     * Before picocli answers {@code parsed}: when it asks for help ({@code --help} anywhere, or the
     * help command) in a language other than English, the whole command line gets that language's
     * texts. The language is the reader's (--lang, then the locale variables); the repository's
     * language is not looked for: help does not open the repository.
     */
    static void useReadersLanguage(CommandLine root, ParseResult parsed) {
        if (!asksForHelp(parsed) || !(root.getCommand() instanceof DevplanCommand devplan)) {
            return;
        }
        Language language = Language.forReader(devplan.lang, devplan.environment(), null);
        if (language != Language.EN) {
            root.setResourceBundle(bundle(language));
        }
    }

    private static boolean asksForHelp(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.isUsageHelpRequested() || p.commandSpec().helpCommand()) {
                return true;
            }
        }
        return false;
    }

    /** The help texts of {@code language} (not English: its texts are the annotations). */
    static ResourceBundle bundle(Language language) {
        return File.read(language);
    }

    /**
     * The reading, in a class of its own: loading it loads {@code PropertyResourceBundle}, which
     * English help never needs.
     */
    private static final class File {
        static ResourceBundle read(Language language) {
            String name = "/io/devplan/render/help-" + language.code() + ".properties";
            try (InputStream in = HelpTexts.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + name + " in the program's files");
                }
                return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
