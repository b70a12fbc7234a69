package io.devplan.render;

import io.devplan.domain.DatedValue;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the HTML report: no script, no external reference, and each one a
 * {@code role="img"} with a {@code <title>} and a {@code <desc>} that says in words what it shows.
 */
final class SvgCharts {
    /** Numbers the charts, so the ids their labels point at are unique in the page. */
    private int count;
    /** The words of the document the charts are in. */
    private Words words = Words.english();

    void speak(Words words) {
        this.words = words;
    }

    /** A progress bar with a tick at the expected progress. */
    String progress(int percent, Integer expected, String title) {
        int w = 120;
        int h = 14;
        StringBuilder b = open(w, h, title, expected != null
                ? words.text(Msg.METER_EXPECTED, "percent", percent, "expected", expected)
                : words.text(Msg.METER, "percent", percent));
        b.append("<rect class=\"track\" x=\"0\" y=\"2\" width=\"").append(w).append("\" height=\"10\" rx=\"2\"/>");
        b.append("<rect class=\"fill\" x=\"0\" y=\"2\" width=\"").append(w * percent / 100).append("\" height=\"10\" rx=\"2\"/>");
        if (expected != null) {
            int x = Math.max(1, Math.min(w - 1, w * expected / 100));
            b.append("<line class=\"expected\" x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"0\" y2=\"")
                    .append(h).append("\"/>");
        }
        return b.append("</svg>").toString();
    }

    /** A line chart of dated values, on a time axis, with the target as a dashed line. */
    String trend(List<DatedValue> values, BigDecimal floor, BigDecimal ceiling, String title, String unit) {
        int w = 360;
        int h = 140;
        int left = 34;
        int right = 12;
        int top = 12;
        int bottom = 24;
        // The scale spans the baseline, the target and every value, whichever way the goal points:
        // for a "reduce to" goal the target is the lowest number, not the highest.
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (BigDecimal bound : new BigDecimal[] {floor, ceiling}) {
            if (bound != null) {
                min = Math.min(min, bound.doubleValue());
                max = Math.max(max, bound.doubleValue());
            }
        }
        for (DatedValue v : values) {
            min = Math.min(min, v.value().doubleValue());
            max = Math.max(max, v.value().doubleValue());
        }
        if (max == min) {
            max = min + 1;
        }
        long first = values.get(0).date().toEpochDay();
        long span = Math.max(1, ChronoUnit.DAYS.between(values.get(0).date(), values.get(values.size() - 1).date()));
        List<String> recorded = new ArrayList<>();
        values.forEach(v -> recorded.add(v.date() + ": " + words.number(v.value())));
        String list = String.join(", ", recorded) + (unit != null ? " " + unit : "");
        String desc = ceiling != null && floor != null
                ? words.text(Msg.CHART_VALUES_SCALE, "values", list, "from", words.number(floor), "to", words.number(ceiling))
                : words.text(Msg.CHART_VALUES, "values", list);
        StringBuilder b = open(w, h, title, desc);
        double plotW = w - left - right;
        double plotH = h - top - bottom;
        final double lo = min;
        final double hi = max;
        java.util.function.DoubleUnaryOperator y = v -> top + plotH - (v - lo) / (hi - lo) * plotH;
        b.append("<line class=\"axis\" x1=\"").append(left).append("\" y1=\"").append(top + (int) plotH)
                .append("\" x2=\"").append(w - right).append("\" y2=\"").append(top + (int) plotH).append("\"/>");
        b.append(label(left - 4, y.applyAsDouble(hi) + 4, fmt(hi), "end"));
        b.append(label(left - 4, y.applyAsDouble(lo) + 4, fmt(lo), "end"));
        if (ceiling != null) {
            b.append("<line class=\"target\" x1=\"").append(left).append("\" x2=\"").append(w - right).append("\" y1=\"")
                    .append(num(y.applyAsDouble(ceiling.doubleValue()))).append("\" y2=\"")
                    .append(num(y.applyAsDouble(ceiling.doubleValue()))).append("\"/>");
        }
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (DatedValue v : values) {
            double x = values.size() == 1 ? left + plotW / 2 : left + (v.date().toEpochDay() - first) * plotW / span;
            double yy = y.applyAsDouble(v.value().doubleValue());
            points.append(num(x)).append(',').append(num(yy)).append(' ');
            dots.append("<circle class=\"dot\" cx=\"").append(num(x)).append("\" cy=\"").append(num(yy)).append("\" r=\"3\"/>");
        }
        b.append("<polyline class=\"line\" points=\"").append(points.toString().strip()).append("\"/>").append(dots);
        b.append(label(left, h - 6, values.get(0).date().toString(), "start"));
        if (values.size() > 1) {
            b.append(label(w - right, h - 6, values.get(values.size() - 1).date().toString(), "end"));
        }
        return b.append("</svg>").toString();
    }

    private StringBuilder open(int w, int h, String title, String desc) {
        String id = "chart" + ++count;
        return new StringBuilder("<svg role=\"img\" width=\"").append(w)
                .append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" aria-labelledby=\"").append(id).append("t ").append(id).append("d\"><title id=\"").append(id)
                .append("t\">").append(Html.esc(title)).append("</title><desc id=\"").append(id).append("d\">")
                .append(Html.esc(desc)).append("</desc>");
    }

    private static String label(double x, double y, String text, String anchor) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\">" + Html.esc(text) + "</text>";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
