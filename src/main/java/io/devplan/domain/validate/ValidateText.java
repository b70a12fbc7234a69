package io.devplan.domain.validate;

import io.devplan.domain.Phrase;
import io.devplan.domain.Said;
import java.math.BigDecimal;

/**
 * Everything validate says to people: each finding's message, each rule's one-line summary and
 * the summary line of a run, with its English text. The other languages are in
 * {@code validate-LANG.properties}. The English is the text validate wrote before it spoke other
 * languages, kept byte for byte: JSON and SARIF carry it whatever the reader's language.
 * Rule ids, YAML keys, commands and dates inside a message stay as they are in every language.
 */
public enum ValidateText implements Phrase {
    // ---- names in rules.disable and ignore comments (unknown-rule)
    DISABLED_ALWAYS_ON("rules.disable in devplan.yaml names '{rule}', which cannot be switched off: a plan that does "
            + "not read cannot be checked"),
    DISABLED_NO_RULE("rules.disable in devplan.yaml names '{rule}', which is no rule; 'devplan validate --list-rules'"
            + " lists them"),
    DISABLED_NO_RULE_DID_YOU_MEAN("rules.disable in devplan.yaml names '{rule}', which is no rule; did you mean "
            + "{suggestion}?; 'devplan validate --list-rules' lists them"),
    IGNORED_ALWAYS_ON("the ignore comment names '{rule}', which cannot be switched off: a plan that does not read "
            + "cannot be checked"),
    IGNORED_NO_RULE("the ignore comment names '{rule}', which is no rule; 'devplan validate --list-rules' lists them"),
    IGNORED_NO_RULE_DID_YOU_MEAN("the ignore comment names '{rule}', which is no rule; did you mean {suggestion}?; "
            + "'devplan validate --list-rules' lists them"),

    // ---- references (refs/)
    UNKNOWN_FEEDBACK("goal '{goal}' addresses '{id}', which is no feedback id in this plan; known feedback ids: "
            + "{known}"),
    UNKNOWN_FEEDBACK_NONE_KNOWN("goal '{goal}' addresses '{id}', which is no feedback id in this plan; there are no "
            + "feedback ids yet"),
    UNKNOWN_PRIORITY("goal '{goal}' aligns to '{id}', which is no priority in devplan.yaml; known priorities: {known}"),
    UNKNOWN_PRIORITY_NONE_KNOWN("goal '{goal}' aligns to '{id}', which is no priority in devplan.yaml; there are no "
            + "priorities yet"),
    UNKNOWN_COMPETENCY_OF_GOAL("goal '{goal}' names competency '{id}', which is not in the framework in devplan.yaml;"
            + " known competencies: {known}"),
    UNKNOWN_COMPETENCY_OF_GOAL_NONE_KNOWN("goal '{goal}' names competency '{id}', which is not in the framework in "
            + "devplan.yaml; there are no competencies yet"),
    UNKNOWN_COMPETENCY_ASSESSED("the assessment of {date} rates '{id}', which is not in the framework in "
            + "devplan.yaml; known competencies: {known}"),
    UNKNOWN_COMPETENCY_ASSESSED_NONE_KNOWN("the assessment of {date} rates '{id}', which is not in the framework in "
            + "devplan.yaml; there are no competencies yet"),
    UNKNOWN_GOAL_IN_CHECKIN("the check-in of {date} records progress for '{id}', which is no goal in this plan; "
            + "known goals: {known}"),
    UNKNOWN_GOAL_IN_CHECKIN_NONE_KNOWN("the check-in of {date} records progress for '{id}', which is no goal in "
            + "this plan; there are no goals yet"),
    UNKNOWN_GOAL_OF_ACHIEVEMENT("the achievement '{title}' names goal '{id}', which is no goal in this plan; known "
            + "goals: {known}"),
    UNKNOWN_GOAL_OF_ACHIEVEMENT_NONE_KNOWN("the achievement '{title}' names goal '{id}', which is no goal in this "
            + "plan; there are no goals yet"),
    UNKNOWN_MANAGER("manager '{manager}' is no plan in this repository; write the id of the manager's plan, or their "
            + "full name if they have none"),
    MANAGES_SELF("'{id}' is written as their own manager; write the id (or the name) of the person {id} reports to"),
    MANAGEMENT_CYCLE("management cycle {cycle}: nobody in it reports to anyone outside it; give one of them the "
            + "manager they really report to"),
    PLAN_HAS_NO_SINCE("'{id}' has goals in progress ('{goal}') but no 'since' and no check-in, so no check-in ever "
            + "falls due; write the date the plan began as 'employee.since', or record the first check-in"),
    MILESTONE_DONE_IN_FUTURE("milestone '{goal}/{item}' is marked done on {done}, after today ({today}); write the "
            + "day it was done, or remove 'done' until it is"),
    ACTION_DONE_IN_FUTURE("action '{goal}/{item}' is marked done on {done}, after today ({today}); write the day it "
            + "was done, or remove 'done' until it is"),
    CURRENCY_LOWER_CASE("support '{goal}/{support}' writes currency '{code}'; write it in upper case: {upper}"),
    CURRENCY_NOT_ISO("support '{goal}/{support}' has currency '{code}', which is no ISO 4217 code such as EUR, DKK "
            + "or SEK"),
    CURRENCY_NOT_ISO_DID_YOU_MEAN("support '{goal}/{support}' has currency '{code}', which is no ISO 4217 code such "
            + "as EUR, DKK or SEK; did you mean {suggestion}?"),
    START_AFTER_DUE("goal '{goal}' starts {start}, after its due date {due}; correct 'start' or 'due'"),
    MILESTONE_AFTER_GOAL_DUE("milestone '{goal}/{item}' is due {due}, after its goal is due ({goalDue}); move the "
            + "milestone or the goal's due date"),

