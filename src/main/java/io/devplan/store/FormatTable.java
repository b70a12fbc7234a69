package io.devplan.store;

import io.devplan.domain.Assessor;
import io.devplan.domain.FeedbackKind;
import io.devplan.domain.FeedbackSource;
import io.devplan.domain.GoalStatus;
import io.devplan.domain.MailSecurity;
import io.devplan.domain.SupportKind;
import io.devplan.domain.SupportStatus;
import io.devplan.domain.YamlName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The plan format described once: every mapping of devplan.yaml and of a plan, each with its keys
 * in the order devplan writes them, the kind of value each holds and what it means. The readers
 * take their key sets from here, the editor its key order, the format manual its text; the JSON
 * Schema and the parse cache are checked against it by tests, which name what a new field still
 * needs. Adding a field starts here.
 */
public final class FormatTable {
    private FormatTable() {}

    /** What a key holds. */
    public enum Kind {
        TEXT, DATE, NUMBER, INTEGER, BOOLEAN, ID, ENUM, CADENCE, ZONE, LANGUAGE, FILE_MODE, ID_LIST, RULE_NAMES,
        NUMBER_MAP, INTEGER_MAP, MAPPING, LIST, TRACKS
    }

    /**
     * One key.
     *
     * @param values the values of an {@link Kind#ENUM}, as written; empty otherwise
     * @param section the mapping a {@link Kind#LIST} holds a list of, or a {@link Kind#MAPPING} holds; else null
     * @param min the least value of an {@link Kind#INTEGER} (or of an {@link Kind#INTEGER_MAP}'s values)
     * @param max the greatest
     */
    public record Field(String key, Kind kind, boolean required, List<String> values, String section, int min, int max,
                        String description) {
        Field(String key, Kind kind, boolean required, List<String> values, String section, String description) {
            this(key, kind, required, values, section, 0, 0, description);
        }

        /** This integer field, from {@code min} to {@code max}. */
        Field range(int min, int max) {
            return new Field(key, kind, required, values, section, min, max, description);
        }
    }

    /**
     * One mapping of the format.
     *
     * @param name how the code names it ("goal")
     * @param title the heading of its part of the manual ("Goals")
     * @param where where it is in a file ("goals[]")
     * @param what how a message names one ("a goal")
     * @param summary what one is, in a sentence ("A SMART goal.")
     */
    public record Section(String name, String title, String where, String what, String summary, List<Field> fields) {
        public Section {
            fields = List.copyOf(fields);
        }

        /** The keys, in the order devplan writes them. */
        public List<String> order() {
            return fields.stream().map(Field::key).toList();
        }

        /** The keys the reader accepts (besides the user's own x- keys). */
        public Set<String> keys() {
            return new LinkedHashSet<>(order());
        }

        public Optional<Field> field(String key) {
            return fields.stream().filter(f -> f.key().equals(key)).findFirst();
        }
    }

    private static Field f(String key, Kind kind, String description) {
        return new Field(key, kind, false, List.of(), null, description);
    }

    private static Field required(String key, Kind kind, String description) {
        return new Field(key, kind, true, List.of(), null, description);
    }

    private static <E extends Enum<E> & YamlName> Field choice(String key, Class<E> type, String description) {
        return new Field(key, Kind.ENUM, false, Arrays.stream(type.getEnumConstants()).map(YamlName::yamlName).toList(),
                null, description);
    }

    private static Field list(String key, String section, String description) {
        return new Field(key, Kind.LIST, false, List.of(), section, description);
    }

    private static Field mapping(String key, String section, String description) {
        return new Field(key, Kind.MAPPING, false, List.of(), section, description);
    }

    private static final String RESCHEDULED = "Due dates moved: a list of {date: when it was moved, from: the earlier "
            + "due date, reason: why}; the previous date is kept, so reports say how often and how far it moved, and "
            + "a report as of an earlier date uses the date it had then.";

    // ---- devplan.yaml

