package io.devplan.render;

/**
 * Every sentence, heading and label devplan writes for people, with its English text. A key is a
 * whole sentence with named placeholders ({@code {date}}), never a fragment glued to another, so
 * each language can order its words. A counted text has a "one" and an "other" form; {@code {n}}
 * is the count. The other languages are in {@code words-LANG.properties} under {@link #key()}.
 */
public enum Msg implements io.devplan.domain.Phrase {
    // ---- relative dates and amounts of time
    DAYS("{n}\u00a0day", "{n}\u00a0days"),
    DAYS_OVERDUE("{n}\u00a0day overdue", "{n}\u00a0days overdue"),
    IN_DAYS("in {n}\u00a0day", "in {n}\u00a0days"),
    TODAY("today"),
    DUE_ON("due\u00a0{date}"),
    DONE_ON("done\u00a0{date}"),
    DUE_RELATIVE("due\u00a0{date} ({relative})"),
    DATE_RELATIVE("{date}\u00a0({relative})"),
    NO_DUE_DATE("no due date"),
    NONE_DUE("none due"),
    NONE("none"),
    MOVED("moved once", "moved {n} times"),
    MOVED_TWICE("moved twice"),
    MOVED_BY("{moved}, {shift}"),
    SHIFT_LATER("+{n}\u00a0day", "+{n}\u00a0days"),
    SHIFT_EARLIER("-{n}\u00a0day", "-{n}\u00a0days"),

    // ---- measures and people
    VALUE_OF("{now} of {target}{unit} (from {baseline})"),
    VALUE_REDUCE("{now}{unit} ({baseline} → {target})"),
    ABOUT_TEAM("team {team}"),
    ABOUT_MANAGER("manager {manager}"),
    NO_MILESTONES("no milestones"),
    MILESTONE_COUNTS("{onTime} done on time, {late} done late, {overdue} overdue, {open} open"),
    MILESTONE_COUNTS_SHARE("{onTime} done on time, {late} done late, {overdue} overdue, {open} open ({share}% on time)"),
    CHECKINS_NONE("no check-in held yet"),
    CHECKINS_HELD("{held} held, {within} within cadence ({share}%)"),
    SUPPORT_AMOUNT("{amount}\u00a0{status}"),
    GAP_NOT_ASSESSED("not assessed"),
    GAP_SHORT("{n} short"),
    GAP_READY("ready"),
    TARGET_TOP("Current level (top of the track) {level}{title} on track {track}"),
    TARGET_NEXT("Next level {level}{title} on track {track}"),

    // ---- what a reminder asks
    ACT_FINISH_ACTION("finish the action"),
    ACT_FINISH_OR_MOVE_ACTION("finish the action or agree a new date"),
    ACT_FINISH_MILESTONE("finish the milestone"),
    ACT_FINISH_OR_MOVE_MILESTONE("finish the milestone or agree a new date"),
    ACT_CLOSE_GOAL("close, extend or drop the goal with {name}"),
    ACT_REVIEW_GOAL("review the goal with {name} before it is due"),
    ACT_REVIEW_GOAL_AT_RISK("review the goal with {name} before it is due; it is at risk"),
    ACT_RESCUE_GOAL("agree with {name} how to get the goal back on track"),
    ACT_HOLD_CHECKIN("hold the check-in with {name}"),
    ACT_DECIDE_SUPPORT("approve or decline the support {name} requested"),
    ACT_CELEBRATE("celebrate {name}'s achievement"),
    ACT_CELEBRATE_OF("celebrate {name}'s achievement of {date}"),

