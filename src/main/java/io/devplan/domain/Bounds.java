package io.devplan.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Period;

/**
 * The bounds of the format contract: values a person never reaches and a hostile file would.
 * Without them {@code BigDecimal} takes {@code 1e2147483648} (and fails later), prints a hundred
 * million digits for {@code 1e99999999}, and {@code P999999999Y} overflows every date it is added
 * to. Checked where a value arrives (the reader, devplan.yaml, command-line options), so
 * everything after may assume them.
 */
public final class Bounds {
    private Bounds() {}

    public static final int MAX_SIGNIFICANT_DIGITS = 15;
    public static final int MAX_EXPONENT = 100;
    public static final int MAX_CADENCE_YEARS = 10;

    /** What a number may be, for messages. */
    public static final String NUMBER_RULE = numberRule().english();
    public static final String CADENCE_RULE = cadenceRule().english();
    public static final String TEXT_RULE = "text may hold new lines and tabs, but no other control characters";

    /** {@link #NUMBER_RULE}, to be said in the reader's language. */
    public static Said numberRule() {
        return Said.of(ValueText.NUMBER_RULE, "digits", MAX_SIGNIFICANT_DIGITS, "exponent", MAX_EXPONENT);
    }

    /** {@link #CADENCE_RULE}, to be said in the reader's language. */
    public static Said cadenceRule() {
        return Said.of(ValueText.CADENCE_RULE, "years", MAX_CADENCE_YEARS);
    }

    /** Why a number is out of bounds. */
    public static final class OutOfBounds extends IllegalArgumentException {
        private final transient Said said;

        OutOfBounds(Said said) {
            super(said.english(), null);
            this.said = said;
        }

        /** The rule broken, to be said in the reader's language. */
        public Said said() {
            return said;
        }
    }

    /**
     * Reads a decimal number ({@code 12}, {@code -0.5}, {@code 1.2e3}) within the bounds. It is
     * checked on its text before any {@code BigDecimal} is made, so a hostile exponent or a
     * million digits cost nothing.
     *
     * @return the number, or null when the text is not a number at all
     * @throws OutOfBounds when it is a number beyond the bounds
     */
    public static BigDecimal number(String text) {
        int i = 0;
        int n = text.length();
        boolean negative = false;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int intStart = i;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        String intPart = text.substring(intStart, i);
        String fracPart = "";
        if (i < n && text.charAt(i) == '.') {
            int fracStart = ++i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            fracPart = text.substring(fracStart, i);
        }
        if (intPart.isEmpty() && fracPart.isEmpty()) {
            return null;
        }
        long exponent = 0;
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            boolean negativeExp = i < n && text.charAt(i) == '-';
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int expStart = i;
            while (i < n && text.charAt(i) == '0') {
                i++;
            }
            int significantStart = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == expStart) {
                return null;
            }
            if (i - significantStart > 6) {
                throw new OutOfBounds(numberRule());
            }
            exponent = i == significantStart ? 0 : Long.parseLong(text.substring(significantStart, i));
            exponent = negativeExp ? -exponent : exponent;
        }
        if (i != n) {
            return null;
        }
        String digits = intPart + fracPart;
        int first = 0;
        while (first < digits.length() && digits.charAt(first) == '0') {
            first++;
        }
        int scale = (int) (fracPart.length() - exponent);
        if (first == digits.length()) {
            if (Math.abs(exponent) > MAX_EXPONENT) {
                throw new OutOfBounds(numberRule());
            }
            return new BigDecimal(BigInteger.ZERO, Math.max(0, scale));
        }
        // Trailing zeros of a whole number are not significant (1000000 is 1e6); written after a
        // point they are (1.000 says something 1 does not).
        int last = digits.length() - 1;
        if (fracPart.isEmpty()) {
            while (digits.charAt(last) == '0') {
                last--;
            }
        }
        long adjusted = exponent + intPart.length() - 1 - first;
        if (last - first + 1 > MAX_SIGNIFICANT_DIGITS || Math.abs(adjusted) > MAX_EXPONENT) {
            throw new OutOfBounds(numberRule());
        }
        BigInteger unscaled = new BigInteger(digits.substring(first));
        return new BigDecimal(negative ? unscaled.negate() : unscaled, scale);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether a number made by devplan itself (a sum, an average) is within the bounds. */
    public static boolean within(BigDecimal value) {
        if (value.signum() == 0) {
            return true;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        long adjusted = (long) stripped.precision() - stripped.scale() - 1;
        return stripped.precision() <= MAX_SIGNIFICANT_DIGITS && Math.abs(adjusted) <= MAX_EXPONENT;
    }

    /** Whether a cadence period is at most ten years long (a year counted as 365.25 days, a month as a twelfth of it). */
    public static boolean withinCadence(Period p) {
        double days = p.toTotalMonths() * (365.25 / 12) + p.getDays();
        return days <= MAX_CADENCE_YEARS * 365.25 + 0.5;
    }

    /** The first control character of {@code text} other than new line and tab, or -1 when there is none. */
    public static int controlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' && c != '\t' : c == 0x7f || c >= 0x80 && c < 0xa0) {
                return c;
            }
        }
        return -1;
    }

    /** Where {@code text} holds its first control character other than new line and tab, or -1. */
    public static int controlCharacterIndex(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (controlCharacter(text.substring(i, i + 1)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The message for text typed as {@code what} (an option) holding a control character at {@code index}. */
    public static String typedTextProblem(String what, String text, int index) {
        return typedText(what, text, index).english();
    }

    /** As {@link #typedTextProblem}, to be said in the reader's language; {@code what} may be a {@code Said}. */
    public static Said typedText(Object what, String text, int index) {
        return Said.of(RefusalText.TYPED_CONTROL_CHARACTER, "what", what,
                "code", String.format("U+%04X", (int) text.charAt(index)), "at", index + 1);
    }

    /** Longer values are shown shortened in messages, which must stay one readable line. */
    private static final int SHOWN = 80;

    /**
     * A value as a message quotes it: control characters as '?', and past 80 characters cut,
     * saying how long it was (a hostile value can be a megabyte).
     */
    public static String shown(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().limit(SHOWN).forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        int length = text.codePointCount(0, text.length());
        return length > SHOWN ? b + "... (" + length + " characters)" : b.toString();
    }
}