    // ---- SMART (smart/)
    NOT_SPECIFIC("goal '{goal}' is not specific: '{words}' says something should change, not what will be "
            + "different; name the result and how you will see it (a number, a count, a thing delivered)"),
    SHORT_TITLE("goal '{goal}' has a title of {n} word; write a short sentence that says what will be done and how "
            + "you will know", "goal '{goal}' has a title of {n} words; write a short sentence that says what will "
            + "be done and how you will know"),
    NO_MEASURE("goal '{goal}' has no measure: add baseline, target and unit (where you are, where you want to be, in "
            + "what), or milestones that mark the way"),
    PROSE_MEASURE_UNIT("goal '{goal}' says '{words}' in words; write the unit as a field so the target means "
            + "something: unit: {unit}"),
    PROSE_MEASURE_FIELDS("goal '{goal}' says '{words}' in words; write it as fields so progress can be computed: "
            + "{fields}"),
    PROSE_MEASURE_MILESTONES("goal '{goal}' says '{words}' in words; break it into milestones, or write what you will"
            + " count as baseline, target and unit, so progress can be computed"),
    TARGET_EQUALS_BASELINE("goal '{goal}' has target {target}, which equals its baseline {target}: there is nothing "
            + "to reach; set the target to the value you want to reach"),
    TARGET_EQUALS_ZERO("goal '{goal}' has target {target}, which equals the baseline of 0 that applies when none is "
            + "written: there is nothing to reach; set the target to the value you want to reach and add baseline: "
            + "where you start"),
    TARGET_WITHOUT_UNIT("goal '{goal}' has target {target} without a unit; add unit: (days, '%', reviews, ...) so the"
            + " number means something to the reader"),
    LONG_GOAL_WITHOUT_MILESTONES("goal '{goal}' runs {months} months ({from} to {due}) without milestones; break it "
            + "into dated steps, about one every month or two, so progress shows before the end"),
    TOO_MANY_ACTIVE_GOALS("{id} has {active} active goals, more than max-active-goals ({max}) from goal '{goal}' on; "
            + "pause, drop or finish some so the others get done"),
    IMPROVEMENT_WITHOUT_SUPPORT("goal '{goal}' addresses improvement feedback '{feedback}' but has no support or "
            + "actions; add an action (who does what by when) or the support agreed (training, coaching, time)"),
    GOAL_MOVED_OFTEN("goal '{goal}' has been moved {times} times; rather than move it again, talk about its scope or "
            + "support, or set it at-risk or paused"),
    MILESTONE_MOVED_OFTEN("milestone '{goal}/{item}' has been moved {times} times; rather than move it again, talk "
            + "about its scope or support, or set it at-risk or paused"),
    ACTION_MOVED_OFTEN("action '{goal}/{item}' has been moved {times} times; rather than move it again, talk about its"
            + " scope or support, or set it at-risk or paused"),
    NOT_RELEVANT("goal '{goal}' names no feedback, priority or competency it serves; add addresses: [feedback id], "
            + "aligns: [priority id] or competencies: [competency id]"),
    NO_DUE_DATE("goal '{goal}' has no due date; add due: YYYY-MM-DD, the day the result should be there"),
    PROSE_DUE_DATE("goal '{goal}' says '{words}' in words; write it as a field so overdue lists and reminders see it:"
            + " due: {date}"),
    PROSE_DUE_DATE_NOTE("goal '{goal}' says '{words}' in words; write it as a field so overdue lists and reminders see"
            + " it: due: YYYY-MM-DD, {note}"),
    PROSE_DUE_DATE_NO_DAY("goal '{goal}' says '{words}' in words; write it as a field so overdue lists and reminders "
            + "see it: due: YYYY-MM-DD, the day it means"),
    MILESTONE_DONE_BEFORE_GOAL_START("milestone '{goal}/{item}' is marked done on {done}, {early} before its goal "
            + "started ({start}); check the year, or move the goal's start back if the work was really done then"),
    ACTION_DONE_BEFORE_GOAL_START("action '{goal}/{item}' is marked done on {done}, {early} before its goal started "
            + "({start}); check the year, or move the goal's start back if the work was really done then"),
    MILESTONE_DONE_BEFORE_SINCE("milestone '{goal}/{item}' is marked done on {done}, {early} before the plan began "
            + "(since: {start}); check the year, or move the goal's start back if the work was really done then"),
    ACTION_DONE_BEFORE_SINCE("action '{goal}/{item}' is marked done on {done}, {early} before the plan began (since: "
            + "{start}); check the year, or move the goal's start back if the work was really done then"),
    YEARS("{n} year", "{n} years"),
    MONTHS("{n} month", "{n} months"),
    MILESTONES_AT_THE_END("goal '{goal}' has all {count} milestones due in the last fifth of its time ({from} to "
            + "{due}); move the first steps earlier so progress shows along the way"),

