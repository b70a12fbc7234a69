package io.devplan.build;

import io.devplan.domain.Bounds;
import io.devplan.domain.EmployeeId;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Rules;
import io.devplan.store.ConfigReader;
import io.devplan.store.PlanReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * devplan-format(5): every field of devplan.yaml and of a plan, with what it means. Each section
 * names the reader's key set it documents, and a test checks that the two hold the same keys, so
 * the manual cannot fall behind the reader.
 */
final class FormatManual {
    private FormatManual() {}

    /** A mapping of the format: where it is, the reader's keys, and each key's description. */
    record Section(String title, String where, Set<String> readerKeys, Map<String, String> fields) {}

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static List<Section> sections() {
        return List.of(
                new Section("Repository settings", "devplan.yaml", ConfigReader.TOP, fields(
                        "organization", "Name of the organisation, shown in reports.",
                        "cadence", "Default follow-up cadence of every plan (see CADENCE). Default: monthly.",
                        "timezone", "Time zone whose date is \"today\", such as Europe/Copenhagen. Default: the system's.",
                        "language", "The repository's default language for people: en, sv, da or nl. validate reads numeric dates such as 3/4/2026 day first in sv, da and nl; in English only where the order is unambiguous. Default: en.",
                        "priorities", "Organisational priorities goals align to: a list of {id, title}.",
                        "competencies", "The competency framework: a list of {id, title}.",
                        "tracks", "Career tracks: a mapping from track name to a list of levels, junior first.",
                        "rules", "Settings of devplan validate: max-active-goals and disable.",
                        "file-mode", "Octal permissions of files devplan creates, quoted, such as \"0640\". Default: \"0600\".",
                        "git", "git settings: commit: true makes writing commands commit the changed plan.",
                        "report", "Report settings: behind-points is how many points a goal may trail its expected progress before it is behind (default 25).")),
                new Section("Priorities and competencies", "devplan.yaml priorities[] and competencies[]",
                        ConfigReader.NAMED, fields(
                        "id", "Identifier that goals refer to in aligns or competencies.",
                        "title", "Readable name.")),
                new Section("Track levels", "devplan.yaml tracks.NAME[]", ConfigReader.LEVEL, fields(
                        "level", "Name of the level, such as L3; employee.level refers to it.",
                        "title", "Readable name, such as Senior Engineer.",
                        "expects", "Competency levels the level expects: {communication: 3, system-design: 2}.")),
                new Section("Validate rules", "devplan.yaml rules", ConfigReader.RULES, fields(
                        "max-active-goals", "How many active or at-risk goals one person may have. Default: 5.",
                        "disable", "Rule names switched off for the whole repository: [rule-name, ...].")),
                new Section("git", "devplan.yaml git", ConfigReader.GIT, fields(
                        "commit", "true: writing commands commit the plan they changed (nothing is pushed).")),
                new Section("Report", "devplan.yaml report", ConfigReader.REPORT, fields(
                        "behind-points", "Points a goal may trail its expected progress before it counts as behind (0 to 100).")),
                new Section("Plan", "plans/ID.yaml", PlanReader.TOP, fields(
                        "employee", "Who the plan is for (required).",
                        "feedback", "What was said, before it becomes goals: a list.",
                        "goals", "SMART goals: a list.",
                        "checkins", "Follow-up meetings, oldest first: a list.",
                        "achievements", "What to recognise and celebrate: a list.",
                        "assessments", "Competency levels over time: a list.")),
                new Section("Employee", "employee", PlanReader.EMPLOYEE, fields(
                        "id", "Required. Equals the file name without .yaml; an id as described above: a name, never a path.",
                        "name", "Required. Full name.",
                        "role", "Role or job title.",
                        "team", "Team; report --team and overdue --team select by it.",
                        "manager", "Id of another plan, or a plain name.",
                        "email", "E-mail address.",
                        "since", "Start of the plan (a date); the first check-in is due one cadence later.",
                        "cadence", "Follow-up cadence of this plan (see CADENCE); default: the repository's.",
                        "track", "A career track from devplan.yaml.",
                        "level", "The employee's level on the track.")),
                new Section("Feedback", "feedback[]", PlanReader.FEEDBACK, fields(
                        "id", "Unique within the plan; goals refer to it in addresses.",
                        "date", "When it was given.",
                        "from", "Who gave it: a plan id or a name.",
                        "source", "review, one-on-one, peer, self, upward, customer or 360.",
                        "kind", "strength, improvement or recognition.",
                        "text", "What was said.",
                        "private", "true: manager-only; never in an employee-audience report. Default: false.")),
                new Section("Goals", "goals[]", PlanReader.GOAL, fields(
                        "id", "Unique within the plan.",
                        "title", "Required. The specific outcome, in words.",
                        "status", "draft, active (default), at-risk, paused, done or dropped. Dropped goals count in no total.",
                        "start", "When work on the goal starts (a date).",
                        "due", "When it is due (a date). A goal is overdue after it unless done or dropped.",
                        "done", "When it was done (a date), with status: done. As of an earlier date the goal was still open.",
                        "rescheduled", "Due dates moved: a list of {date: when it was moved, from: the earlier due date, reason: why}; the previous date is kept, so reports say how often and how far it moved, and a report as of an earlier date uses the date it had then.",
                        "measure", "What is measured, in words.",
                        "baseline", "The value at the start (a number; default 0).",
                        "target", "The value to reach (a number). A target below the baseline means \"reduce to\".",
                        "current", "The latest value; check-ins record its history.",
                        "unit", "Unit of the numbers, such as days or %.",
                        "relevant", "Why the goal matters, in words.",
                        "addresses", "Feedback ids this goal answers: [fb-id, ...].",
                        "aligns", "Priority ids from devplan.yaml: [priority, ...].",
                        "competencies", "Competency ids from devplan.yaml: [competency, ...].",
                        "milestones", "Dated steps of the goal: a list.",
                        "actions", "Concrete steps with an owner: a list.",
                        "support", "Resources allocated: a list.")),
                new Section("Milestones", "goals[].milestones[]", PlanReader.MILESTONE, fields(
                        "id", "Unique within the goal (together with its actions); addressed as GOAL/ID.",
                        "title", "Required. What the step delivers.",
                        "due", "When it is due (a date).",
                        "done", "When it was done (a date); absent or null while open.",
                        "rescheduled", "Due dates moved, as for goals.")),
                new Section("Actions", "goals[].actions[]", PlanReader.ACTION, fields(
                        "id", "Unique within the goal (together with its milestones); addressed as GOAL/ID.",
                        "title", "Required. What to do.",
                        "owner", "Who does it: the employee, the manager, anyone (a plan id or a name).",
                        "due", "When it is due (a date).",
                        "done", "When it was done (a date); absent or null while open.",
                        "rescheduled", "Due dates moved, as for goals.")),
                new Section("Support", "goals[].support[]", PlanReader.SUPPORT, fields(
                        "id", "Unique within the goal.",
                        "kind", "training, coaching, mentoring, time, budget, tool or other.",
                        "title", "Required. What is provided.",
                        "cost", "Cost (a number).",
                        "currency", "Currency of the cost, such as EUR, DKK or SEK.",
                        "status", "requested (default), approved, provided or declined.",
                        "requested", "When it was requested (a date); before it, the support does not exist yet.",
                        "approved", "When it was approved (a date).",
                        "provided", "When it was provided (a date).",
                        "declined", "When it was declined (a date). As of a date before the one of its status, support has the status it had then.",
                        "note", "What was said about the latest decision.")),
                new Section("Check-ins", "checkins[]", PlanReader.CHECKIN, fields(
                        "date", "Required. When the meeting was held.",
                        "with", "Who held it with the employee.",
                        "notes", "What was discussed; block text (|) keeps its lines.",
                        "progress", "Goal id to the value of current agreed at this check-in: {goal: 3}.",
                        "wellbeing", "1 to 5, optional.",
                        "blockers", "What stands in the way.",
                        "private", "Manager-only note, a text; never in an employee-audience report. private: true is an error, "
                                + "not a note.",
                        "next", "Agreed date of the next check-in.")),
                new Section("Achievements", "achievements[]", PlanReader.ACHIEVEMENT, fields(
                        "date", "When it happened.",
                        "title", "Required. What was achieved.",
                        "goal", "The goal it belongs to, if any.",
                        "celebrated", "When it was recognised (a date); absent until it has been.")),
                new Section("Assessments", "assessments[]", PlanReader.ASSESSMENT, fields(
                        "date", "Required. When the assessment was made.",
                        "by", "self, manager or peer.",
                        "levels", "Competency id to level: {communication: 2, system-design: 3}.")));
    }

