package io.devplan.domain;

/**
 * Why the domain refuses a date, a status, a move or an id that a command was given: whole
 * sentences with named placeholders, said in the reader's language by the command that refuses.
 * The other languages are in {@code errors-LANG.properties} under {@code refusal.KEY}.
 */
public enum RefusalText implements Phrase {
    // ---- RecordDates
    MEETING_IN_FUTURE("the meeting date {date} is in the future (today is {today}); record a check-in once the meeting "
            + "was held (its date goes in --next of this one)"),
    MEETING_BEFORE_PLAN("the meeting date {date} is before the plan began (since: {since}); check the date, or move "
            + "'employee.since' back with devplan edit"),
    NEXT_NOT_AFTER_MEETING("the next check-in {next} is not after the meeting ({meeting}); give a later date, such as "
            + "+2w or +1m"),
    DONE_AFTER_TODAY("'{ref}' cannot be done on {date}, after today ({today}); mark it done on the day it is done"),
    DONE_BEFORE_GOAL_STARTED("'{ref}' cannot be done on {date}, before goal '{goal}' started ({start}); check the date"),
    DONE_BEFORE_PLAN("'{ref}' cannot be done on {date}, before the plan began (since: {start}); check the date"),

    // ---- StatusChange
    STATUS_DONE_BY_DONE("a goal is marked done with its date by: devplan done {id} {goal}"),
    STATUS_GOAL_DONE("goal '{goal}' is done; to reopen it, change its status and done date with: devplan edit {id}"),
    STATUS_GOAL_DONE_ON("goal '{goal}' is done ({date}); to reopen it, change its status and done date with: "
            + "devplan edit {id}"),
    STATUS_ALREADY("goal '{goal}' is already {status}"),

    // ---- SupportDecision
    SUPPORT_ALREADY("support '{support}' is already {status}"),
    SUPPORT_ALREADY_ON("support '{support}' is already {status} ({date})"),
    DECISION_AFTER_TODAY("--date {date} is after today ({today}): record a decision on the day it was made"),
    DECISION_BEFORE_REQUEST("--date {date} is before support '{support}' was requested ({requested})"),
    NO_CURRENCY("'{code}' is no ISO 4217 currency code such as EUR, DKK or SEK"),
    NO_CURRENCY_DID_YOU_MEAN("'{code}' is no ISO 4217 currency code such as EUR, DKK or SEK; did you mean {suggestion}?"),

    // ---- Moves
    MOVE_GOAL_DONE("goal '{ref}' is done ({date}); there is no due date to move"),
    MOVE_MILESTONE_DONE("milestone '{ref}' is done ({date}); there is no due date to move"),
    MOVE_ACTION_DONE("action '{ref}' is done ({date}); there is no due date to move"),
    MOVE_MILESTONE_GOAL_CLOSED("milestone '{ref}' belongs to a goal that is done or dropped; there is no due date to move"),
    MOVE_ACTION_GOAL_CLOSED("action '{ref}' belongs to a goal that is done or dropped; there is no due date to move"),
    MOVE_GOAL_NO_DUE("goal '{ref}' has no due date to move; give it one with devplan edit"),
    MOVE_MILESTONE_NO_DUE("milestone '{ref}' has no due date to move; give it one with devplan edit"),
    MOVE_ACTION_NO_DUE("action '{ref}' has no due date to move; give it one with devplan edit"),
    MOVE_GOAL_ALREADY_DUE("goal '{ref}' is already due {date}"),
    MOVE_MILESTONE_ALREADY_DUE("milestone '{ref}' is already due {date}"),
    MOVE_ACTION_ALREADY_DUE("action '{ref}' is already due {date}"),
    MOVE_BEFORE_TODAY("{date} is before today ({today}): a new due date is one still to come"),

    // ---- AssessmentCheck
    NO_FRAMEWORK("devplan.yaml has no competency framework: list the competencies under 'competencies' first"),
    NOT_A_COMPETENCY("'{competency}' is not a competency of the framework in devplan.yaml; valid: {valid}"),
    NOT_A_COMPETENCY_DID_YOU_MEAN("'{competency}' is not a competency of the framework in devplan.yaml; valid: {valid}; "
            + "did you mean {suggestion}?"),
    LEVEL_OUTSIDE_FORMAT("{competency}={level} is outside the levels of the format: valid levels are {min} to {max}"),
    LEVEL_OUTSIDE_TRACK("{competency}={level} is outside the levels of track '{track}': valid levels are {min} to {max}"),
    ASSESSMENT_AFTER_TODAY("--date {date} is after today ({today}): record an assessment on the day it was made"),
    ASSESSMENT_TWICE("plan '{id}' already has an assessment by {by} on {date}; change it with devplan edit {id}"),

