package io.devplan.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written as {@code 2026-07-01} or relative to another date: {@code +10d}, {@code +2w},
 * {@code +1m}, {@code +1y}. Months are calendar months, as everywhere in devplan.
 */
public final class RelativeDate {
    private static final Pattern RELATIVE = Pattern.compile("\\+(\\d{1,3})([dwmy])");

    private RelativeDate() {}

    public static Optional<LocalDate> parse(String text, LocalDate from) {
        String t = text.strip();
        Matcher m = RELATIVE.matcher(t);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            return Optional.of(switch (m.group(2)) {
                case "d" -> from.plusDays(n);
                case "w" -> from.plusWeeks(n);
                case "m" -> from.plusMonths(n);
                default -> from.plusYears(n);
            });
        }
        if (!t.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