    // ---- one line per rule: validate --list-rules
    SUMMARY_UNREADABLE("A plan file can be read as UTF-8 YAML."),
    SUMMARY_SCHEMA("A plan file follows the plan format."),
    SUMMARY_UNKNOWN_RULE("Ignore comments and rules.disable name existing rules."),
    SUMMARY_UNKNOWN_FEEDBACK("A goal addresses only feedback of its own plan."),
    SUMMARY_UNKNOWN_PRIORITY("A goal aligns only to priorities listed in devplan.yaml."),
    SUMMARY_UNKNOWN_COMPETENCY("Goals and assessments name only competencies of the framework in devplan.yaml."),
    SUMMARY_UNKNOWN_GOAL("Check-in progress and achievements refer only to goals of the same plan."),
    SUMMARY_UNKNOWN_MANAGER("A manager written as an id is the id of another plan."),
    SUMMARY_MANAGES_SELF("An employee is not their own manager."),
    SUMMARY_MANAGEMENT_CYCLE("Managers do not manage each other in a ring."),
    SUMMARY_PLAN_HAS_SINCE("A plan with goals in progress has 'since' or a check-in, so a check-in falls due."),
    SUMMARY_DONE_IN_FUTURE("A milestone or action is not marked done on a day still to come."),
    SUMMARY_CURRENCY_CODE("A support entry's currency is an ISO 4217 code in upper case, such as EUR."),
    SUMMARY_SPECIFIC_TITLE("A goal's title names a result, not only a wish to improve."),
    SUMMARY_TITLE_LENGTH("A goal's title has at least {words} words."),
    SUMMARY_GOAL_HAS_MEASURE("A goal has a numeric target or milestones."),
    SUMMARY_PROSE_MEASURE("A measure written in the title is also written as fields."),
    SUMMARY_TARGET_DIFFERS_FROM_BASELINE("A goal's target differs from its baseline."),
    SUMMARY_TARGET_HAS_UNIT("A goal with a numeric target has a unit."),
    SUMMARY_LONG_GOAL_HAS_MILESTONES("A goal longer than {months} months has milestones or a numeric target."),
    SUMMARY_MAX_ACTIVE_GOALS("A person has no more active goals than rules.max-active-goals (default 5)."),
    SUMMARY_IMPROVEMENT_HAS_SUPPORT("A goal that addresses improvement feedback has support or actions."),
    SUMMARY_MOVED_OFTEN("An open goal, milestone or action has not had its due date moved {times} times or more."),
    SUMMARY_GOAL_IS_RELEVANT("A goal addresses feedback, aligns to a priority, or develops a competency."),
    SUMMARY_GOAL_HAS_DUE_DATE("A goal has a due date."),
    SUMMARY_PROSE_DUE_DATE("A date written in the title is also written as the due field."),
    SUMMARY_START_AFTER_DUE("A goal starts on or before its due date."),
    SUMMARY_DONE_BEFORE_START("A milestone or action is not done long before its goal started."),
    SUMMARY_MILESTONE_AFTER_GOAL_DUE("A milestone is due on or before its goal's due date."),
    SUMMARY_MILESTONES_SPREAD("A goal's milestones are not all due in its last fifth."),

