package io.devplan.cli;

import io.devplan.domain.Phrase;

/**
 * What devplan's commands say about themselves: usage errors, refusals, warnings and the one-line
 * status a command prints after it has done its work. Whole sentences with named placeholders;
 * command and option names, paths, ids and ISO dates stay as typed. The other languages are in
 * {@code errors-LANG.properties} under {@code cli.KEY}.
 */
enum CliText implements Phrase {
    // ---- the error handler
    TRY_HELP("Try '{command} --help' for more information."),
    INTERNAL_ERROR("internal error: {error} (run with --debug for details)"),
    INTERNAL_ERROR_DEBUG("internal error: {error}"),
    UNKNOWN_COMMAND("unknown command '{word}'"),
    UNKNOWN_COMMAND_DID_YOU_MEAN("unknown command '{word}'; did you mean {suggestion}?"),
    UNKNOWN_OPTION("unknown option '{word}'"),
    UNKNOWN_OPTION_DID_YOU_MEAN("unknown option '{word}'; did you mean {suggestion}?"),
    UNEXPECTED_ARGUMENT("unexpected argument '{word}'"),
    KEY_VALUE("{option} must be {format}, not '{value}'"),

    // ---- picocli's own parse errors, as whole sentences (the English is picocli's, byte for byte)
    PICOCLI_MISSING_PARAMETER("Missing required parameter: '{label}'"),
    PICOCLI_MISSING_PARAMETERS("Missing required parameters: {labels}"),
    PICOCLI_MISSING_OPTION("Missing required option: '{option}'"),
    PICOCLI_MISSING_OPTIONS("Missing required options: {options}"),
    PICOCLI_MISSING_OPTION_VALUE("Missing required parameter for option '{option}' ({label})"),
    PICOCLI_EXPECTED_VALUE("Expected parameter for option '{option}' but found '{found}'"),
    PICOCLI_ONCE_WITH_VALUE("option '{option}' ({label}) should be specified only once"),
    PICOCLI_ONCE("option '{option}' should be specified only once"),
    PICOCLI_NO_VALUE("option '{option}' should be specified without '{value}' parameter"),
    PICOCLI_INVALID_OPTION_VALUE("Invalid value for option '{option}': {problem}"),
    PICOCLI_INVALID_PARAMETER_VALUE("Invalid value for positional parameter at index {index} ({label}): {problem}"),
    PICOCLI_EXCLUSIVE("Error: {options} are mutually exclusive (specify only one)"),
    PICOCLI_ONE_OF("Error: Missing required argument (specify one of these): {options}"),
    PICOCLI_REQUIRED("Error: Missing required argument(s): {options}"),
    PICOCLI_MISSING_SUBCOMMAND("Missing required subcommand"),
    PICOCLI_NOT_A_NUMBER("'{value}' is not an int"),

    // ---- values typed on the command line
    NOT_A_DATE("'{value}' is not a date; {why}"),
    NOT_A_DATE_AT_ALL("'{value}' is not a date: {why}"),
    NOT_DAYS("'{value}' is not a number of days; use 0 or more, such as 7"),
    NOT_A_NUMBER("'{value}' is not a number"),
    NUMBER_OUT_OF_BOUNDS("'{value}' is out of bounds: a number has at most {digits} significant digits and an exponent "
            + "from -{exponent} to {exponent}"),
    CADENCE_TOO_LONG("'{value}' is too long: a cadence is at most {years} years"),
    NOT_A_CADENCE("'{value}' is not a cadence; use {names} or an ISO-8601 period such as P3W"),
    NOT_A_KIND("'{value}' is not a kind; use one of {names}"),
    NOT_ONE_OF("'{value}' is not one of {names}"),
    UNKNOWN_LANGUAGE("unknown language '{value}': use one of {codes}"),
    NEXT_NOT_A_DATE("--next must be a date (YYYY-MM-DD) or +Nd, +Nw, +Nm, +Ny, not '{value}'"),
    OPTION_ID_PROBLEM("--id {problem}"),
    CURRENCY_PROBLEM("--currency {problem}"),
    MILESTONE_FORMAT("{option} '{value}' must be ID:DUE:TITLE, such as outline:2027-02-01:Outline the talk"),
    LEVELS_FORMAT("write each level as COMPETENCY=LEVEL, such as communication=3"),
    PRIVATE_STDIN_UNREADABLE("--private -: cannot read standard input: {reason}"),
    PRIVATE_STDIN_EMPTY("--private - read an empty note from standard input; give the note there, or leave out --private"),