    // ---- outputs that are not complete, filters that match nothing
    UNREADABLE_REPORT("1 plan could not be read ({files}); this report leaves it out: run devplan validate",
            "{n} plans could not be read ({files}); this report leaves them out: run devplan validate"),
    UNREADABLE_OVERDUE("1 plan could not be read ({files}); what is late there is not listed: run devplan validate",
            "{n} plans could not be read ({files}); what is late there is not listed: run devplan validate"),
    UNREADABLE_REMIND("1 plan could not be read ({files}); its reminders are missing: run devplan validate",
            "{n} plans could not be read ({files}); their reminders are missing: run devplan validate"),
    NO_PLAN_MATCHES("No plan matches {filter}."),

    // ---- show
    HEADING_GOALS("Goals"),
    NO_GOALS_YET("none yet: devplan goal add {id}"),
    DROPPED_NOT_SHOWN("(1 dropped goal not shown)", "({n} dropped goals not shown)"),
    CADENCE_LAST_NO_NEXT("Cadence {cadence} · last check-in {last} · next check-in: none due (no 'since' date)"),
    CADENCE_LAST_NEXT("Cadence {cadence} · last check-in {last} · next {next}"),
    PROGRESS_OF("Progress of {goal}"),
    ITEM_LINE("{kind} {id}: {title}"),
    OPEN_GOAL_CLOSED("open, goal closed"),
    OPEN("open"),
    WHEN_AND_MOVED("{when}; {moved}"),
    COLUMN_ITEM("Item"),
    COLUMN_WHEN("When"),
    HEADING_SUPPORT("Support"),
    COLUMN_SUPPORT("Support"),
    COLUMN_COST("Cost"),
    COLUMN_STATUS("Status"),
    COLUMN_GOAL("Goal"),
    COLUMN_KIND("Kind"),
    STATUS_ON("{status} {date}"),
    HEADING_ACHIEVEMENTS("Achievements"),
    CELEBRATED_ON("celebrated {date}"),
    NOT_YET_CELEBRATED("not yet celebrated"),

    // ---- overdue
    NOTHING_OVERDUE("Nothing overdue as of {date}."),
    NOTHING_OVERDUE_WITHIN("Nothing overdue or due within {days} as of {date}."),
    OVERDUE_TOTAL("{n} overdue, as of {date}"),
    OVERDUE_TOTAL_WITHIN("{n} overdue, {soon} due within {days}, as of {date}"),
    COLUMN_DUE("Due"),
    COLUMN_LATE("Late"),
    COLUMN_EMPLOYEE("Employee"),
    COLUMN_OWNER("Owner"),
    COLUMN_TITLE("Title"),

    // ---- agenda
    AGENDA_TITLE("Check-in with {name} ({id})"),
    AGENDA_WHEN("Next check-in {next} · last check-in {last} · as of {date}"),
    AGENDA_WHEN_NO_NEXT("Next check-in: none due (no check-in and no 'since' date) · last check-in {last} · as of {date}"),
    AGENDA_AGREED("Agreed at the last check-in ({date})"),
    AGENDA_NEXT_AGREED("next check-in agreed for {date}"),
    AGENDA_CELEBRATE("Achievements to celebrate"),
    AGENDA_PROGRESS_SO_FAR("Progress so far (no check-in yet)"),
    AGENDA_PROGRESS_SINCE("Progress since the last check-in ({date})"),
    AGENDA_DUE("Overdue and due soon"),
    AGENDA_CARRIED_OVER("Open actions carried over"),
    AGENDA_FEEDBACK("Feedback no goal addresses yet"),
    AGENDA_SUPPORT("Support to decide"),
    AGENDA_MANAGER_ONLY("For the manager only"),
    AGENDA_NOTHING("Nothing to cover yet: no goals in progress, nothing due, nothing open."),
    AGENDA_PRIVATE_NOTE("private note of {date}: {text}"),
    AGENDA_PRIVATE_FEEDBACK("private feedback {feedback}"),
    AGENDA_VALUE("{now} of {target}{unit}"),
    AGENDA_MILESTONES_DONE("done {items}"),
    AGENDA_ACTIONS_DONE("actions done {items}"),
    AGENDA_NO_PROGRESS("no progress recorded"),
    AGENDA_NO_PROGRESS_VALUE("no progress recorded ({value})"),
    OWNER("owner {owner}"),
    SUPPORT_WORD("support"),