    public static final Section CONFIG = new Section("config", "Repository settings", "devplan.yaml", "devplan.yaml",
            "Repository settings; every key is optional and an empty file is valid.", List.of(
                    f("organization", Kind.TEXT, "Name of the organisation, shown in reports."),
                    f("cadence", Kind.CADENCE, "Default follow-up cadence of every plan (see CADENCE). Default: monthly."),
                    f("timezone", Kind.ZONE, "Time zone whose date is \"today\", such as Europe/Copenhagen. Default: the "
                            + "system's."),
                    f("language", Kind.LANGUAGE, "The repository's default language for people: en, sv, da or nl. "
                            + "validate reads numeric dates such as 3/4/2026 day first in sv, da and nl; in English only "
                            + "where the order is unambiguous. Default: en."),
                    list("priorities", "named", "Organisational priorities goals align to: a list of {id, title}."),
                    list("competencies", "named", "The competency framework: a list of {id, title}."),
                    new Field("tracks", Kind.TRACKS, false, List.of(), "level", "Career tracks: a mapping from track "
                            + "name to a list of levels, junior first."),
                    mapping("rules", "rules", "Settings of devplan validate: max-active-goals and disable."),
                    f("file-mode", Kind.FILE_MODE, "Octal permissions of files devplan creates, quoted, such as "
                            + "\"0640\". Default: \"0600\"."),
                    mapping("git", "git", "git settings: commit: true makes writing commands commit the changed plan."),
                    mapping("report", "report", "Report settings: behind-points is how many points a goal may trail "
                            + "its expected progress before it is behind (default 25)."),
                    list("people", "person", "People who have no plan but get reminders (managers, HR, mentors, "
                            + "action owners): a list of {id, name, email, language}."),
                    mapping("mail", "mail", "How remind --send delivers: host, port, security, from, user. The "
                            + "password comes from the environment (DEVPLAN_SMTP_PASSWORD), never from a file in git."),
                    mapping("remind", "remind", "Reminder settings: repeat-days is how often at most the same "
                            + "reminder is mailed to the same person (default 7)."),
                    mapping("terms", "terms", "The organisation's own words: conversation is what it calls the "
                            + "development conversation (MUS, utvecklingssamtal, functioneringsgesprek), used in "
                            + "every sentence that mentions it.")));

    public static final Section NAMED = new Section("named", "Priorities and competencies",
            "devplan.yaml priorities[] and competencies[]", "a priority or competency", "A priority or competency: an id and a title.", List.of(
                    required("id", Kind.ID, "Identifier that goals refer to in aligns or competencies."),
                    f("title", Kind.TEXT, "Readable name.")));

    public static final Section LEVEL = new Section("level", "Track levels", "devplan.yaml tracks.NAME[]",
            "a track level", "A level of a career track.", List.of(
                    required("level", Kind.TEXT, "Name of the level, such as L3; employee.level refers to it."),
                    f("title", Kind.TEXT, "Readable name, such as Senior Engineer."),
                    f("expects", Kind.INTEGER_MAP, "Competency levels the level expects: {communication: 3, "
                            + "system-design: 2}.").range(0, 10)));

    public static final Section RULES = new Section("rules", "Validate rules", "devplan.yaml rules", "'rules'",
            "Settings of devplan validate.", List.of(
                    f("max-active-goals", Kind.INTEGER, "How many active or at-risk goals one person may have. "
                            + "Default: 5.").range(1, 1000),
                    f("disable", Kind.RULE_NAMES, "Rule names switched off for the whole repository: [rule-name, ...].")));

    public static final Section GIT = new Section("git", "git", "devplan.yaml git", "'git'", "git settings.", List.of(
            f("commit", Kind.BOOLEAN, "true: writing commands commit the plan they changed (nothing is pushed).")));

    public static final Section REPORT = new Section("report", "Report", "devplan.yaml report", "'report'", "Report settings.", List.of(
            f("behind-points", Kind.INTEGER, "Points a goal may trail its expected progress before it counts as "
                    + "behind (0 to 100).").range(0, 100)));