    // ---- ProgressValue
    PROGRESS_NO_TARGET("goal '{goal}' has no target, so a progress value would count for nothing (its progress comes "
            + "from its milestones); mark them with --done {goal}/MILESTONE, or give the goal a baseline and target "
            + "with devplan edit"),
    PROGRESS_FAR_OUTSIDE("progress {value} of goal '{goal}' is far outside its range {baseline} (baseline) to {target} "
            + "(target); recorded as given, check it for a slip"),

    // ---- Celebrations
    NOTHING_TO_CELEBRATE("plan '{id}' has no achievement waiting to be celebrated"),
    NOTHING_TO_CELEBRATE_NONE_YET("plan '{id}' has no achievement waiting to be celebrated; record one with "
            + "devplan achieve"),
    WHICH_TO_CELEBRATE("{n} achievements are not yet celebrated; name one by its date or words of its title: {list}"),
    WORDS_NAME_SEVERAL("'{words}' names {n} achievements not yet celebrated: {list}; give more words or the date"),
    ALREADY_CELEBRATED("'{title}' was already celebrated on {date}"),
    NO_ACHIEVEMENT_MATCHES("no achievement of plan '{id}' matches '{words}'; none is waiting to be celebrated"),
    NO_ACHIEVEMENT_MATCHES_WAITING("no achievement of plan '{id}' matches '{words}'; waiting: {list}"),

    // ---- ids and dates typed on the command line
    INVALID_ID("'{id}' is not a valid {noun}: an id is 1 to {max} lower-case letters, digits, '.', '_' and '-', "
            + "starting with a letter or digit, without '..'"),
    INVALID_ID_DID_YOU_MEAN("'{id}' is not a valid {noun}: an id is 1 to {max} lower-case letters, digits, '.', '_' "
            + "and '-', starting with a letter or digit, without '..'; did you mean '{suggestion}'?"),
    INVALID_FILE_ID("'{id}' is not a valid {noun}: an id is 1 to {max} lower-case letters, digits, '.', '_' and '-', "
            + "starting with a letter or digit, without '..', and not a name Windows keeps for a device such as "
            + "'con' or 'nul'"),
    INVALID_FILE_ID_DID_YOU_MEAN("'{id}' is not a valid {noun}: an id is 1 to {max} lower-case letters, digits, '.', "
            + "'_' and '-', starting with a letter or digit, without '..', and not a name Windows keeps for a device "
            + "such as 'con' or 'nul'; did you mean '{suggestion}'?"),
    NOUN_EMPLOYEE_ID("employee id"),
    NOUN_GOAL_ID("goal id"),
    NOUN_ITEM_ID("milestone or action id"),
    NOUN_SUPPORT_ID("support id"),
    NOUN_FEEDBACK_ID("feedback id"),
    DATE_SHAPE("write it as YYYY-MM-DD"),
    DATE_NO_TIME("a date has no time of day"),
    DATE_NO_MONTH("there is no month {month}"),
    DATE_MONTH_DAYS("{month} {year} has {days} days"),
    MONTH_1("January"), MONTH_2("February"), MONTH_3("March"), MONTH_4("April"), MONTH_5("May"), MONTH_6("June"),
    MONTH_7("July"), MONTH_8("August"), MONTH_9("September"), MONTH_10("October"), MONTH_11("November"),
    MONTH_12("December"),
    TYPED_CONTROL_CHARACTER("{what} has a control character ({code}) at character {at}; plan text may hold line "
            + "breaks and tabs but no other control characters: remove it (often a pasted escape sequence) and run the "
            + "command again"),
    THE_VALUE("the value"),
    THE_PRIVATE_NOTE("the private note read by --private -");

    private final String text;

    RefusalText(String text) {
        this.text = text;
    }

    @Override
    public String english(String form) {
        return text;
    }

    @Override
    public String catalogue() {
        return "errors";
    }

    @Override
    public String key() {
        return "refusal." + Phrase.super.key();
    }
}