    // ---- remind
    REMIND_HEADING("{name}: 1 thing to do", "{name}: {n} things to do"),
    REMIND_DUE("due {relative}"),
    MAIL_SUBJECT("devplan: 1 thing to do: {urgent}", "devplan: {n} things to do, the most urgent: {urgent}"),
    MAIL_HELLO("Hello {name},"),
    MAIL_INTRO("This is the one thing the development plans ask of you now. Each line says where it is written "
            + "and the devplan command that records what was done.",
            "These are the {n} things the development plans ask of you now, the most urgent first. Each line says "
            + "where it is written and the devplan command that records what was done."),
    MAIL_TITLE("Reminders for {name}"),
    MAIL_FOOTER("Sent by devplan remind --send. You get the same reminder again after a while if it is still open."),
    MAIL_FOOTER_ORG("Sent by devplan remind --send for {organization}. You get the same reminder again after a while "
            + "if it is still open."),

    // ---- calendar summaries and descriptions (the properties and UIDs never change)
    ICS_CHECKIN("Check-in: {name}"),
    ICS_GOAL("{name} – goal due: {title}"),
    ICS_ITEM("{name} – {kind}: {title} ({goal})"),
    ICS_NEXT_CHECKIN("Next check-in with {name}"),
    ICS_ITEM_OF("{kind} {id} of {name}"),
    ICS_OWNER("Owner: {owner}"),
    ICS_MANAGER("Manager: {manager}"),

    // ---- the check-in walk-through (a prompt ends where the answer starts: the code adds the space)
    ASK_INTRO("Check-in with {name} on {date} (Enter keeps a value; Tab completes ids; Ctrl-C cancels)"),
    ASK_SECOND("There is already a check-in on {date}. Add a second one? [y/N]"),
    ASK_CURRENT("current [{value}]:"),
    ASK_VALUE("{current} of {target}"),
    ASK_OPEN("open {item}  {title}"),
    ASK_OVERDUE_DAYS("overdue {n} d"),
    ASK_DONE("done (ids, Enter for none):"),
    ASK_NEW_DATE("{item} is {n} day overdue; new date (YYYY-MM-DD, Enter leaves it):",
            "{item} is {n} days overdue; new date (YYYY-MM-DD, Enter leaves it):"),
    ASK_WHY("why does it move?"),
    ASK_DATE_PLEASE("a date as YYYY-MM-DD, please, or Enter to leave it"),
    ASK_NOTE("note:"),
    ASK_NOTES("Notes (empty line ends):"),
    ASK_BLOCKERS("Blockers:"),
    ASK_WELLBEING("Wellbeing 1-5 (Enter to skip):"),
    ASK_WELLBEING_PLEASE("a number from 1 to 5, please"),
    ASK_PRIVATE("Private note (manager only):"),
    ASK_NEXT("Next check-in [{date}] (date, +2w, +1m):"),
    ASK_NEXT_PLEASE("'{value}' is not a date; write 2026-07-01, +2w or +1m"),
    ASK_CONFIRM("Write this check-in? [y/N]"),
    YES_LETTER("y"),
    SUM_TITLE("Check-in {date} with {with}"),
    SUM_PROGRESS("progress {goal} = {value}"),
    SUM_DONE("done {item} on {date}"),
    SUM_MOVE("move {item} from {from} to {to} ({reason})"),
    SUM_WELLBEING("wellbeing: {value}"),
    SUM_NEXT("next: {date}"),