    public static final Section PERSON = new Section("person", "People", "devplan.yaml people[]", "a person",
            "Someone who has no plan but gets reminders.", List.of(
                    required("id", Kind.ID, "What plans write in manager: or owner:."),
                    f("name", Kind.TEXT, "Full name."),
                    f("email", Kind.TEXT, "Where remind --send mails their reminders."),
                    f("language", Kind.LANGUAGE, "The language they read: en, sv, da or nl. Default: the "
                            + "repository's.")));

    public static final Section MAIL = new Section("mail", "Mail", "devplan.yaml mail", "'mail'",
            "How remind --send delivers reminders over SMTP.", List.of(
                    f("host", Kind.TEXT, "The SMTP server, such as smtp.example.com."),
                    f("port", Kind.INTEGER, "Its port. Default: 587 for starttls, 465 for tls, 25 for none.")
                            .range(1, 65535),
                    choice("security", MailSecurity.class, "starttls (default), tls or none."),
                    f("from", Kind.TEXT, "The sender, such as \"Acme HR <hr@example.com>\"."),
                    f("user", Kind.TEXT, "The login name; without it devplan sends without logging in. The "
                            + "password is read from DEVPLAN_SMTP_PASSWORD.")));

    public static final Section REMIND = new Section("remind", "Remind", "devplan.yaml remind", "'remind'",
            "Reminder settings.", List.of(
                    f("repeat-days", Kind.INTEGER, "The same reminder is mailed to the same person at most this "
                            + "often, in days (1 to 365; default 7). --force mails it all the same.").range(1, 365)));

    public static final Section TERMS = new Section("terms", "Terms", "devplan.yaml terms", "'terms'",
            "The organisation's own words.", List.of(
                    f("conversation", Kind.TEXT, "What the organisation calls its development conversation, such as "
                            + "MUS. Default: the language's usual word (performance review, utvecklingssamtal, "
                            + "medarbejderudviklingssamtale, ontwikkelgesprek).")));

    // ---- plans/ID.yaml

    public static final Section PLAN = new Section("plan", "Plan", "plans/ID.yaml", "a plan", "One employee's development plan.", List.of(
            new Field("employee", Kind.MAPPING, true, List.of(), "employee", "Who the plan is for (required)."),
            list("feedback", "feedback", "What was said, before it becomes goals: a list."),
            list("goals", "goal", "SMART goals: a list."),
            list("checkins", "checkin", "Follow-up meetings, oldest first: a list."),
            list("achievements", "achievement", "What to recognise and celebrate: a list."),
            list("assessments", "assessment", "Competency levels over time: a list.")));

    public static final Section EMPLOYEE = new Section("employee", "Employee", "employee", "'employee'", "Who the plan is for.", List.of(
            required("id", Kind.ID, "Required. Equals the file name without .yaml; an id as described above: a name, "
                    + "never a path."),
            required("name", Kind.TEXT, "Required. Full name."),
            f("role", Kind.TEXT, "Role or job title."),
            f("team", Kind.TEXT, "Team; report --team and overdue --team select by it."),
            f("manager", Kind.TEXT, "Id of another plan, or a plain name."),
            f("email", Kind.TEXT, "E-mail address."),
            f("since", Kind.DATE, "Start of the plan (a date); the first check-in is due one cadence later."),
            f("cadence", Kind.CADENCE, "Follow-up cadence of this plan (see CADENCE); default: the repository's."),
            f("track", Kind.TEXT, "A career track from devplan.yaml."),
            f("level", Kind.TEXT, "The employee's level on the track."),
            f("language", Kind.LANGUAGE, "The language the employee reads: en, sv, da or nl. Reports for the "
                    + "employee (--audience employee) and the reminders mailed to them are written in it. Default: "
                    + "the repository's.")));

