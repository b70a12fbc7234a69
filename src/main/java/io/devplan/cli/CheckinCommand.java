package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.domain.RefusalText;

import io.devplan.domain.EmployeeId;
import io.devplan.domain.CheckIn;
import io.devplan.domain.DueState;
import io.devplan.domain.ItemRef;
import io.devplan.domain.Plan;
import io.devplan.domain.PlanView;
import io.devplan.domain.Goal;
import io.devplan.domain.Position;
import io.devplan.domain.ProgressValue;
import io.devplan.domain.RecordDates;
import io.devplan.domain.RelativeDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "checkin", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Record a check-in: a follow-up meeting on the plan.",
        description = "On a terminal without options it walks through each active goal: progress, items done, "
                + "a new date for each overdue item (with its reason, as reschedule keeps it), a note per goal, general notes, blockers, wellbeing, a private note and the next date, then "
                + "asks to confirm (Ctrl-C writes nothing; Ctrl-D ends the notes, at any other question it writes "
                + "nothing). With options, or without a terminal, it never asks; without either it refuses "
                + "(nothing to record). A meeting date after tomorrow or before the plan began, a next date "
                + "not after the meeting, and a second check-in on one date are refused; --amend changes the "
                + "last check-in instead. The check-in is appended to 'checkins', each --progress also sets the goal's "
                + "'current', and each --done sets the item's 'done' date; nothing else in the file changes.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan checkin alice-andersen",
            "  devplan checkin alice-andersen --note 'Retro went well.' --progress design-reviews=6 \\",
            "      --done design-reviews/retro --wellbeing 4 --next +1m",
            "  devplan checkin alice-andersen --note 'Short one.' --dry-run",
            "  devplan checkin alice-andersen --amend --wellbeing 3 --progress design-reviews=5",
            "  devplan checkin alice-andersen --note 'Fine.' --private - < private-note.txt",
        })
final class CheckinCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WriteOptions write;

    @Parameters(index = "0", paramLabel = "ID", description = "Employee id.")
    EmployeeId id;

    @Option(names = "--date", paramLabel = "DATE", converter = DateConverter.class,
            description = "Date of the meeting (default: today).")
    LocalDate date;

    @Option(names = "--with", paramLabel = "WHO", description = "Who held it (default: the employee's manager).")
    String with;

    @Option(names = "--note", paramLabel = "TEXT",
            description = "Notes; repeat for more lines (written as a block text).")
    List<String> notes = new ArrayList<>();

    @Option(names = "--progress", paramLabel = "GOAL=VALUE",
            description = "The goal's value agreed at the meeting; also sets the goal's 'current'. Repeatable.")
    Map<String, BigDecimal> progress = new LinkedHashMap<>();

    @Option(names = "--done", paramLabel = "GOAL[/ITEM]",
            description = "Mark a milestone or action done on the meeting's date (a goal alone: status done). Repeatable.")
    List<String> done = new ArrayList<>();

    @Option(names = "--wellbeing", paramLabel = "1-5", description = "How the employee is doing, 1 to 5.")
    Integer wellbeing;

    @Option(names = "--blockers", paramLabel = "TEXT", description = "What stands in the way.")
    String blockers;

    @Option(names = "--private", paramLabel = "TEXT",
            description = "Manager-only note, never in employee reports. '-' reads it from standard input (on a "
                    + "terminal: asks without showing it), so it stays out of ps and the shell's history.")
    String privateNote;

    @Option(names = "--next", paramLabel = "DATE",
            description = "Next check-in: YYYY-MM-DD, or +2w, +1m, +10d from the meeting (default: one cadence later).")
    String next;

    @Option(names = "--amend",
            description = "Change the last check-in instead of adding one: each option given replaces what it "
                    + "recorded (--progress sets that goal's value, keeping the others).")
    boolean amend;

    @Override
    public Integer call() {
        if (wellbeing != null && (wellbeing < 1 || wellbeing > 5)) {
            throw new UsageException(Said.of(CliText.WELLBEING_RANGE, "value", wellbeing));
        }
        boolean nothing = notes.isEmpty() && progress.isEmpty() && done.isEmpty() && wellbeing == null
                && blockers == null && privateNote == null && next == null;
        if (amend && nothing && with == null) {
            throw new UsageException(Said.of(CliText.NOTHING_TO_CHANGE));
        }
        // Without a terminal (| tee, a script, cron) an empty check-in would be written and look held.
        boolean interactive = nothing && !amend && Terminals.interactive();
        if (nothing && !amend && !interactive) {
            throw new UsageException(Said.of(CliText.NOTHING_TO_RECORD));
        }
        String privateText = PrivateNote.read(privateNote);
        return PlanChange.apply(spec, id, write, (repo, today, before) -> {
            Plan plan = before.plan();
            CheckIn last = amend ? plan.lastCheckIn().orElseThrow(() -> new UsageException(
                    Said.of(CliText.AMEND_NOTHING, "id", plan.id())))
                    : null;
            if (amend && date != null && !date.equals(last.date())) {
                throw new UsageException(Said.of(CliText.AMEND_OTHER_DATE, "last", last.date(), "date", date));
            }
            LocalDate day = amend ? last.date() : date != null ? date : today;
            if (!amend) {
                RecordDates.meeting(plan, day, today).ifPresent(why -> {
                    throw new UsageException(why);
                });
            }
            PlanView view = PlanView.of(plan, repo.config(), day, DueState.DEFAULT_SOON_DAYS);
            if (interactive) {
                return CheckinPrompt.run(spec, plan, view, before.text(), Session.of(spec).words(repo));
            }
            if (!amend && plan.checkins().stream().anyMatch(c -> c.date().equals(day))) {
                throw new UsageException(Said.of(CliText.CHECKIN_TWICE, "id", plan.id(), "date", day));
            }
            progress.forEach((g, value) -> {
                Goal goal = ItemRefs.goal(plan, g);
                ProgressValue.refusalSaid(goal).ifPresent(why -> {
                    throw new UsageException(why);
                });
                ProgressValue.farOutside(goal, value).ifPresent(
                        warning -> spec.commandLine().getErr().println("devplan: "
                                + Session.of(spec).words(repo).text(Said.of(CliText.WARNING, "warning", warning))));
            });
            List<ItemRef> refs = done.stream().map(d -> ItemRefs.item(plan, d)).toList();
            for (ItemRef r : refs) {
                RecordDates.doneRefusal(plan, r, day, today).ifPresent(why -> {
                    throw new UsageException(why);
                });
            }
            LocalDate nextDate = next == null ? (amend ? null : view.cadence().after(day))
                    : RelativeDate.parse(next, day).orElseThrow(() -> new UsageException(
                            Said.of(CliText.NEXT_NOT_A_DATE, "value", next)));
            if (nextDate != null) {
                RecordDates.next(day, nextDate).ifPresent(why -> {
                    throw new UsageException(why);
                });
            }
            String text = notes.isEmpty() ? null : notes.size() == 1 ? notes.get(0) : String.join("\n", notes) + "\n";
            if (amend) {
                CheckIn changes = new CheckIn(day, with, text, progress, wellbeing, blockers, privateText, nextDate,
                        Position.NONE);
                return CheckinEdit.amend(plan, before.text(), last, changes, refs);
            }
            CheckIn c = new CheckIn(day, with != null ? with : plan.employee().manager(), text, progress, wellbeing,
                    blockers, privateText, nextDate, Position.NONE);
            return CheckinEdit.of(plan, before.text(), c, refs);
        });
    }
}
