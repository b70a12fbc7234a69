package io.devplan.domain;

/** A part of a whole as a whole percent, rounded half up, as every format shows it. */
public final class Share {
    private Share() {}

    /** {@code part} of {@code whole} in percent; null when the whole is 0 (no share to speak of). */
    public static Integer percent(long part, long whole) {
        return whole == 0 ? null : (int) Math.floor(100.0 * part / whole + 0.5);
    }
}
