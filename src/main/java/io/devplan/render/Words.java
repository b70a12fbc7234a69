package io.devplan.render;

import io.devplan.domain.Language;
import io.devplan.domain.Phrase;
import io.devplan.domain.Said;
import io.devplan.render.doc.Line;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * What devplan says, in one language: the texts of {@link Msg} with their named placeholders
 * filled, the plural form chosen, and numbers written as that language writes them.
 *
 * <p>English is compiled into {@link Msg}, so an English run reads no file. Swedish, Danish and
 * Dutch are one UTF-8 properties file each, read directly: {@code ResourceBundle} would fall back
 * to the JVM's default locale before the base file (a Danish reader on a Swedish-configured JVM
 * got Swedish), and {@code MessageFormat} drops apostrophes and groups years ("2 026").
 */
public final class Words {
    private static final Map<Language, Words> LOADED = new EnumMap<>(Language.class);

    private final Language language;
    /** The "words" catalogue; null for English, whose texts are compiled into the phrases. */
    private final Map<String, String> texts;
    /** The other catalogues (validate's findings, devplan's errors), each read the first time it is needed. */
    private final Map<String, Map<String, String>> others = new java.util.HashMap<>();

    Words(Language language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    /** Words with every catalogue given (the tests' pseudo-language). */
    Words(Language language, Map<String, String> texts, Map<String, Map<String, String>> others) {
        this(language, texts);
        this.others.putAll(others);
    }

    public static Words english() {
        return of(Language.EN);
    }

    /** The words of {@code language}, read once per run. */
    public static synchronized Words of(Language language) {
        return LOADED.computeIfAbsent(language, l -> new Words(l, l == Language.EN ? null : catalog(l)));
    }

    /** The catalogue of a language as its file holds it, for the tests that compare catalogues. */
    static Map<String, String> catalog(Language language) {
        return catalog(language, "words");
    }

    /** One catalogue of a language: {@code family-LANG.properties}. */
    static Map<String, String> catalog(Language language, String family) {
        String name = family + "-" + language.code() + ".properties";
        try (InputStream in = Words.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name + " in the program's files");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new java.util.HashMap<>();
            p.forEach((k, v) -> texts.put((String) k, (String) v));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Language language() {
        return language;
    }

    /** The language's code for HTML's {@code lang} and mail headers. */
    public String code() {
        return language.code();
    }

    /** The text of {@code m} with its placeholders filled: {@code args} are name, value pairs. */
    public String text(Phrase m, Object... args) {
        return fill(template(m, null, null), args).plainText();
    }

    /** As {@link #text}, for an item of a kind whose grammar differs in this language (Swedish "försenat mål"). */
    public String textFor(Phrase m, String variant, Object... args) {
        return fill(template(m, variant, null), args).plainText();
    }

    /** The text as a line: a value that is a {@link Line} keeps its spans (plan text stays data). */
    public Line line(Phrase m, Object... args) {
        return fill(template(m, null, null), args).line;
    }

    /** The text for a count {@code n}: the one or other form, {@code {n}} the number as this language writes it. */
    public String count(Phrase m, long n, Object... args) {
        return countLine(m, null, n, args).plainText();
    }

    public String countFor(Phrase m, String variant, long n, Object... args) {
        return countLine(m, variant, n, args).plainText();
    }

    public Line countLine(Phrase m, long n, Object... args) {
        return countLine(m, null, n, args).line;
    }

    private Filled countLine(Phrase m, String variant, long n, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = "n";
        all[1] = number(n);
        System.arraycopy(args, 0, all, 2, args.length);
        // In all four languages "one" is exactly 1 for whole numbers (CLDR).
        return fill(template(m, variant, !m.counted() ? null : n == 1 ? "one" : "other"), all);
    }

    /** A sentence the domain or the store decided on, in this language. */
    public String text(Said said) {
        return texts == null ? said.english() : said(said).plainText();
    }

    /** The sentence as a line: its values are plan data, kept apart from devplan's words. */
    public Line line(Said said) {
        return said(said).line;
    }

    private Filled said(Said said) {
        Object[] args = new Object[said.args().size() + 2];
        for (int i = 0; i < said.args().size(); i += 2) {
            args[i] = said.args().get(i);
            args[i + 1] = value(said.args().get(i + 1));
        }
        args[args.length - 2] = "n";
        args[args.length - 1] = said.count() == null ? null : texts == null ? String.valueOf(said.count()) : number(said.count());
        return fill(template(said.phrase(), null, said.form()), args);
    }

    /**
     * A value of a sentence as this language says it: a status or kind in its words, a decimal with
     * the language's comma, whole numbers (lines, years, days) as they are, any other text as data.
     */
    private Object value(Object v) {
        if (v instanceof Said s) {
            return line(s);
        } else if (v instanceof io.devplan.domain.YamlName y) {
            return name(y);
        } else if (v instanceof BigDecimal d) {
            return texts == null ? d.toPlainString() : number(d);
        } else if (v instanceof Number || v == null) {
            return v == null ? "" : v.toString();
        } else if (v instanceof java.util.List<?> list) {
            Line joined = Line.of();
            for (Object item : list) {
                if (!joined.spans().isEmpty()) {
                    joined.words(", ");
                }
                Object said = value(item);
                joined.then(said instanceof Line l ? l : Line.of(String.valueOf(said)));
            }
            return joined;
        }
        return Line.ofData(String.valueOf(v));
    }

    /** The template for {@code m}: a kind's own form first, then the plain one. */
    String template(Phrase m, String variant, String form) {
        if (texts == null) {
            return m.english(form);
        }
        Map<String, String> texts = catalogue(m.catalogue());
        String key = m.key();
        String suffix = form == null ? "" : "." + form;
        String t = variant != null ? texts.get(key + "." + variant + suffix) : null;
        if (t == null) {
            t = texts.get(key + suffix);
        }
        // A catalogue the tests found complete has every key; a gap says English rather than nothing.
        return t != null ? t : m.english(form);
    }

    private synchronized Map<String, String> catalogue(String family) {
        return "words".equals(family) ? texts : others.computeIfAbsent(family, f -> catalog(language, f));
    }

    private static Filled fill(String template, Object[] args) {
        Line line = Line.of();
        StringBuilder words = new StringBuilder();
        Phrase.walk(template, words::append, name -> {
            Object value = arg(args, name);
            if (value instanceof Line l) {
                if (words.length() > 0) {
                    line.words(words.toString());
                    words.setLength(0);
                }
                line.then(l);
            } else {
                words.append(value == null ? "" : value);
            }
        });
        if (words.length() > 0) {
            line.words(words.toString());
        }
        return new Filled(line);
    }

    private static Object arg(Object[] args, String name) {
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (name.equals(args[i])) {
                return args[i + 1];
            }
        }
        throw new IllegalArgumentException("no value for {" + name + "}");
    }

    /** The enums whose values people read as words: statuses and kinds. YAML and JSON keep their own names. */
    static final java.util.List<Class<? extends io.devplan.domain.YamlName>> NAMED = java.util.List.of(
            io.devplan.domain.GoalStatus.class, io.devplan.domain.SupportStatus.class, io.devplan.domain.DueKind.class,
            io.devplan.domain.SupportKind.class, io.devplan.domain.FeedbackKind.class, io.devplan.domain.Assessor.class,
            io.devplan.domain.FeedbackSource.class);

    /** A status or kind as people read it: English shows the YAML word, the others their own. */
    public String name(io.devplan.domain.YamlName value) {
        if (texts == null) {
            return value.yamlName();
        }
        return texts.getOrDefault(nameKey(value), value.yamlName());
    }

    /** A cadence as people read it: a named one in this language ("månadsvis"), a period (P3W) as written. */
    public String cadence(io.devplan.domain.Cadence cadence) {
        return texts == null ? cadence.text() : texts.getOrDefault(cadenceKey(cadence.text()), cadence.text());
    }

    static String cadenceKey(String name) {
        return "word.cadence." + name;
    }

    static String nameKey(io.devplan.domain.YamlName value) {
        return "word." + ((Enum<?>) value).getDeclaringClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + "." + value.yamlName();
    }

    /** A whole number as this language writes it, thousands grouped (dates never come here: they stay ISO). */
    public String number(long n) {
        return number(BigDecimal.valueOf(n));
    }

    /** A number as this language writes it: decimal comma in sv, da and nl; no trailing zeros. */
    public String number(BigDecimal n) {
        return n == null ? "" : written(n.stripTrailingZeros().toPlainString());
    }

    /** A number with one decimal, as averages are shown: "3.5", "3,5", "4.0". */
    public String oneDecimal(double value) {
        return written(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString());
    }

    private String written(String plain) {
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder out = new StringBuilder(negative ? "-" : "");
        if (whole.length() > 3) {
            int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
            out.append(whole, 0, first);
            for (int i = first; i < whole.length(); i += 3) {
                out.append(groupSeparator()).append(whole, i, i + 3);
            }
        } else {
            out.append(whole);
        }
        if (dot >= 0) {
            out.append(decimalSeparator()).append(digits, dot + 1, digits.length());
        }
        return out.toString();
    }

    private char decimalSeparator() {
        return language == Language.EN ? '.' : ',';
    }

    private String groupSeparator() {
        return switch (language) {
            case EN -> ",";
            case SV -> "\u00a0";
            case DA, NL -> ".";
        };
    }

    /** A filled template: the line, and its text for places that take a plain string. */
    private record Filled(Line line) {
        /** The words as they are, no-break spaces kept: the caller puts them in a line of its own. */
        String plainText() {
            StringBuilder b = new StringBuilder();
            for (var span : line.spans()) {
                if (span instanceof io.devplan.render.doc.Span.Words w) {
                    b.append(w.text());
                } else if (span instanceof io.devplan.render.doc.Span.Data d) {
                    b.append(d.text());
                } else if (span instanceof io.devplan.render.doc.Span.Code c) {
                    b.append(c.text());
                }
            }
            return b.toString();
        }
    }
}