    // ---- validate --explain: why a rule that reads words decided as it did
    BECAUSE_HAS_DUE("the goal has due: {due}"),
    BECAUSE_TIME_BOUND("{quote} makes it time-bound"),
    BECAUSE_NO_TIME("no due field, and the words name no date, period, rhythm or standard"),
    BECAUSE_HAS_TARGET("the goal has target: {target}"),
    BECAUSE_HAS_MILESTONES("the goal has {n} milestone", "the goal has {n} milestones"),
    BECAUSE_IS_MEASURE("{quote} is a measure"),
    BECAUSE_NO_MEASURE("no target or milestones, and the words carry no measure"),
    BECAUSE_NO_DEADLINE("the words name no deadline to suggest"),
    BECAUSE_MEANS_DATE("{quote} means {date}"),
    BECAUSE_MEANS_DATE_NOTE("{quote} means {date}: {note}"),
    BECAUSE_MEANS_NO_DAY("{quote} means no one day"),
    BECAUSE_MEANS_NO_DAY_NOTE("{quote} means no one day: {note}"),
    BECAUSE_NO_MEASURE_TO_SUGGEST("the words carry no measure to suggest"),
    BECAUSE_FIELDS_THERE("{quote}: the fields are there already"),
    BECAUSE_SUGGESTS("{quote} suggests: {fields}"),
    BECAUSE_SUGGESTS_MILESTONES("{quote} suggests: break it into milestones, or write what you will count as "
            + "baseline, target and unit, so progress can be computed"),
    BECAUSE_NO_VAGUE("no vague words"),
    BECAUSE_VAGUE_BUT_MEASURE("{quote} is vague, but {measure} says what will be different"),
    BECAUSE_VAGUE("{quote} is vague, and no number or outcome says what will be different"),
    BECAUSE_WORDS("{n} word", "{n} words"),
    BECAUSE_WORDS_SPECIFIC("{n} word, reported by specific-title instead", "{n} words, reported by specific-title instead"),
    BECAUSE_WORDS_FEW("{n} word, fewer than {min}", "{n} words, fewer than {min}"),
    BECAUSE_CLOSED("not judged: the goal is {status}"),

