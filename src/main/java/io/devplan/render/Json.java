package io.devplan.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A thin layer over Jackson's streaming generator: two-space indented JSON, dates as
 * YYYY-MM-DD, nulls written as null. Every JSON format of devplan is written through it.
 */
public final class Json implements AutoCloseable {
    private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(new InvisibleEscapes());
    private final JsonGenerator g;

    public Json(Writer out) {
        try {
            g = FACTORY.createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JSON escapes C0 controls itself; these escape, without losing a character, what a terminal
     * would still act on or what would disguise text when the JSON is printed: DEL and C1
     * controls (U+009B starts an escape sequence), bidi controls, zero-width characters, and line
     * and paragraph separators.
     */
    private static final class InvisibleEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        InvisibleEscapes() {
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int c) {
            boolean hide = c >= 0x80 && c < 0xa0 || c >= 0x200b && c <= 0x200f || c >= 0x202a && c <= 0x202e
                    || c >= 0x2060 && c <= 0x2069 || c == 0x2028 || c == 0x2029 || c == 0xfeff || c == 0x061c;
            return hide ? new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", c)) : null;
        }
    }

    public Json startObject() {
        return run(g::writeStartObject);
    }

    public Json endObject() {
        return run(g::writeEndObject);
    }

    public Json startArray() {
        return run(g::writeStartArray);
    }

    public Json endArray() {
        return run(g::writeEndArray);
    }

    public Json field(String name) {
        return run(() -> g.writeFieldName(name));
    }

    public Json startObject(String name) {
        return field(name).startObject();
    }

    public Json startArray(String name) {
        return field(name).startArray();
    }

    public Json value(String v) {
        return run(() -> g.writeString(v));
    }

    public Json value(LocalDate v) {
        return run(() -> {
            if (v == null) {
                g.writeNull();
            } else {
                g.writeString(v.toString());
            }
        });
    }

    public Json value(BigDecimal v) {
        return run(() -> {
            if (v == null) {
                g.writeNull();
            } else {
                g.writeNumber(v.stripTrailingZeros().toPlainString());
            }
        });
    }

    public Json value(long v) {
        return run(() -> g.writeNumber(v));
    }

    public Json value(double v) {
        return run(() -> g.writeNumber(v));
    }

    public Json value(Integer v) {
        return run(() -> {
            if (v == null) {
                g.writeNull();
            } else {
                g.writeNumber(v);
            }
        });
    }

    public Json value(boolean v) {
        return run(() -> g.writeBoolean(v));
    }

    public Json put(String name, String v) {
        return field(name).value(v);
    }

    public Json put(String name, LocalDate v) {
        return field(name).value(v);
    }

    public Json put(String name, BigDecimal v) {
        return field(name).value(v);
    }

    public Json put(String name, long v) {
        return field(name).value(v);
    }

    public Json put(String name, double v) {
        return field(name).value(v);
    }

    public Json put(String name, Integer v) {
        return field(name).value(v);
    }

    public Json put(String name, boolean v) {
        return field(name).value(v);
    }

    @Override
    public void close() {
        run(() -> {
            g.flush();
            g.close();
        });
    }

    private Json run(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
