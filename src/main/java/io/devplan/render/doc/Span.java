package io.devplan.render.doc;

import io.devplan.domain.DatedValue;
import java.math.BigDecimal;
import java.util.List;

/**
 * A piece of a {@link Line}. Devplan's own words and the text of a plan are kept apart, so the
 * writers know which text is untrusted: they escape and sanitise {@link Data} and {@link Code}
 * at this one boundary, whatever the format.
 */
public sealed interface Span {
    /** devplan's own words, numbers and dates. */
    record Words(String text) implements Span {}

    /** Text from a plan (a title, a note, a name): untrusted, shown as text. */
    record Data(String text) implements Span {}

    /** An id from a plan, shown as code: untrusted. */
    record Code(String text) implements Span {}

    /** Spans shown with a tone: strong, alert, warn, good, muted. */
    record Styled(Tone tone, List<Span> spans) implements Span {
        public Styled {
            spans = List.copyOf(spans);
        }
    }

    /** A progress bar of {@code percent}, with the expected progress marked where known. */
    record Meter(int percent, Integer expected, String label) implements Span {}

    /** A trend of values, scaled to include {@code floor} and {@code ceiling} when not null. */
    record Spark(List<DatedValue> values, BigDecimal floor, BigDecimal ceiling) implements Span {
        public Spark {
            values = List.copyOf(values);
        }
    }
}
