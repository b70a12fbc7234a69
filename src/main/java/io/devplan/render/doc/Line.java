package io.devplan.render.doc;

import io.devplan.domain.DatedValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One line of content: spans of devplan's words and of plan text. Built with {@link #of()}. */
public final class Line {
    private final List<Span> spans = new ArrayList<>();

    private Line() {}

    /** An empty line to add to. */
    public static Line of() {
        return new Line();
    }

    /** A line of devplan's own words. */
    public static Line of(String words) {
        return of().words(words);
    }

    /** A line of text from a plan. */
    public static Line ofData(String text) {
        return of().data(text);
    }

    public List<Span> spans() {
        return List.copyOf(spans);
    }

    public boolean isEmpty() {
        return spans.isEmpty();
    }

    public Line words(String text) {
        if (text != null && !text.isEmpty()) {
            spans.add(new Span.Words(text));
        }
        return this;
    }

    public Line data(String text) {
        if (text != null) {
            spans.add(new Span.Data(text));
        }
        return this;
    }

    public Line code(String text) {
        if (text != null) {
            spans.add(new Span.Code(text));
        }
        return this;
    }

    public Line styled(Tone tone, Line inner) {
        if (!inner.isEmpty()) {
            spans.add(new Span.Styled(tone, inner.spans));
        }
        return this;
    }

    /** Words with a tone; {@code tone} null is plain. */
    public Line styled(Tone tone, String words) {
        return tone == null ? words(words) : styled(tone, Line.of(words));
    }

    public Line meter(int percent, Integer expected, String label) {
        spans.add(new Span.Meter(percent, expected, label));
        return this;
    }

    public Line spark(List<DatedValue> values, BigDecimal floor, BigDecimal ceiling) {
        spans.add(new Span.Spark(values, floor, ceiling));
        return this;
    }

    /** Appends every span of {@code other}. */
    public Line then(Line other) {
        spans.addAll(other.spans);
        return this;
    }

    /** Joins lines with devplan's {@code separator}. */
    public static Line join(String separator, List<Line> parts) {
        Line out = of();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.words(separator);
            }
            out.then(parts.get(i));
        }
        return out;
    }
}
