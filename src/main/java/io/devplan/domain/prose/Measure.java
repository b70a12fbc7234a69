package io.devplan.domain.prose;

import java.math.BigDecimal;

/**
 * A measure a goal's words carry ("from 3 days to 1"): the numbers and unit they imply. Every
 * component but {@code phrase} may be null when the words do not say it ("every change").
 */
public record Measure(String phrase, BigDecimal baseline, BigDecimal target, String unit) {}
