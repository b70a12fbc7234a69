package io.devplan.cli;

import java.util.Optional;
import io.devplan.domain.Rescheduling;
import io.devplan.domain.Moves;
import io.devplan.domain.Cadence;
import io.devplan.domain.CheckIn;
import io.devplan.domain.Goal;
import io.devplan.domain.GoalView;
import io.devplan.domain.ItemRef;
import io.devplan.domain.ItemView;
import io.devplan.domain.Plan;
import io.devplan.domain.PlanView;
import io.devplan.domain.Position;
import io.devplan.domain.RelativeDate;
import io.devplan.render.doc.SafeText;
import io.devplan.store.WriteRefusedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The interactive check-in: walks through each goal in progress, then the general questions,
 * shows a summary and asks to confirm. JLine is referenced only from this class, so runs that ask
 * nothing never load it. Ctrl-C or Ctrl-D at any question ends the check-in without writing.
 */
final class CheckinPrompt {
    private final LineReader reader;
    private final PrintWriter out;
    private final Plan plan;
    private final PlanView view;
    private final LocalDate date;
    private final List<String> completions = new ArrayList<>();

    private CheckinPrompt(Terminal terminal, Plan plan, PlanView view, LocalDate date) {
        this.plan = plan;
        this.view = view;
        this.date = date;
        this.out = terminal.writer();
        // Tab offers the open items of the goal being asked about, and nothing at other questions.
        this.reader = LineReaderBuilder.builder().terminal(terminal)
                .completer((r, line, candidates) -> completions.forEach(c -> candidates.add(new Candidate(c))))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true).build();
    }

    /** @param view the plan as of the meeting date: what the walk-through shows */
    static PlanChange.Result run(CommandSpec spec, Plan plan, PlanView view, String text) {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            return run(terminal, plan, view, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PlanChange.Result run(Terminal terminal, Plan plan, PlanView view, String text) {
        try {
            return new CheckinPrompt(terminal, plan, view, view.asOf()).ask(text, view.cadence());
        } catch (UserInterruptException | EndOfFileException e) {
            terminal.writer().println();
            terminal.writer().flush();
            throw new WriteRefusedException("check-in cancelled; nothing was written");
        }
    }

    private PlanChange.Result ask(String text, Cadence cadence) {
        out.println("Check-in with " + SafeText.oneLine(plan.employee().name()) + " on " + date + " (Enter keeps a value; "
                + "Tab completes ids; Ctrl-C cancels)");
        if (plan.checkins().stream().anyMatch(c -> c.date().equals(date))) {
            String again = reader.readLine("There is already a check-in on " + date + ". Add a second one? [y/N] ")
                    .strip().toLowerCase(java.util.Locale.ROOT);
            if (!again.startsWith("y")) {
                throw new WriteRefusedException("a check-in on " + date + " is already written; nothing was written. "
                        + "devplan checkin " + plan.id() + " --amend --note TEXT changes it");
            }
        }
        Map<String, BigDecimal> progress = new LinkedHashMap<>();
        List<ItemRef> done = new ArrayList<>();
        List<CheckinEdit.Move> moves = new ArrayList<>();
        List<String> goalNotes = new ArrayList<>();
        for (GoalView g : view.active()) {
            goal(g, progress, done, moves, goalNotes);
        }
        out.println();
        String general = multiLine("Notes (empty line ends): ");
        String notes = String.join("\n", goalNotes) + (goalNotes.isEmpty() || general.isEmpty() ? "" : "\n") + general;
        String blockers = optional(reader.readLine("Blockers: "));
        Integer wellbeing = wellbeing();
        String privateNote = optional(reader.readLine("Private note (manager only): "));
        LocalDate next = nextDate(cadence.after(date));
        CheckIn c = new CheckIn(date, plan.employee().manager(), notes.isEmpty() ? null
                : notes.contains("\n") ? notes + "\n" : notes, progress, wellbeing, blockers, privateNote, next,
                Position.NONE);
        summary(c, done);
        moves.forEach(m -> out.println("  move " + m.ref() + " from " + m.move().from() + " to " + m.to() + " ("
                + SafeText.oneLine(m.move().reason()) + ")"));
        // The same default as goal add's wizard: only a yes writes.
        String answer = reader.readLine("Write this check-in? [y/N] ").strip().toLowerCase(java.util.Locale.ROOT);
        if (!answer.startsWith("y")) {
            throw new WriteRefusedException("check-in not confirmed; nothing was written");
        }
        return CheckinEdit.of(plan, text, c, done, moves);
    }

    /**
     * Each overdue milestone or action of the goal that was not just done: agree a new date now
     * (the reminder's "or agree a new date"), kept with its reason as {@code devplan reschedule} keeps it.
     */
    private void newDates(GoalView g, List<ItemRef> done, List<CheckinEdit.Move> moves) {
        for (ItemView i : g.openItems()) {
            ItemRef ref = ItemRefs.item(plan, i.id());
            if (!i.isOverdue() || done.contains(ref)) {
                continue;
            }
            while (true) {
                String v = reader.readLine("  " + i.id() + " is " + i.daysOverdue() + " days overdue; new date "
                        + "(YYYY-MM-DD, Enter leaves it): ").strip();
                if (v.isEmpty()) {
                    break;
                }
                try {
                    LocalDate to = LocalDate.parse(v);
                    Optional<String> refused = Moves.refusal(i.kind().yamlName() + " '" + i.id() + "'", i.due(), null,
                            false, to, date);
                    if (refused.isPresent()) {
                        out.println("  " + refused.get());
                        continue;
                    }
                    String why = "";
                    while (why.isEmpty()) {
                        why = reader.readLine("  why does it move? ").strip();
                    }
                    moves.add(new CheckinEdit.Move(ref, to, new Rescheduling(date, i.due(), why, Position.NONE)));
                    break;
                } catch (java.time.format.DateTimeParseException e) {
                    out.println("  a date as YYYY-MM-DD, please, or Enter to leave it");
                }
            }
        }
    }

    private void goal(GoalView view, Map<String, BigDecimal> progress, List<ItemRef> done, List<CheckinEdit.Move> moves,
                      List<String> notes) {
        Goal g = view.goal();
        out.println();
        out.println(g.id() + ": " + SafeText.oneLine(g.title()) + "  [" + view.progress() + "%"
                + (g.target() != null ? ", " + plain(g.current()) + " of " + plain(g.target())
                + (g.unit() != null ? " " + SafeText.oneLine(g.unit()) : "") : "")
                + (g.due() != null ? ", due " + g.due() : "") + "]");
        List<String> open = view.openItems().stream().map(this::item).toList();
        open.forEach(out::println);
        if (g.target() != null) {
            while (true) {
                String v = reader.readLine("  current [" + plain(g.current()) + "]: ").strip();
                try {
                    progress.put(g.id(), v.isEmpty() ? (g.current() != null ? g.current() : BigDecimal.ZERO)
                            : new NumberConverter().convert(v));
                    break;
                } catch (picocli.CommandLine.TypeConversionException e) {
                    out.println("  " + e.getMessage());
                }
            }
        }
        if (!open.isEmpty()) {
            completions.clear();
            view.openItems().forEach(i -> completions.add(i.id().substring(i.id().indexOf('/') + 1)));
            while (true) {
                String v = reader.readLine("  done (ids, Enter for none): ").strip();
                try {
                    List<ItemRef> refs = new ArrayList<>();
                    for (String id : v.isEmpty() ? new String[0] : v.split("[\\s,]+")) {
                        ItemRef ref = ItemRefs.item(plan, id.contains("/") ? id : g.id() + "/" + id);
                        if (ref.item() == null || ref.doneIn(plan).isPresent()) {
                            throw new UsageException("'" + id + "' is not an open milestone or action");
                        }
                        refs.add(ref);
                    }
                    done.addAll(refs);
                    completions.clear();
                    break;
                } catch (UsageException e) {
                    out.println("  " + e.getMessage());
                }
            }
        }
        newDates(view, done, moves);
        String note = reader.readLine("  note: ").strip();
        if (!note.isEmpty()) {
            notes.add(g.id() + ": " + note);
        }
    }

    private String item(ItemView i) {
        String when = i.due() == null ? "" : i.isOverdue() ? "  overdue " + i.daysOverdue() + " d" : "  due " + i.due();
        return "  open " + i.id() + "  " + SafeText.oneLine(i.title()) + when;
    }

    /** Lines until an empty one or Ctrl-D: Ctrl-D ends the text, as it ends input to cat, and cancels nothing. */
    private String multiLine(String prompt) {
        List<String> lines = new ArrayList<>();
        try {
            String line = reader.readLine(prompt);
            while (!line.isBlank()) {
                lines.add(line.stripTrailing());
                line = reader.readLine("> ");
            }
        } catch (EndOfFileException e) {
            out.println();
        }
        return String.join("\n", lines);
    }

    private Integer wellbeing() {
        while (true) {
            String v = reader.readLine("Wellbeing 1-5 (Enter to skip): ").strip();
            if (v.isEmpty()) {
                return null;
            }
            if (v.matches("[1-5]")) {
                return Integer.parseInt(v);
            }
            out.println("a number from 1 to 5, please");
        }
    }

    private LocalDate nextDate(LocalDate suggested) {
        while (true) {
            String v = reader.readLine("Next check-in [" + suggested + "] (date, +2w, +1m): ").strip();
            if (v.isEmpty()) {
                return suggested;
            }
            var d = RelativeDate.parse(v, date);
            if (d.isPresent()) {
                return d.get();
            }
            out.println("'" + v + "' is not a date; write 2026-07-01, +2w or +1m");
        }
    }

    private void summary(CheckIn c, List<ItemRef> done) {
        out.println();
        out.println("Check-in " + c.date() + " with " + (c.with() == null ? "-" : c.with()));
        c.progress().forEach((g, v) -> out.println("  progress " + g + " = " + plain(v)));
        done.forEach(r -> out.println("  done " + r + " on " + c.date()));
        if (c.notes() != null) {
            c.notes().lines().forEach(l -> out.println("  | " + l));
        }
        if (c.blockers() != null) {
            out.println("  blockers: " + c.blockers());
        }
        if (c.wellbeing() != null) {
            out.println("  wellbeing: " + c.wellbeing());
        }
        if (c.privateNote() != null) {
            out.println("  private: " + c.privateNote());
        }
        out.println("  next: " + c.next());
        out.flush();
    }

    private static String optional(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String plain(BigDecimal n) {
        return n == null ? "-" : n.stripTrailingZeros().toPlainString();
    }
}