    // ---- what changed in a period (report --since)
    PERIOD_TITLE("What changed from {from} to {to}"),
    PERIOD_FROM_HISTORY("Compared with the plan as committed before {date}."),
    PERIOD_FROM_DATES("No committed version before {date}: start values come from the plan's own dates."),
    PERIOD_GOALS_DONE("Goals done"),
    PERIOD_PROGRESS("Progress"),
    PERIOD_POINTS("{from}% → {to}% ({points})"),
    PERIOD_ITEMS_DONE("Milestones and actions done"),
    PERIOD_SLIPPED("Slipped"),
    PERIOD_MOVED("due {from} → {to}"),
    PERIOD_NOT_DONE("was due {date}, not done"),
    PERIOD_FEEDBACK("Feedback received"),
    PERIOD_SUPPORT("Support decisions"),
    PERIOD_SUPPORT_ADDED("added, {status}"),

    // ---- what the writers add: a chart's words for screen readers, a table of facts
    METER("{percent}% done"),
    METER_EXPECTED("{percent}% done, {expected}% expected"),
    CHART_VALUES("Values recorded at check-ins: {values}."),
    CHART_VALUES_SCALE("Values recorded at check-ins: {values}. Scale from {from} to {to}."),
    COLUMN_MEASURE("Measure"),

    // ---- report
    REPORT_TITLE("Progress report, {scope}"),
    REPORT_TITLE_ORG("{organization}: progress report, {scope}"),
    REPORT_SUBTITLE_MANAGER("As of {date} · for the manager · behind means more than {points} points below expected progress"),
    REPORT_SUBTITLE_EMPLOYEE("As of {date} · for the employee · behind means more than {points} points below expected progress"),
    CONFIDENTIAL_MANAGER("Confidential: manager only"),
    SCOPE_EVERYONE("everyone"),
    SCOPE_TEAM("team {team}"),
    SCOPE_MANAGER("the reports of {manager}"),
    SCOPE_BELOW("everyone below {manager}"),
    SCOPE_AND("{first} and {second}"),
    GOALS_ACTIVE("1 active", "{n} active"),
    GOALS_ACTIVE_AVERAGE("1 active, average progress {average}%", "{n} active, average progress {average}%"),
    GOALS_DROPPED_NOT_SHOWN("{goals}, {dropped} dropped not shown"),
    EXPECTED("expected\u00a0{percent}%"),
    BEHIND("behind"),
    FACT_BEHIND("Behind"),
    OVERDUE_BY("overdue {days}"),
    MILESTONES_SUMMARY("milestones: {counts}"),
    COLUMN_MILESTONE("Milestone"),
    TREND("trend"),
    TREND_VALUES("{first} → {last}"),
    TREND_VALUES_TARGET("{first} → {last} of {target}"),
    TREND_DATES("({from} to {to})"),
    TREND_OF("Trend of {title}"),
    VALUE_AT_CHECKINS("{measure} at each check-in"),
    VALUE_AT_CHECKINS_TARGET("{measure} at each check-in; the dashed line is the target, {target}"),
    VALUE("Value"),
    DONE_ON_TIME("done\u00a0{date} on time"),
    DONE_LATE("done\u00a0{date}, late (due {due})"),
    DUE_AND_RELATIVE("due\u00a0{date}, {relative}"),
    SUPPORT_TOTAL("Total {totals}"),
    HEADING_FEEDBACK("Feedback"),
    FEEDBACK_ALL_ADDRESSED("every improvement has a goal"),
    FEEDBACK_UNADDRESSED("1 not addressed by any goal", "{n} not addressed by any goal"),
    NOT_ADDRESSED("not addressed by any goal"),
    FEEDBACK_FROM("from {from}"),
    PRIVATE("private"),
    HEADING_CHECKINS("Check-ins"),
    CADENCE_SUMMARY("cadence {cadence}, {held}"),
    CHECKIN_WITH("{date} with {with}"),
    LATE_FOR_CADENCE("late for the cadence"),
    WELLBEING_VALUE("wellbeing {value}"),
    BLOCKERS("blockers: {text}"),
    PRIVATE_NOTE("private: {text}"),
    NEXT("next {when}"),
    WELLBEING_TREND("wellbeing"),
    WELLBEING_RANGE("{first} → {last} (1..5)"),
    HEADING_COMPETENCIES("Competencies"),
    COLUMN_COMPETENCY("Competency"),
    COLUMN_EXPECTS("Expects"),
    COLUMN_SELF("Self"),
    COLUMN_MANAGER("Manager"),
    COLUMN_GAP("Gap"),
    HEADING_EMPLOYEES("Employees"),
    PLANS("1 plan", "{n} plans"),
    NEXT_OVERDUE("{date} overdue"),
    AVERAGE_PROGRESS_OF("Average progress of {employee}"),
    COLUMN_TEAM("Team"),
    COLUMN_ACTIVE_GOALS("Active goals"),
    COLUMN_AVERAGE_PROGRESS("Average progress"),
    COLUMN_OVERDUE("Overdue"),
    COLUMN_LAST_CHECKIN("Last check-in"),
    COLUMN_NEXT_CHECKIN("Next check-in"),
    COLUMN_AT_RISK("At risk"),
    EMPLOYEES_CAPTION("Average progress of the active goals; at risk: marked at-risk or behind."),
    HEADING_TOTALS("Totals"),
    EMPLOYEES("1 employee", "{n} employees"),
    GOALS_BY_STATUS("Goals by status"),
    STATUS_COUNT("{status} {n}"),
    BEHIND_OF_ACTIVE("{behind} of {active} active goals"),
    AT_RISK_COUNT("{n} at risk"),
    HEADING_MILESTONES("Milestones"),
    OVERDUE_BY_TEAM("Overdue by team"),
    TEAM_COUNT("{team} {n}"),
    IN_ALL("{n} in all"),
    NONE_WITH_COST("none with a cost"),
    WELLBEING("Wellbeing"),
    WELLBEING_TEAM("{team} {average} of 5 (1 person)", "{team} {average} of 5 ({n} people)"),
    WELLBEING_HIDDEN("not shown: no group of at least {n} people with a score"),
    COMPETENCY_LEVELS("Competency levels"),
    COMPETENCY_LEVELS_NOTE("average of the first and the latest level each manager assessed"),
    COLUMN_BEFORE("Before"),
    COLUMN_AFTER("After"),
    COLUMN_PEOPLE("People"),