    static String page(String version) {
        StringBuilder b = new StringBuilder();
        b.append(".TH DEVPLAN\\-FORMAT 5 \"\" \"").append(version).append("\" \"").append(ManPages.MANUAL).append("\"\n");
        b.append(".SH NAME\ndevplan\\-format \\- the plan repository format of devplan\n");
        b.append(".SH SYNOPSIS\n.nf\ndevplan.yaml            repository settings; its folder is the root\n"
                + "plans/ID.yaml           one plan per employee (sub\\-folders allowed)\n.fi\n");
        b.append(".SH DESCRIPTION\n").append(Troff.text(
                "Plans are YAML files written by people and reviewed in git. Every key below is optional unless "
                        + "it says required. Keys that begin with x- are the user's own extensions at any level: "
                        + "devplan accepts, keeps and ignores them; any other unknown key is an error. Dates are "
                        + "calendar dates written YYYY-MM-DD, read in the repository's time zone. Texts are read as "
                        + "written: name: no is the text \"no\", not a boolean. Anchors, aliases and tags are not "
                        + "allowed. Every value has bounds a person never reaches and a hostile file would, each an "
                        + "error at the value: " + Bounds.NUMBER_RULE + "; " + Bounds.CADENCE_RULE + "; an id "
                        + "(of an employee, goal, milestone, action, support entry, feedback, priority or "
                        + "competency) is 1 to " + EmployeeId.MAX_LENGTH + " lower-case letters, digits, '.', '_' and "
                        + "'-', starting with a letter or digit, without '..' (an employee id is also no Windows "
                        + "device name such as con or nul); " + Bounds.TEXT_RULE + ".")).append('\n');
        for (Section s : sections()) {
            b.append(".SH ").append(Troff.text(s.title().toUpperCase(java.util.Locale.ROOT))).append('\n');
            b.append("In ").append(Troff.bold(s.where())).append(":\n");
            for (Map.Entry<String, String> f : s.fields().entrySet()) {
                b.append(".TP\n").append(Troff.bold(f.getKey())).append('\n').append(Troff.text(f.getValue())).append('\n');
            }
        }
        b.append(".SH CADENCE\n").append(Troff.text("weekly, biweekly, monthly, quarterly, semiannual, annual, or an "
                + "ISO-8601 period such as P3W or P1M15D. Months are calendar months: January 31 plus one month is "
                + "the last day of February.")).append('\n');
        b.append(".SH MEANING\n");
        for (String rule : MEANING) {
            b.append(".PP\n").append(Troff.text(rule)).append('\n');
        }
        b.append(".SH MERGING\n").append(Troff.text("Two branches that change the same plan merge as data through "
                + "devplan's git merge driver (devplan merge-driver, set up in each clone by devplan init --git): "
                + "entries are matched by id (feedback, goals, milestones, actions, support) or by date and content "
                + "(check-ins, achievements, assessments, and any other list of dated entries); what both sides "
                + "added is kept, dated entries in date order; a change on one side is taken; a goal's current "
                + "follows the latest check-in. Only a value changed two different ways is a conflict, marked "
                + "around that value alone. A file with conflict markers is refused by every command (unresolved "
                + "merge conflict at line N) until a person keeps one side and removes the marker lines.")).append('\n');
        b.append(".SH EXAMPLE\n.nf\n").append(Troff.text(EXAMPLE)).append(".fi\n");
        rules(b);
        b.append(".SH SEE ALSO\n\\fBdevplan\\fR(1), \\fBdevplan\\-validate\\fR(1), \\fBdevplan\\-merge\\-driver\\fR(1)\n");
        return b.toString();
    }

