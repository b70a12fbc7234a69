package io.devplan.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Calendar dates written YYYY-MM-DD, with a reason people understand when one is wrong. */
public final class IsoDate {
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private IsoDate() {}

    /** Why a text is not a date. */
    public static final class Invalid extends IllegalArgumentException {
        private final boolean impossible;
        private final transient Said said;

        Invalid(Said said, boolean impossible) {
            super(said.english());
            this.impossible = impossible;
            this.said = said;
        }

        /** The reason, to be said in the reader's language. */
        public Said said() {
            return said;
        }

        /** Written like a date, but no such day exists (2026-02-30). */
        public boolean impossible() {
            return impossible;
        }
    }

    /**
     * @throws Invalid with "write it as YYYY-MM-DD", "a date has no time of day", or, for a day
     *     that does not exist, "February 2026 has 28 days" / "there is no month 13"
     */
    public static LocalDate parse(String text) {
        if (!SHAPE.matcher(text).matches()) {
            boolean timestamp = text.matches("\\d{4}-\\d{2}-\\d{2}[T ].*");
            throw new Invalid(Said.of(timestamp ? ValueText.DATE_TIME_OF_DAY : ValueText.DATE_SHAPE), false);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            int month = Integer.parseInt(text.substring(5, 7));
            if (month < 1 || month > 12) {
                throw new Invalid(Said.of(ValueText.DATE_NO_MONTH, "month", month), true);
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(text.substring(0, 4)), month);
            throw new Invalid(Said.of(ValueText.DATE_MONTH_LENGTH, "month", ValueText.month(month),
                    "year", ym.getYear(), "days", ym.lengthOfMonth()), true);
        }
    }
}
