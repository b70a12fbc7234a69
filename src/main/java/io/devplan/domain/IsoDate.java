package io.devplan.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
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
            this.said = said;
            this.impossible = impossible;
        }

        /** What is wrong, to be said in the reader's language. */
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
            throw new Invalid(Said.of(timestamp ? RefusalText.DATE_NO_TIME : RefusalText.DATE_SHAPE), false);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            int month = Integer.parseInt(text.substring(5, 7));
            if (month < 1 || month > 12) {
                throw new Invalid(Said.of(RefusalText.DATE_NO_MONTH, "month", month), true);
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(text.substring(0, 4)), month);
            throw new Invalid(Said.of(RefusalText.DATE_MONTH_DAYS, "month",
                    Said.of(RefusalText.valueOf("MONTH_" + month)), "year", ym.getYear(), "days", ym.lengthOfMonth()),
                    true);
        }
    }
}
