package io.devplan.render.doc;

/** How a span stands out: the formats each have their way (colour, bold, a CSS class). */
public enum Tone {
    STRONG, ALERT, WARN, GOOD, MUTED
}
