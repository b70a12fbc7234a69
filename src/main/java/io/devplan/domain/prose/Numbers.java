package io.devplan.domain.prose;

import io.devplan.domain.Language;
import java.math.BigDecimal;

/** Numbers as goals write them: "15,100" in English, "15.100" and "8,9" in Danish, "1 000 kr", "four". */
final class Numbers {
    /** Longer digit strings are no measure a person writes (and would cost to parse). */
    private static final int MAX_DIGITS = 15;

    private Numbers() {}

    /** The value of {@code s} in the lexicon's language, or null when it is no number. */
    static BigDecimal parse(String s, Lexicon lex) {
        if (s == null) {
            return null;
        }
        Integer word = Lexicon.lookup(lex.numbers, s);
        if (word != null) {
            return BigDecimal.valueOf(word);
        }
        // A space only ever groups thousands ("1 000 kr").
        StringBuilder b = new StringBuilder();
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (c != ',' && c != '.') {
                if (Character.isWhitespace(c)) {
                    continue;
                }
                return null;
            } else if (b.length() == 0 || b.charAt(b.length() - 1) == ',' || b.charAt(b.length() - 1) == '.') {
                return null;
            }
            b.append(c);
        }
        String t = b.toString();
        if (digits == 0 || digits > MAX_DIGITS || t.endsWith(",") || t.endsWith(".")) {
            return null;
        }
        int comma = t.lastIndexOf(',');
        int dot = t.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            // Both: the last one is the decimal separator ("1,234.5", "1.234,5").
            char decimal = comma > dot ? ',' : '.';
            char group = decimal == ',' ? '.' : ',';
            return new BigDecimal(t.replace(String.valueOf(group), "").replace(decimal, '.'));
        }
        char sep = comma >= 0 ? ',' : dot >= 0 ? '.' : 0;
        if (sep == 0) {
            return new BigDecimal(t);
        }
        boolean several = t.indexOf(sep) != t.lastIndexOf(sep);
        boolean threeAfter = t.length() - t.lastIndexOf(sep) - 1 == 3;
        // "15,100" is fifteen thousand in English and 15.1 in Danish; "1.500" the other way round.
        boolean thousands = several || threeAfter && (sep == ',') == (lex.language == Language.EN);
        if (thousands) {
            return new BigDecimal(t.replace(String.valueOf(sep), ""));
        }
        return new BigDecimal(t.replace(sep, '.'));
    }
}
