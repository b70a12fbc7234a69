package io.devplan.domain;

/**
 * What is wrong with one value wherever it arrives (a plan file, devplan.yaml, a command's
 * argument): an id that breaks the id rule, a date that is no date, a number or cadence beyond the
 * bounds. The store and the commands put these in their own sentences; the other languages are in
 * the "reader" catalogue with the store's {@code ReadingText}.
 */
public enum ValueText implements Phrase {
    // ---- the one id rule
    ID_INVALID("'{id}' is not a valid {noun}: an id is 1 to {max} lower-case letters, digits, '.', '_' and '-', "
            + "starting with a letter or digit, without '..'"),
    ID_INVALID_DID_YOU_MEAN("'{id}' is not a valid {noun}: an id is 1 to {max} lower-case letters, digits, '.', '_' "
            + "and '-', starting with a letter or digit, without '..'; did you mean '{suggestion}'?"),
    FILE_ID_INVALID("'{id}' is not a valid {noun}: an id is 1 to {max} lower-case letters, digits, '.', '_' and '-', "
            + "starting with a letter or digit, without '..', and not a name Windows keeps for a device such as "
            + "'con' or 'nul'"),
    FILE_ID_INVALID_DID_YOU_MEAN("'{id}' is not a valid {noun}: an id is 1 to {max} lower-case letters, digits, '.', "
            + "'_' and '-', starting with a letter or digit, without '..', and not a name Windows keeps for a device "
            + "such as 'con' or 'nul'; did you mean '{suggestion}'?"),

    // ---- what an id names, in the sentences above
    EMPLOYEE_ID("employee id"),
    GOAL_ID("goal id"),
    MILESTONE_ID("milestone id"),
    ACTION_ID("action id"),
    SUPPORT_ID("support id"),
    FEEDBACK_ID("feedback id"),
    PRIORITY_ID("priority id"),
    COMPETENCY_ID("competency id"),

    // ---- why a text is no date
    DATE_TIME_OF_DAY("a date has no time of day"),
    DATE_SHAPE("write it as YYYY-MM-DD"),
    DATE_NO_MONTH("there is no month {month}"),
    DATE_MONTH_LENGTH("{month} {year} has {days} days"),
    JANUARY("January"),
    FEBRUARY("February"),
    MARCH("March"),
    APRIL("April"),
    MAY("May"),
    JUNE("June"),
    JULY("July"),
    AUGUST("August"),
    SEPTEMBER("September"),
    OCTOBER("October"),
    NOVEMBER("November"),
    DECEMBER("December"),

    // ---- the bounds of the format
    NUMBER_RULE("a number has at most {digits} significant digits and an exponent from -{exponent} to {exponent}"),
    CADENCE_RULE("a cadence is at most {years} years");

    private final String text;

    ValueText(String text) {
        this.text = text;
    }

    @Override
    public String english(String form) {
        return text;
    }

    @Override
    public boolean counted() {
        return false;
    }

    @Override
    public String catalogue() {
        return "reader";
    }

    /** The phrase of an id's noun given in English ("goal id"), or the text itself when there is none. */
    public static Object idNoun(String english) {
        for (ValueText v : new ValueText[] {EMPLOYEE_ID, GOAL_ID, MILESTONE_ID, ACTION_ID, SUPPORT_ID, FEEDBACK_ID,
                PRIORITY_ID, COMPETENCY_ID}) {
            if (v.text.equals(english)) {
                return Said.of(v);
            }
        }
        return english;
    }

    /** A month's name as people read it, in the reader's language. */
    public static Said month(int month) {
        return Said.of(values()[JANUARY.ordinal() + month - 1]);
    }
}