    public static final Section FEEDBACK = new Section("feedback", "Feedback", "feedback[]", "a feedback entry", "A piece of feedback.", List.of(
            required("id", Kind.ID, "Unique within the plan; goals refer to it in addresses."),
            f("date", Kind.DATE, "When it was given."),
            f("from", Kind.TEXT, "Who gave it: a plan id or a name."),
            choice("source", FeedbackSource.class, "review, one-on-one, peer, self, upward, customer or 360."),
            choice("kind", FeedbackKind.class, "strength, improvement or recognition."),
            f("text", Kind.TEXT, "What was said."),
            f("private", Kind.BOOLEAN, "true: manager-only; never in an employee-audience report. Default: false.")));

    public static final Section GOAL = new Section("goal", "Goals", "goals[]", "a goal", "A SMART goal.", List.of(
            required("id", Kind.ID, "Unique within the plan."),
            required("title", Kind.TEXT, "Required. The specific outcome, in words."),
            choice("status", GoalStatus.class, "draft, active (default), at-risk, paused, done or dropped. Dropped "
                    + "goals count in no total."),
            f("status-reason", Kind.TEXT, "Why the goal has its status: what put it at risk, paused or dropped it "
                    + "(devplan status writes it)."),
            f("start", Kind.DATE, "When work on the goal starts (a date)."),
            f("due", Kind.DATE, "When it is due (a date). A goal is overdue after it unless done or dropped."),
            f("done", Kind.DATE, "When it was done (a date), with status: done. As of an earlier date the goal was "
                    + "still open."),
            list("rescheduled", "rescheduling", RESCHEDULED),
            f("measure", Kind.TEXT, "What is measured, in words."),
            f("baseline", Kind.NUMBER, "The value at the start (a number; default 0)."),
            f("target", Kind.NUMBER, "The value to reach (a number). A target below the baseline means \"reduce to\"."),
            f("current", Kind.NUMBER, "The latest value; check-ins record its history."),
            f("unit", Kind.TEXT, "Unit of the numbers, such as days or %."),
            f("relevant", Kind.TEXT, "Why the goal matters, in words."),
            f("addresses", Kind.ID_LIST, "Feedback ids this goal answers: [fb-id, ...]."),
            f("aligns", Kind.ID_LIST, "Priority ids from devplan.yaml: [priority, ...]."),
            f("competencies", Kind.ID_LIST, "Competency ids from devplan.yaml: [competency, ...]."),
            list("milestones", "milestone", "Dated steps of the goal: a list."),
            list("actions", "action", "Concrete steps with an owner: a list."),
            list("support", "support", "Resources allocated: a list.")));

    public static final Section MILESTONE = new Section("milestone", "Milestones", "goals[].milestones[]", "a milestone",
            "A dated step of a goal.", List.of(
                    required("id", Kind.ID, "Unique within the goal (together with its actions); addressed as GOAL/ID."),
                    required("title", Kind.TEXT, "Required. What the step delivers."),
                    f("due", Kind.DATE, "When it is due (a date)."),
                    f("done", Kind.DATE, "When it was done (a date); absent or null while open."),
                    list("rescheduled", "rescheduling", "Due dates moved, as for goals.")));

    public static final Section ACTION = new Section("action", "Actions", "goals[].actions[]", "an action", "A concrete step with an owner.", List.of(
            required("id", Kind.ID, "Unique within the goal (together with its milestones); addressed as GOAL/ID."),
            required("title", Kind.TEXT, "Required. What to do."),
            f("owner", Kind.TEXT, "Who does it: the employee, the manager, anyone (a plan id or a name)."),
            f("due", Kind.DATE, "When it is due (a date)."),
            f("done", Kind.DATE, "When it was done (a date); absent or null while open."),
            list("rescheduled", "rescheduling", "Due dates moved, as for goals.")));