    // ---- names that match nothing
    NO_PLAN_FOR("no plan for '{id}'"),
    NO_PLAN_FOR_DID_YOU_MEAN("no plan for '{id}'; did you mean {suggestion}?"),
    NO_PLAN_IN("no plan for '{id}' in {folder}/"),
    NO_PLAN_IN_DID_YOU_MEAN("no plan for '{id}' in {folder}/; did you mean {suggestion}?"),
    NO_PLAN_IN_UNREAD("no plan for '{id}' in {folder}/ (or in what could not be read)"),
    NO_PLAN_IN_UNREAD_DID_YOU_MEAN("no plan for '{id}' in {folder}/; did you mean {suggestion}? (or in what could not be "
            + "read)"),
    NO_TEAM("no plan has team '{team}'"),
    NO_TEAM_DID_YOU_MEAN("no plan has team '{team}'; did you mean {suggestion}?"),
    NO_MANAGER("no plan has manager '{manager}'"),
    NO_MANAGER_DID_YOU_MEAN("no plan has manager '{manager}'; did you mean {suggestion}?"),
    NOBODY_CALLED("nobody called '{person}' in the plans"),
    NOBODY_CALLED_DID_YOU_MEAN("nobody called '{person}' in the plans; did you mean {suggestion}?"),
    NO_GOAL("plan '{id}' has no goal '{goal}'"),
    NO_GOAL_DID_YOU_MEAN("plan '{id}' has no goal '{goal}'; did you mean {suggestion}?"),
    NO_GOAL_IN_HISTORY("no goal '{goal}' in the plan of {id} or its history"),
    NO_GOAL_IN_HISTORY_DID_YOU_MEAN("no goal '{goal}' in the plan of {id} or its history; did you mean {suggestion}?"),
    NO_ITEM("goal '{goal}' has no milestone or action '{item}'"),
    NO_ITEM_DID_YOU_MEAN("goal '{goal}' has no milestone or action '{item}'; did you mean {suggestion}?"),
    NO_SUPPORT_ADDRESS("'{address}' names no support: write GOAL/SUPPORT"),
    NO_SUPPORT_ADDRESS_LISTED("'{address}' names no support: write GOAL/SUPPORT; the plan has {list}"),
    NO_SUPPORT("goal '{goal}' has no support '{support}'"),
    NO_SUPPORT_YET("goal '{goal}' has no support '{support}'; it has no support yet: devplan support add"),
    NO_SUPPORT_DID_YOU_MEAN("goal '{goal}' has no support '{support}'; did you mean {suggestion}?"),
    NOT_OPEN_ITEM("'{id}' is not an open milestone or action"),
    TWO_PLANS_ONE_ID("two plans have the id '{id}': {first} and {second}; ids must be unique across the repository: "
            + "rename or remove one, then try again"),

    // ---- options that do not go together
    ALL_LEVELS_NEEDS_MANAGER("--all-levels needs --manager"),
    BOM_IS_FOR_CSV("--bom is for --format csv; other formats are read as UTF-8 already"),
    SINCE_FORMATS("--since prints text, markdown or json, not {format}"),
    SINCE_AFTER_AS_OF("--since {since} is after {asOf}; nothing can have changed yet"),
    EXPLAIN_TAKES_TWO("--explain takes one plan and one goal: --explain ID GOAL"),
    EXPLAIN_TEXT_ONLY("--explain prints text for one goal; leave out --format, --strict and PATH"),
    DRY_RUN_NEEDS_SEND("--dry-run goes with --send"),
    FORCE_NEEDS_SEND("--force goes with --send"),
    SEND_PRINTS_NONE("--send mails the reminders and prints none: leave out --format"),
    FOLDER_INSIDE_PLANS("--folder must be a sub-folder of plans/, without '..'"),
    MARKER_SIZE("--marker-size must be between {min} and 100"),
    NOT_IN_GIT_WORK_TREE("{folder} is not in a git work tree; clone the plan repository or run 'git init' first"),
    MISSING_OPTION_ID("Missing required option: '--id=GOAL-ID'"),
    MISSING_OPTION_TITLE("Missing required option: '--title=TEXT' (on a terminal, goal add without --title asks for "
            + "the goal)"),
    MISSING_OPTIONS_ID_TITLE("Missing required options: '--id=GOAL-ID', '--title=TEXT' (on a terminal, goal add "
            + "without --title asks for the goal)"),

