package io.devplan.render;

import io.devplan.domain.DatedValue;
import java.math.BigDecimal;
import java.util.List;

/** A trend in one line of block characters, such as {@code ▁▃▅█}, scaled between the lowest and highest value. */
public final class Sparkline {
    private static final String BLOCKS = "▁▂▃▄▅▆▇█";

    private Sparkline() {}

    /** The values as blocks; {@code floor} and {@code ceiling} widen the scale (a baseline, a target) when not null. */
    public static String of(List<DatedValue> values, BigDecimal floor, BigDecimal ceiling) {
        if (values.isEmpty()) {
            return "";
        }
        double min = values.stream().mapToDouble(v -> v.value().doubleValue()).min().orElse(0);
        double max = values.stream().mapToDouble(v -> v.value().doubleValue()).max().orElse(0);
        for (BigDecimal b : new BigDecimal[] {floor, ceiling}) {
            if (b != null) {
                min = Math.min(min, b.doubleValue());
                max = Math.max(max, b.doubleValue());
            }
        }
        StringBuilder out = new StringBuilder();
        for (DatedValue v : values) {
            double share = max == min ? 1.0 : (v.value().doubleValue() - min) / (max - min);
            out.append(BLOCKS.charAt((int) Math.round(share * (BLOCKS.length() - 1))));
        }
        return out.toString();
    }
}
