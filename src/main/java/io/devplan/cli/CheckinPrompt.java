package io.devplan.cli;

import io.devplan.render.Words;
import io.devplan.render.Msg;
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
    private final Words w;

    private CheckinPrompt(Terminal terminal, Plan plan, PlanView view, LocalDate date, Words words) {
        this.w = words;
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
    static PlanChange.Result run(CommandSpec spec, Plan plan, PlanView view, String text, Words words) {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            return run(terminal, plan, view, text, words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PlanChange.Result run(Terminal terminal, Plan plan, PlanView view, String text) {
        return run(terminal, plan, view, text, Words.english());
    }

    static PlanChange.Result run(Terminal terminal, Plan plan, PlanView view, String text, Words words) {
        try {
            return new CheckinPrompt(terminal, plan, view, view.asOf(), words).ask(text, view.cadence());
        } catch (UserInterruptException | EndOfFileException e) {
            terminal.writer().println();
            terminal.writer().flush();
            throw new WriteRefusedException(io.devplan.domain.Said.of(CliText.CHECKIN_CANCELLED));
        }
    }

    private PlanChange.Result ask(String text, Cadence cadence) {
        out.println(w.text(Msg.ASK_INTRO, "name", SafeText.oneLine(plan.employee().name()), "date", date));
        if (plan.checkins().stream().anyMatch(c -> c.date().equals(date))) {
            if (!yes(reader.readLine(w.text(Msg.ASK_SECOND, "date", date) + " "))) {
                throw new WriteRefusedException(io.devplan.domain.Said.of(CliText.CHECKIN_WRITTEN_MEANWHILE,
                        "date", date, "id", plan.id()));
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
        String general = multiLine(w.text(Msg.ASK_NOTES) + " ");
        String notes = String.join("\n", goalNotes) + (goalNotes.isEmpty() || general.isEmpty() ? "" : "\n") + general;
        String blockers = optional(reader.readLine(w.text(Msg.ASK_BLOCKERS) + " "));
        Integer wellbeing = wellbeing();
        String privateNote = optional(reader.readLine(w.text(Msg.ASK_PRIVATE) + " "));
        LocalDate next = nextDate(cadence.after(date));
        CheckIn c = new CheckIn(date, plan.employee().manager(), notes.isEmpty() ? null
                : notes.contains("\n") ? notes + "\n" : notes, progress, wellbeing, blockers, privateNote, next,
                Position.NONE);
        summary(c, done);
        moves.forEach(m -> out.println("  " + w.text(Msg.SUM_MOVE, "item", m.ref(), "from", m.move().from(), "to", m.to(),
                "reason", SafeText.oneLine(m.move().reason()))));
        // The same default as goal add's wizard: only a yes writes.
        if (!yes(reader.readLine(w.text(Msg.ASK_CONFIRM) + " "))) {
            throw new WriteRefusedException(io.devplan.domain.Said.of(CliText.CHECKIN_NOT_CONFIRMED));
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
                String v = reader.readLine("  " + w.count(Msg.ASK_NEW_DATE, i.daysOverdue(), "item", i.id()) + " ").strip();
                if (v.isEmpty()) {
                    break;
                }
                try {
                    LocalDate to = LocalDate.parse(v);
                    Optional<io.devplan.domain.Said> refused = Moves.refusal(i.kind(), i.id(), i.due(), null,
                            false, to, date);
                    if (refused.isPresent()) {
                        out.println("  " + w.text(refused.get()));
                        continue;
                    }
                    String why = "";
                    while (why.isEmpty()) {
                        why = reader.readLine("  " + w.text(Msg.ASK_WHY) + " ").strip();
                    }
                    moves.add(new CheckinEdit.Move(ref, to, new Rescheduling(date, i.due(), why, Position.NONE)));
                    break;
                } catch (java.time.format.DateTimeParseException e) {
                    out.println("  " + w.text(Msg.ASK_DATE_PLEASE));
                }
            }
        }
    }

    private void goal(GoalView view, Map<String, BigDecimal> progress, List<ItemRef> done, List<CheckinEdit.Move> moves,
                      List<String> notes) {
        Goal g = view.goal();
        out.println();
        out.println(g.id() + ": " + SafeText.oneLine(g.title()) + "  [" + view.progress() + "%"
                + (g.target() != null ? ", " + w.text(Msg.ASK_VALUE, "current", plain(g.current()), "target", plain(g.target()))
                + (g.unit() != null ? " " + SafeText.oneLine(g.unit()) : "") : "")
                + (g.due() != null ? ", " + w.text(Msg.DUE_ON, "date", g.due()).replace('\u00a0', ' ') : "") + "]");
        List<String> open = view.openItems().stream().map(this::item).toList();
        open.forEach(out::println);
        if (g.target() != null) {
            while (true) {
                String v = reader.readLine("  " + w.text(Msg.ASK_CURRENT, "value", plain(g.current())) + " ").strip();
                try {
                    progress.put(g.id(), v.isEmpty() ? (g.current() != null ? g.current() : BigDecimal.ZERO)
                            : new NumberConverter().convert(v));
                    break;
                } catch (ConversionProblem e) {
                    out.println("  " + w.text(e.said()));
                } catch (picocli.CommandLine.TypeConversionException e) {
                    out.println("  " + e.getMessage());
                }
            }
        }
        if (!open.isEmpty()) {
            completions.clear();
            view.openItems().forEach(i -> completions.add(i.id().substring(i.id().indexOf('/') + 1)));
            while (true) {
                String v = reader.readLine("  " + w.text(Msg.ASK_DONE) + " ").strip();
                try {
                    List<ItemRef> refs = new ArrayList<>();
                    for (String id : v.isEmpty() ? new String[0] : v.split("[\\s,]+")) {
                        ItemRef ref = ItemRefs.item(plan, id.contains("/") ? id : g.id() + "/" + id);
                        if (ref.item() == null || ref.doneIn(plan).isPresent()) {
                            throw new UsageException(io.devplan.domain.Said.of(CliText.NOT_OPEN_ITEM, "id", id));
                        }
                        refs.add(ref);
                    }
                    done.addAll(refs);
                    completions.clear();
                    break;
                } catch (UsageException e) {
                    out.println("  " + w.text(e.said()));
                }
            }
        }
        newDates(view, done, moves);
        String note = reader.readLine("  " + w.text(Msg.ASK_NOTE) + " ").strip();
        if (!note.isEmpty()) {
            notes.add(g.id() + ": " + note);
        }
    }

    private String item(ItemView i) {
        String when = i.due() == null ? "" : "  " + (i.isOverdue() ? w.text(Msg.ASK_OVERDUE_DAYS, "n", i.daysOverdue())
                : w.text(Msg.DUE_ON, "date", i.due()).replace('\u00a0', ' '));
        return "  " + w.text(Msg.ASK_OPEN, "item", i.id(), "title", SafeText.oneLine(i.title())) + when;
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
            String v = reader.readLine(w.text(Msg.ASK_WELLBEING) + " ").strip();
            if (v.isEmpty()) {
                return null;
            }
            if (v.matches("[1-5]")) {
                return Integer.parseInt(v);
            }
            out.println(w.text(Msg.ASK_WELLBEING_PLEASE));
        }
    }

    private LocalDate nextDate(LocalDate suggested) {
        while (true) {
            String v = reader.readLine(w.text(Msg.ASK_NEXT, "date", suggested) + " ").strip();
            if (v.isEmpty()) {
                return suggested;
            }
            var d = RelativeDate.parse(v, date);
            if (d.isPresent()) {
                return d.get();
            }
            out.println(w.text(Msg.ASK_NEXT_PLEASE, "value", v));
        }
    }

    private void summary(CheckIn c, List<ItemRef> done) {
        out.println();
        out.println(w.text(Msg.SUM_TITLE, "date", c.date(), "with", c.with() == null ? "-" : c.with()));
        c.progress().forEach((g, v) -> out.println("  " + w.text(Msg.SUM_PROGRESS, "goal", g, "value", plain(v))));
        done.forEach(r -> out.println("  " + w.text(Msg.SUM_DONE, "item", r, "date", c.date())));
        if (c.notes() != null) {
            c.notes().lines().forEach(l -> out.println("  | " + l));
        }
        if (c.blockers() != null) {
            out.println("  " + w.text(Msg.BLOCKERS, "text", c.blockers()));
        }
        if (c.wellbeing() != null) {
            out.println("  " + w.text(Msg.SUM_WELLBEING, "value", c.wellbeing()));
        }
        if (c.privateNote() != null) {
            out.println("  " + w.text(Msg.PRIVATE_NOTE, "text", c.privateNote()));
        }
        out.println("  " + w.text(Msg.SUM_NEXT, "date", c.next()));
        out.flush();
    }

    /** A yes in the reader's language ("j" in Swedish, Danish and Dutch); the English "y" always counts. */
    private boolean yes(String answer) {
        String a = answer.strip().toLowerCase(java.util.Locale.ROOT);
        return a.startsWith("y") || !a.isEmpty() && a.startsWith(w.text(Msg.YES_LETTER));
    }

    private static String optional(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String plain(BigDecimal n) {
        return n == null ? "-" : n.stripTrailingZeros().toPlainString();
    }
}
