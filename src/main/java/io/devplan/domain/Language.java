package io.devplan.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * A language devplan reads goal titles in and writes what people read in: English, Swedish,
 * Danish or Dutch. One model for both: validate's prose rules and every text devplan prints.
 */
public enum Language {
    EN("en", "English"),
    SV("sv", "Swedish"),
    DA("da", "Danish"),
    NL("nl", "Dutch");

    private final String code;
    private final String title;

    Language(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** Every code devplan speaks, in the order messages and the schema list them: en, sv, da, nl. */
    public static final java.util.List<String> CODES = codes();

    /** A loop, not a stream: --version loads this class, and a stream here loaded 30 JDK classes more. */
    private static java.util.List<String> codes() {
        Language[] all = values();
        String[] codes = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            codes[i] = all[i].code;
        }
        return java.util.List.of(codes);
    }

    /** The ISO 639-1 code, as devplan.yaml's and a plan's {@code language} write it. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** The language of a code such as "da"; English for null or an unknown code. */
    public static Language of(String code) {
        return code(code).orElse(EN);
    }

    /** The language of a code such as "da", if it is one devplan speaks. */
    public static Optional<Language> code(String code) {
        for (Language l : values()) {
            if (l.code.equals(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * The language a locale setting names, such as {@code sv_SE.UTF-8}, {@code da}, {@code nl-BE},
     * or a list as {@code LANGUAGE} holds it ({@code da:sv:en}: the first devplan speaks). Empty for
     * C, POSIX, an empty value or a language devplan does not speak: no preference.
     */
    public static Optional<Language> fromLocale(String setting) {
        if (setting == null) {
            return Optional.empty();
        }
        for (String one : setting.split(":")) {
            String tag = one.strip().toLowerCase(Locale.ROOT);
            int cut = indexOfAny(tag, "_-.@");
            Optional<Language> l = code(cut < 0 ? tag : tag.substring(0, cut));
            if (l.isPresent()) {
                return l;
            }
        }
        return Optional.empty();
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The variables that say the reader's language, most specific first, as the command-line contract orders them. */
    public static final java.util.List<String> VARIABLES = java.util.List.of("DEVPLAN_LANG", "LANGUAGE", "LC_ALL",
            "LC_MESSAGES", "LANG");

    /**
     * The language of the person at the terminal: {@code --lang}, then {@link #VARIABLES} (read by
     * devplan, never from the JVM's default locale, which says en_US wherever the locale is not
     * installed, as under cron), then the repository's language, then English.
     *
     * @param flag the language {@code --lang} named, or null
     * @param environment the process's variables
     * @param repository devplan.yaml's {@code language}, or null
     */
    public static Language forReader(Language flag, java.util.function.Function<String, String> environment,
                                     String repository) {
        if (flag != null) {
            return flag;
        }
        for (String variable : VARIABLES) {
            Optional<Language> l = fromLocale(environment.apply(variable));
            if (l.isPresent()) {
                return l.get();
            }
        }
        return of(repository);
    }

    /**
     * The language of a document or mail for one person: {@code --lang}, then the person's own,
     * then the repository's. Never the process's locale: cron's settings must not change what an
     * employee reads.
     */
    public static Language forPerson(Language flag, Language person, String repository) {
        return flag != null ? flag : person != null ? person : of(repository);
    }

    /** Whether numeric dates such as 3/4/2026 put the day first. English does both (US and UK). */
    public boolean dayFirst() {
        return this != EN;
    }
}