    // ---- refusals of commands that write
    WELLBEING_RANGE("--wellbeing must be from 1 to 5, not {value}"),
    NOTHING_TO_CHANGE("nothing to change: give --note, --progress, --done, --wellbeing, --blockers, --private, --next "
            + "or --with with --amend"),
    NOTHING_TO_RECORD("nothing to record: give --note, --progress or --done, or run it on a terminal"),
    AMEND_NOTHING("--amend: plan '{id}' has no check-in to change; leave out --amend to add one"),
    AMEND_OTHER_DATE("--amend changes the last check-in, of {last}, not one of {date}; leave out --date"),
    CHECKIN_TWICE("plan '{id}' already has a check-in on {date}; give --amend to change it, or --date for a meeting on "
            + "another day"),
    GOAL_ALREADY_DONE("goal '{goal}' is already done"),
    ALREADY_DONE("'{ref}' is already done ({date})"),
    CELEBRATION_AFTER_TODAY("--date {date} is after today ({today}): record a celebration on the day it happened"),
    CELEBRATION_BEFORE_ACHIEVEMENT("--date {date} is before the achievement itself ({achieved})"),
    SUPPORT_AFTER_TODAY("--date {date} is after today ({today}): record support on the day it was requested or decided"),
    SUPPORT_TAKEN("goal '{goal}' already has support '{support}'; give another --id"),
    FEEDBACK_TAKEN("plan '{id}' already has feedback '{feedback}'"),
    GOAL_TAKEN("plan '{id}' already has a goal '{goal}'"),
    MAIL_NOWHERE("devplan.yaml says nowhere to send mail: add mail: with host: and from: (see devplan-format(5)), or "
            + "look first with --dry-run"),
    MAIL_NO_PASSWORD("devplan.yaml's mail.user is '{user}' but {variable} is not set: put the password in the "
            + "environment"),
    NO_STATE_FOLDER("no folder to remember what was mailed: set XDG_STATE_HOME or HOME"),
    CANNOT_CHANGE("cannot change {file}: {reason}; nothing was written"),
    CHECKIN_CANCELLED("check-in cancelled; nothing was written"),
    CHECKIN_NOT_CONFIRMED("check-in not confirmed; nothing was written"),
    CHECKIN_WRITTEN_MEANWHILE("a check-in on {date} is already written; nothing was written. devplan checkin {id} "
            + "--amend --note TEXT changes it"),

    // ---- what a command did: one line, then the file
    DONE_IN_FILE("{done} in {file}"),
    RECORDED_CHECKIN("Recorded check-in {date} for {id}"),
    AMENDED_CHECKIN("Amended check-in {date} for {id}"),
    RECORDED_ACHIEVEMENT("Recorded achievement for {id}"),
    RECORDED_ASSESSMENT("Recorded {by} assessment of {date} for {id}"),
    CELEBRATED("Celebrated '{title}' on {date} for {id}"),
    MARKED_DONE("Marked {ref} done on {date} for {id}"),
    RECORDED_FEEDBACK("Recorded feedback {feedback} for {id}"),
    ADDED_GOAL("Added goal {goal} to {id}"),
    MOVED_DUE("Moved {ref} from {from} to {to} (moved {n} times) for {id}"),
    GOAL_STATUS_SET("Goal {goal} is {status} (was {was}) for {id}"),
    ADDED_SUPPORT("Added support {support} ({status} {date}) for {id}"),
    SUPPORT_STATUS_SET("Support {support} {status} on {date} for {id}"),
    WRITTEN_NOT_COMMITTED("{file} was written, but not committed: {reason}. The change is in the file"),
    WRITTEN_NOT_COMMITTED_IN_TREE("{file} was written, but not committed: {reason}. The change is in the file; commit "
            + "it yourself: git commit {file}"),
    WARNING("warning: {warning}"),
    NOTE("note: {note}"),
    CREATED_REPOSITORY("Created a plan repository in {folder}: {files}"),
    NEXT_NEW_PLAN("Next: devplan new ID --name 'Full Name' --manager MANAGER"),
    GIT_ALREADY_SET_UP("git is already set up for plans in {folder}; nothing changed"),
    GIT_SET_UP("Set up git for plans in {folder}: {files}"),
    COMMIT_GIT_FILES("Commit .gitattributes and .gitignore, so every clone merges plans as data."),
    CREATED_PLAN("Created {file}"),
    CREATED_PLAN_IN_TEAM("Created {file} (the folder of team '{team}')"),
    MANAGER_NOT_A_PLAN("warning: manager '{manager}' is no plan in this repository; create it with devplan new "
            + "{manager} --name NAME, or write the manager's full name"),
    SAVED("Saved {file}"),
    NO_CHANGES("No changes; {file} is unchanged"),
    SENT_LOG_UNREADABLE("{file}: cannot read what was mailed before ({reason}); every reminder counts as new"),
    NO_ADDRESS("no address for {name}: add email: to their plan's employee, or them to devplan.yaml's people with an "
            + "email:"),
    NO_ADDRESS_ID("no address for {name} ({id}): add email: to their plan's employee, or them to devplan.yaml's people "
            + "with an email:"),
    MAILED("mailed {to}: {subject}"),
    MAIL_FAILED("{reason}; nothing more was sent, and what was not delivered will be sent again on the next run"),
    SENT_LOG_UNWRITABLE("{file}: cannot remember what was mailed ({reason}); the same reminders will be mailed again "
            + "on the next run"),
    TRAINING_FAILED("training run failed: {run} (exit {exit})"),
    NO_COMPLETION_SCRIPTS("this build has no completion scripts: build devplan with Maven (mvn -B package), which "
            + "writes them");

    private final String text;

    CliText(String text) {
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
        return "cli." + Phrase.super.key();
    }
}