    public static final Section RESCHEDULING = new Section("rescheduling", "Moved due dates",
            "goals[].rescheduled[], and in milestones and actions", "a rescheduling", "A due date moved.", List.of(
                    required("date", Kind.DATE, "Required. When the due date was moved."),
                    required("from", Kind.DATE, "Required. The due date before the move."),
                    f("reason", Kind.TEXT, "Why it was moved.")));

    public static final Section SUPPORT = new Section("support", "Support", "goals[].support[]", "a support entry",
            "A resource allocated to a goal.", List.of(
                    required("id", Kind.ID, "Unique within the goal."),
                    choice("kind", SupportKind.class, "training, coaching, mentoring, time, budget, tool or other."),
                    required("title", Kind.TEXT, "Required. What is provided."),
                    f("cost", Kind.NUMBER, "Cost (a number)."),
                    f("currency", Kind.TEXT, "Currency of the cost, such as EUR, DKK or SEK."),
                    choice("status", SupportStatus.class, "requested (default), approved, provided or declined."),
                    f("requested", Kind.DATE, "When it was requested (a date); before it, the support does not exist "
                            + "yet."),
                    f("approved", Kind.DATE, "When it was approved (a date)."),
                    f("provided", Kind.DATE, "When it was provided (a date)."),
                    f("declined", Kind.DATE, "When it was declined (a date). As of a date before the one of its "
                            + "status, support has the status it had then."),
                    f("note", Kind.TEXT, "What was said about the latest decision.")));

    public static final Section CHECKIN = new Section("checkin", "Check-ins", "checkins[]", "a check-in", "A follow-up meeting.", List.of(
            required("date", Kind.DATE, "Required. When the meeting was held."),
            f("with", Kind.TEXT, "Who held it with the employee."),
            f("notes", Kind.TEXT, "What was discussed; block text (|) keeps its lines."),
            f("progress", Kind.NUMBER_MAP, "Goal id to the value of current agreed at this check-in: {goal: 3}."),
            f("wellbeing", Kind.INTEGER, "1 to 5, optional.").range(1, 5),
            f("blockers", Kind.TEXT, "What stands in the way."),
            f("private", Kind.TEXT, "Manager-only note, a text; never in an employee-audience report. private: true "
                    + "is an error, not a note."),
            f("next", Kind.DATE, "Agreed date of the next check-in.")));

    public static final Section ACHIEVEMENT = new Section("achievement", "Achievements", "achievements[]",
            "an achievement", "Something to recognise.", List.of(
                    f("date", Kind.DATE, "When it happened."),
                    required("title", Kind.TEXT, "Required. What was achieved."),
                    f("goal", Kind.TEXT, "The goal it belongs to, if any."),
                    f("celebrated", Kind.DATE, "When it was recognised (a date); absent until it has been.")));

    public static final Section ASSESSMENT = new Section("assessment", "Assessments", "assessments[]", "an assessment",
            "Competency levels at a date.", List.of(
                    required("date", Kind.DATE, "Required. When the assessment was made."),
                    choice("by", Assessor.class, "self, manager or peer."),
                    f("levels", Kind.INTEGER_MAP, "Competency id to level: {communication: 2, system-design: 3}.").range(0, 10)));

    /** devplan.yaml's mappings, in the order of the manual. */
    public static final List<Section> CONFIG_SECTIONS = List.of(CONFIG, NAMED, LEVEL, RULES, GIT, REPORT, PERSON,
            MAIL, REMIND, TERMS);

    /** A plan's mappings, in the order of the manual. */
    public static final List<Section> PLAN_SECTIONS = List.of(PLAN, EMPLOYEE, FEEDBACK, GOAL, MILESTONE, ACTION,
            RESCHEDULING, SUPPORT, CHECKIN, ACHIEVEMENT, ASSESSMENT);

    public static List<Section> all() {
        List<Section> all = new ArrayList<>(CONFIG_SECTIONS);
        all.addAll(PLAN_SECTIONS);
        return all;
    }

    /** The section named {@code name}. */
    public static Section section(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + name));
    }
}
