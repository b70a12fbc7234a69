package io.devplan.render;

/** Colours for text output; a disabled instance returns texts unchanged. */
public record Ansi(boolean enabled) {
    public static final Ansi OFF = new Ansi(false);

    public String red(String s) {
        return wrap("31", s);
    }

    public String green(String s) {
        return wrap("32", s);
    }

    public String yellow(String s) {
        return wrap("33", s);
    }

    public String bold(String s) {
        return wrap("1", s);
    }

    public String dim(String s) {
        return wrap("2", s);
    }

    /** Text in the colour or weight of a tone. */
    public String tone(io.devplan.render.doc.Tone tone, String s) {
        return switch (tone) {
            case STRONG -> bold(s);
            case ALERT -> red(s);
            case WARN -> yellow(s);
            case GOOD -> green(s);
            case MUTED -> dim(s);
        };
    }

    private String wrap(String code, String s) {
        return enabled ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