    /** The rules of devplan validate, from its registry, each with a bad and a good example. */
    private static void rules(StringBuilder b) {
        b.append(".SH VALIDATION RULES\n").append(Troff.text("devplan validate checks every plan against these "
                + "rules. The criterion is the SMART letter a rule checks (S specific, M measurable, A achievable, "
                + "R relevant, T time-bound) or schema for the format. Switch a rule off for the repository with "
                + "rules: {disable: [NAME]} in devplan.yaml, or for one goal with a comment "
                + "# devplan: ignore NAME on its line.")).append('\n');
        for (Rule rule : Rules.ALL) {
            b.append(".SS ").append(Troff.text(rule.name())).append('\n');
            b.append(Troff.italic(rule.criterion().label() + ", " + rule.severity().label())).append(". ")
                    .append(Troff.text(rule.summary())).append("\n.PP\n").append(Troff.text(rule.description()))
                    .append('\n');
            Example e = rule.example();
            if (e != null && !e.bad().isBlank()) {
                b.append(".PP\nFlagged:\n.RS 4\n.nf\n").append(Troff.text(e.bad().stripTrailing()))
                        .append("\n.fi\n.RE\n");
            }
            if (e != null && !e.good().isBlank()) {
                b.append(".PP\nBetter:\n.RS 4\n.nf\n").append(Troff.text(e.good().stripTrailing()))
                        .append("\n.fi\n.RE\n");
            }
        }
    }

