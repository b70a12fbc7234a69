package io.devplan.domain.prose;

import java.math.BigDecimal;

/**
 * A measure a goal's words carry, as the grammar recognised it: the numbers and unit they imply.
 * Every number and the unit may be null where the words do not say them ("a promotion", "every
 * change").
 *
 * @param phrase the words, as written in the title
 * @param pattern the name of the grammar's pattern that matched, such as "measure.from-to"
 * @param strong whether it says what will be different by itself (a number, a score, a yes/no
 *     outcome such as a degree), so that vague words around it do not make the goal unspecific;
 *     "every change", a rhythm and a delivered thing are measures, but not strong ones
 */
public record Measure(String phrase, String pattern, boolean strong, BigDecimal baseline, BigDecimal target,
                      String unit) {
    /** Whether the words give a number to reach. */
    public boolean numeric() {
        return target != null;
    }
}
