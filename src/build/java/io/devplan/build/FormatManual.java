package io.devplan.build;

import io.devplan.domain.Bounds;
import io.devplan.domain.EmployeeId;
import io.devplan.domain.validate.Example;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Rules;
import io.devplan.store.FormatTable;
import java.util.List;

/**
 * devplan-format(5): every field of devplan.yaml and of a plan, with what it means. Each section
 * names the reader's key set it documents, and a test checks that the two hold the same keys, so
 * the manual cannot fall behind the reader.
 */
final class FormatManual {
    private FormatManual() {}

    /** The mappings of the format, each key with its description: the format table's. */
    static List<FormatTable.Section> sections() {
        return FormatTable.all();
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
        for (FormatTable.Section s : sections()) {
            b.append(".SH ").append(Troff.text(s.title().toUpperCase(java.util.Locale.ROOT))).append('\n');
            b.append("In ").append(Troff.bold(s.where())).append(":\n");
            for (FormatTable.Field f : s.fields()) {
                String text = f.required() && !f.description().startsWith("Required") ? "Required. " + f.description()
                        : f.description();
                b.append(".TP\n").append(Troff.bold(f.key())).append('\n').append(Troff.text(text)).append('\n');
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
                    .append(Troff.text(rule.summary().english())).append("\n.PP\n").append(Troff.text(rule.description()))
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