    // ---- list and the goal's status
    STATUS_REASON("{status}: {reason}"),
    COLUMN_NAME("Name"),
    COLUMN_ID("Id"),
    COLUMN_GOALS("Goals"),
    COLUMN_LAST("Last"),
    COLUMN_NEXT("Next"),
    NO_PLANS_YET("No plans yet; add one with devplan new."),
    UNREADABLE_LIST("1 plan could not be read ({files}); that person is not listed: run devplan validate",
            "{n} plans could not be read ({files}); those people are not listed: run devplan validate"),
    PEOPLE_AS_OF("1 person, as of {date}", "{n} people, as of {date}"),

    // ---- log
    LOG_NONE("No changes to {file} in git's history."),
    LOG_NONE_GOAL("No changes to {file} about {goal} in git's history."),
    LOG_NONE_SINCE("No changes to {file} in git's history since {date}."),
    LOG_NONE_GOAL_SINCE("No changes to {file} about {goal} in git's history since {date}."),
    LOG_UNREADABLE("the plan did not read at this commit: {reason}");

    private final String one;
    private final String other;

    Msg(String text) {
        this.one = null;
        this.other = text;
    }

    Msg(String one, String other) {
        this.one = one;
        this.other = other;
    }

    @Override
    public boolean counted() {
        return one != null;
    }

    @Override
    public String catalogue() {
        return "words";
    }

    @Override
    public String english(String form) {
        return "one".equals(form) && one != null ? one : other;
    }
}
