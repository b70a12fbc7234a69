package io.devplan.domain;

/**
 * What {@code devplan log} says each change of a plan was, one whole sentence per shape of change.
 * The other languages are in {@code log-LANG.properties}. {@code {ref}} is a goal id or
 * {@code goal/item}; statuses and kinds are said in the reader's words; "none" stands for a value
 * that was not there.
 */
public enum ChangeText implements Phrase {
    PLAN_CREATED("plan created"),
    PLAN_REMOVED("plan removed"),

    CHECKIN("check-in {date}"),
    CHECKIN_WITH("check-in {date} with {with}"),
    CHECKIN_PROGRESS("check-in {date}: {progress}"),
    CHECKIN_WITH_PROGRESS("check-in {date} with {with}: {progress}"),
    CHECKIN_EDITED("check-in {date} (edited)"),
    CHECKIN_WITH_EDITED("check-in {date} with {with} (edited)"),
    CHECKIN_PROGRESS_EDITED("check-in {date}: {progress} (edited)"),
    CHECKIN_WITH_PROGRESS_EDITED("check-in {date} with {with}: {progress} (edited)"),
    /** One goal's value in a check-in's list: "speed 3.5". */
    GOAL_VALUE("{goal} {value}"),

    FEEDBACK("feedback {id}"),
    FEEDBACK_ABOUT("feedback {id} ({about})"),
    FEEDBACK_FROM("feedback {id} from {from}"),
    FEEDBACK_ABOUT_FROM("feedback {id} ({about}) from {from}"),
    FEEDBACK_PRIVATE("feedback {id}, private"),
    FEEDBACK_ABOUT_PRIVATE("feedback {id} ({about}), private"),
    FEEDBACK_FROM_PRIVATE("feedback {id} from {from}, private"),
    FEEDBACK_ABOUT_FROM_PRIVATE("feedback {id} ({about}) from {from}, private"),

    GOAL_ADDED("goal {goal} added: {title}"),
    GOAL_REMOVED("goal {goal} removed"),
    STATUS("{goal}: status {from} → {to}"),
    CURRENT("{goal}: current {from} → {to}"),
    CURRENT_UNIT("{goal}: current {from} → {to} {unit}"),
    DUE("{ref}: due {from} → {to}"),
    DUE_LATER("{ref}: due {from} → {to} (later)"),
    DUE_EARLIER("{ref}: due {from} → {to} (earlier)"),
    MILESTONE_ADDED("{ref}: milestone added: {title}"),
    MILESTONE_ADDED_DUE("{ref}: milestone added: {title}, due {due}"),
    MILESTONE_REMOVED("{ref}: milestone removed"),
    ACTION_ADDED("{ref}: action added: {title}"),
    ACTION_ADDED_DUE("{ref}: action added: {title}, due {due}"),
    ACTION_REMOVED("{ref}: action removed"),
    DONE("{ref}: done {date}"),
    REOPENED("{ref}: reopened"),

    SUPPORT_ADDED("{ref}: support added: {title}"),
    SUPPORT_ADDED_DETAILS("{ref}: support added: {title} ({details})"),
    /** The details of new support: its status, its cost, or both. */
    STATUS_AND_COST("{status}, {cost}"),
    COST("{amount} {currency}"),
    SUPPORT_STATUS("{ref}: support {from} → {to}"),
    SUPPORT_REMOVED("{ref}: support removed"),

    ACHIEVEMENT("achievement {date}: {title}"),
    ACHIEVEMENT_CELEBRATED("achievement {date} celebrated {celebrated}: {title}"),
    ASSESSMENT("assessment {date}"),
    ASSESSMENT_BY("assessment {date} by {by}"),
    ASSESSMENT_LEVELS("assessment {date}: {levels}"),
    ASSESSMENT_BY_LEVELS("assessment {date} by {by}: {levels}"),
    /** One competency's level in an assessment's list: "delivery 3". */
    COMPETENCY_LEVEL("{competency} {level}"),

    /** A value that was not there before, or is not there after. */
    NONE("none");

    private final String english;

    ChangeText(String english) {
        this.english = english;
    }

    @Override
    public String english(String form) {
        return english;
    }

    @Override
    public String catalogue() {
        return "log";
    }
}