    // ---- validate --explain: what a title was read as
    EXPLAIN_GOAL("goal '{goal}' of {id}"),
    EXPLAIN_TITLE("title"),
    EXPLAIN_READ_AS("read as"),
    EXPLAIN_COUNTED("counted"),
    EXPLAIN_STATUS("status"),
    READ_AS_REPOSITORY("{language} (no word told; the repository's language)"),
    READ_AS_WORDS("{language} (from the words {words})"),
    LANGUAGE_EN("English"),
    LANGUAGE_SV("Swedish"),
    LANGUAGE_DA("Danish"),
    LANGUAGE_NL("Dutch"),
    COUNTED_FROM_START("relative dates from {date}, the goal's start"),
    COUNTED_FROM_AS_OF("relative dates from {date}, the as-of date (the goal has no start)"),
    STATUS_CLOSED("{status}: the SMART rules skip closed goals"),
    HEADING_RECOGNISED("recognised"),
    HEADING_RULES("rules on the words"),
    HEADING_FINDINGS("findings"),
    ROW_TIME("time"),
    ROW_MEASURE("measure"),
    ROW_VAGUE("vague"),
    NOTHING_RECOGNISED("nothing: no date, period, rhythm, measure or vague word"),
    NO_FINDINGS("none"),
    VAGUE_WITH_MEASURE("{phrase} (a measure says what will be different)"),
    TIME_DATE_NOTE("{date} ({note})"),
    TIME_NO_DAY("no single day"),
    TIME_NO_DAY_NOTE("no single day ({note})"),
    TIME_RHYTHM("a rhythm"),
    TIME_RHYTHM_UNTIL("a rhythm until {date}"),
    TIME_STANDARD("a standard each case is held to"),
    TIME_START("a start ({date}), not a deadline"),
    TIME_START_NO_DAY("a start (no single day), not a deadline"),
    MEASURE_FROM_TO("from {baseline} to {target}{unit}"),
    MEASURE_WEAK("a measure, but not one that says what will be different"),
    MEASURE_OUTCOME("a yes/no outcome"),
    MEASURE_SEEN("how the result will be seen"),

    // ---- the line after the findings
    RUN_CLEAN("No problems in {files}."),
    RUN_CLEAN_IGNORED("No problems in {files}; {ignored} switched off by ignore comments."),
    RUN_FOUND("{errors}, {warnings}, {infos} in {files}."),
    RUN_FOUND_IGNORED("{errors}, {warnings}, {infos} in {files}; {ignored} switched off by ignore comments."),
    FILES("{n} file", "{n} files"),
    ERRORS("{n} error", "{n} errors"),
    WARNINGS("{n} warning", "{n} warnings"),
    INFOS("{n} info", "{n} info"),
    FINDINGS("{n} finding", "{n} findings");

    private final String one;
    private final String other;

    ValidateText(String text) {
        this.one = null;
        this.other = text;
    }

    ValidateText(String one, String other) {
        this.one = one;
        this.other = other;
    }

    @Override
    public String english(String form) {
        return "one".equals(form) && one != null ? one : other;
    }

    @Override
    public boolean counted() {
        return one != null;
    }

    @Override
    public String catalogue() {
        return "validate";
    }

    /** This phrase with its values: name, value pairs. */
    public Said with(Object... args) {
        return Said.of(this, args);
    }

    /** This counted phrase for {@code n}, with its other values. */
    public Said count(long n, Object... args) {
        return Said.count(this, n, args);
    }

    /**
     * A plan's number as a value: each language writes its decimal sign ("1,5"); English writes it
     * as the plan does, without trailing zeros ("1.5", "100").
     */
    public static Object number(BigDecimal n) {
        BigDecimal plain = new BigDecimal(n.stripTrailingZeros().toPlainString());
        // BigDecimal.toString writes tiny numbers as 1E-7: keep the plan's way of writing them then.
        return plain.toString().equals(plain.toPlainString()) ? plain : plain.toPlainString();
    }
}
