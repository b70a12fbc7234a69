package io.devplan.domain;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Currency codes as plans write them: ISO 4217, upper case ({@code EUR}, {@code DKK}). A code
 * written in lower case names the same currency ({@code eur} is {@code EUR}), so totals never
 * split it; validate asks for the upper-case spelling, and commands write it so.
 */
public final class Currencies {
    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toCollection(TreeSet::new));

    private Currencies() {}

    /** The code in upper case, trimmed; null stays null. */
    public static String normalize(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether {@code code}, in upper case, is an ISO 4217 currency code. */
    public static boolean isKnown(String code) {
        return code != null && CODES.contains(normalize(code));
    }

    /** Whether {@code code} is written as plans should write it: a known code in upper case. */
    public static boolean isWellWritten(String code) {
        return isKnown(code) && code.equals(normalize(code));
    }

    /** Known codes that look like {@code code}, in upper case, for a "did you mean". */
    public static java.util.List<String> suggestions(String code) {
        return DidYouMean.matches(code.strip().toLowerCase(Locale.ROOT),
                CODES.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList()).stream()
                .map(c -> c.toUpperCase(Locale.ROOT)).toList();
    }

    /** Known codes that look like {@code code}, for a "did you mean" hint. */
    public static String hint(String code) {
        // DidYouMean compares in lower case; the codes are shown as they are written, in upper case.
        String hint = DidYouMean.hint(code.strip().toLowerCase(Locale.ROOT),
                CODES.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());
        return java.util.regex.Pattern.compile("'([a-z]{3})'").matcher(hint)
                .replaceAll(m -> "'" + m.group(1).toUpperCase(Locale.ROOT) + "'");
    }
}