    static final List<String> MEANING = List.of(
            "Progress of a goal: done is 100%. With a numeric target, (current - baseline) / (target - baseline), "
                    + "baseline 0 when absent, clamped to 0..100%, also when the target is below the baseline. "
                    + "Otherwise the share of done milestones; otherwise 0%.",
            "Overdue as of a date D: a milestone or action whose due date is before D, that is not done, in a goal "
                    + "that is neither done nor dropped; a goal whose due date is before D and that is neither done "
                    + "nor dropped. Days overdue = D - due.",
            "Next check-in: the latest check-in's next when given, otherwise its date plus the cadence; with no "
                    + "check-in yet, employee.since plus the cadence; without since, none is due. It is overdue "
                    + "when that date is before D.",
            "Due soon: not overdue and due within a window after D (7 days unless a command says otherwise).");

    static final String EXAMPLE = """
            employee:
              id: alice-andersen
              name: Alice Andersen
              manager: bob-berg
              since: 2025-09-01
            feedback:
              - id: fb-late-designs
                date: 2026-03-04
                source: review
                kind: improvement
                text: Design documents arrive after implementation has started.
            goals:
              - id: design-reviews
                title: Hold a design review before implementation of every payments change
                start: 2026-03-15
                due: 2026-09-30
                baseline: 0
                target: 4
                current: 1
                unit: reviews
                addresses: [fb-late-designs]
                milestones:
                  - id: template
                    title: Draft a design-review template
                    due: 2026-04-15
                    done: 2026-04-12
            checkins:
              - date: 2026-04-20
                with: bob-berg
                progress: {design-reviews: 1}
                next: 2026-05-20
            """;
}
