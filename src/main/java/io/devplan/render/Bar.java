package io.devplan.render;

/** A progress bar of a fixed width, such as {@code ██████░░░░}. */
public final class Bar {
    private Bar() {}

    public static String of(double percent, int width) {
        int full = (int) Math.round(Math.max(0, Math.min(100, percent)) / 100.0 * width);
        return "█".repeat(full) + "░".repeat(width - full);
    }
}
