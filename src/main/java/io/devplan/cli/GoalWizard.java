package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.render.Msg;
import io.devplan.render.Words;

import io.devplan.domain.Feedback;
import io.devplan.domain.FeedbackKind;
import io.devplan.domain.Goal;
import io.devplan.domain.IdFromTitle;
import io.devplan.domain.ItemId;
import io.devplan.domain.Milestone;
import io.devplan.domain.Plan;
import io.devplan.domain.Position;
import io.devplan.domain.RelativeDate;
import io.devplan.domain.RepoConfig;
import io.devplan.domain.Support;
import io.devplan.domain.SupportKind;
import io.devplan.domain.SupportStatus;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Finding;
import io.devplan.render.Text;
import io.devplan.domain.DidYouMean;
import io.devplan.store.WriteRefusedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The SMART goal wizard of {@code goal add} on a terminal: asks for the specific outcome, its
 * id, the measure, the support needed, the feedback or priority it answers, the dates and the
 * milestones; then shows validate's findings on the plan as it would be, a summary, and asks to
 * write. 'e' goes through the questions again with the answers as defaults. JLine is referenced
 * only from prompt classes, so runs that ask nothing never load it. Ctrl-C or Ctrl-D at any
 * question ends the wizard without writing.
 */
final class GoalWizard {
    /** The answer that clears a default. */
    private static final String CLEAR = "-";
    private static final String DATES = "YYYY-MM-DD, +6w, +3m";

    /**
     * What the wizard works with besides the terminal.
     *
     * @param today the default start, and what relative start dates count from
     * @param dryRun whether confirming prints the diff instead of writing
     * @param check validate's findings on the plan with the goal added
     * @param words the reader's language, for the findings' messages
     */
    record Setting(Plan plan, RepoConfig config, LocalDate today, boolean dryRun, Function<Goal, List<Finding>> check,
                   Words words) {}

    /** One completion choice: the id, its group in the list, and a description. */
    private record Choice(String id, String group, String description) {}

    private final LineReader reader;
    private final PrintWriter out;
    private final Setting setting;
    private final Plan plan;
    private final Words w;
    /** Columns to wrap findings at: the terminal's, or a width that reads well when it says none. */
    private final int width;
    private List<Choice> choices = List.of();

    private GoalWizard(Terminal terminal, Setting setting) {
        this.setting = setting;
        this.plan = setting.plan();
        this.w = setting.words();
        this.out = terminal.writer();
        this.width = terminal.getWidth() >= 40 ? terminal.getWidth() : Terminals.DEFAULT_WIDTH;
        this.reader = LineReaderBuilder.builder().terminal(terminal)
                .completer((r, line, found) -> {
                    // Lists are comma-separated: complete the id after the last comma of the word.
                    String word = line.word().substring(0, line.wordCursor());
                    String before = word.substring(0, word.lastIndexOf(',') + 1);
                    int order = 0;
                    for (Choice c : choices) {
                        found.add(new Candidate(before + c.id(), c.id(), c.group(), c.description(), null, null,
                                true, order++));
                    }
                })
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true).build();
    }

    /** Asks on the process's terminal; {@code defaults} holds what options already said. */
    static Goal run(Setting setting, Goal defaults) {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            return run(terminal, setting, defaults);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Goal run(Terminal terminal, Setting setting, Goal defaults) {
        try {
            return new GoalWizard(terminal, setting).ask(defaults);
        } catch (UserInterruptException | EndOfFileException e) {
            terminal.writer().println();
            terminal.writer().flush();
            throw new WriteRefusedException(Said.of(Msg.WIZ_CANCELLED));
        }
    }

    private Goal ask(Goal defaults) {
        out.println(w.text(Msg.WIZ_INTRO, "name", Text.fit(plan.employee().name(), 60), "clear", CLEAR));
        Goal d = defaults;
        while (true) {
            Goal g = questions(d);
            findings(setting.check().apply(g));
            summary(g);
            String answer = reader.readLine(w.text(setting.dryRun() ? Msg.WIZ_CONFIRM_DIFF : Msg.WIZ_CONFIRM) + " ")
                    .strip().toLowerCase(Locale.ROOT);
            if (startsWithLetter(answer, "y", Msg.YES_LETTER)) {
                return g;
            }
            if (!startsWithLetter(answer, "e", Msg.EDIT_LETTER)) {
                throw new WriteRefusedException(Said.of(Msg.WIZ_NOT_CONFIRMED));
            }
            d = g;
        }
    }

    /** An answer that starts with the English letter, which always counts, or the reader's language's. */
    private boolean startsWithLetter(String answer, String english, Msg letter) {
        return answer.startsWith(english) || !answer.isEmpty() && answer.startsWith(w.text(letter));
    }

    private Goal questions(Goal d) {
        out.println();
        String title = text(w.text(Msg.Q_OUTCOME), d.title(), true);
        Set<String> goalIds = new HashSet<>();
        plan.goals().forEach(g -> goalIds.add(g.id()));
        // A derived id follows a changed title; an id the user chose stays.
        boolean derived = d.id() == null || (d.title() != null && d.id().equals(goalId(d.title(), goalIds)));
        String id = id(w.text(Msg.Q_GOAL_ID), derived ? goalId(title, goalIds) : d.id(), goalIds);
        out.println(w.text(Msg.WIZ_MEASURE));
        String measure = text("  " + w.text(Msg.Q_COUNTED), d.measure(), false);
        // Nothing counted: baseline, target and unit would have nothing to count (milestones measure it).
        boolean counted = measure != null || d.baseline() != null || d.target() != null || d.unit() != null;
        BigDecimal baseline = counted ? number("  " + w.text(Msg.Q_BASELINE), d.baseline()) : null;
        BigDecimal target = counted ? number("  " + w.text(Msg.Q_TARGET), d.target()) : null;
        String unit = counted ? text("  " + w.text(Msg.Q_UNIT), d.unit(), false) : null;
        List<Support> support = support(d.support());
        List<String> addresses = plan.feedback().isEmpty() ? d.addresses() : feedback(d.addresses());
        List<String> aligns = setting.config().priorities().isEmpty() ? d.aligns() : priorities(d.aligns());
        String relevant = d.relevant() != null || (addresses.isEmpty() && aligns.isEmpty())
                ? text(w.text(Msg.Q_WHY_IT_MATTERS), d.relevant(), false) : null;
        LocalDate start = date(w.text(Msg.Q_START), d.start() != null ? d.start() : setting.today(), setting.today(), null,
                null, true);
        LocalDate due = date(w.text(Msg.Q_DUE, "formats", DATES), d.due(), start,
                new Bound(start.plusDays(1), w.text(Msg.HINT_DUE_AFTER_START, "date", start)), null, false);
        List<Milestone> milestones = milestones(d.milestones(), start, due);
        return new Goal(id, title, d.status(), start, due, d.done(), d.rescheduled(), measure, baseline, target, d.current(), unit, relevant,
                addresses, aligns, d.competencies(), milestones, d.actions(), support, Position.NONE);
    }

    private static String goalId(String title, Set<String> taken) {
        return IdFromTitle.of(title, 4, "goal", taken);
    }

    private String id(String question, String suggested, Set<String> taken) {
        while (true) {
            String v = read(question, suggested);
            String id = v.isEmpty() ? suggested : v;
            String problem = ItemId.problem(id, "goal id");
            if (problem != null) {
                hint(question, problem);
            } else if (taken.contains(id)) {
                hint(question, w.text(Msg.HINT_GOAL_TAKEN, "id", id));
            } else {
                return id;
            }
        }
    }

    private List<Support> support(List<Support> previous) {
        List<Support> result = new ArrayList<>();
        for (Support s : previous) {
            SupportKind kind = kind(w.text(Msg.Q_SUPPORT_AGAIN, "clear", CLEAR), s.kind());
            if (kind != null) {
                result.add(supportDetails(kind, s, result));
            }
        }
        while (true) {
            SupportKind kind = kind(w.text(result.isEmpty() ? Msg.Q_SUPPORT_FIRST : Msg.Q_SUPPORT_MORE), null);
            if (kind == null) {
                return result;
            }
            result.add(supportDetails(kind, null, result));
        }
    }

    private Support supportDetails(SupportKind kind, Support previous, List<Support> others) {
        String title = text("  " + w.text(Msg.Q_SUPPORT_WHAT), previous != null ? previous.title() : null, true);
        BigDecimal cost = number("  " + w.text(Msg.Q_COST), previous != null ? previous.cost() : null);
        String currency = cost == null ? null
                : text("  " + w.text(Msg.Q_CURRENCY), previous != null && previous.currency() != null ? previous.currency() : currency(),
                false);
        Set<String> taken = new HashSet<>();
        others.forEach(s -> taken.add(s.id()));
        String id = previous != null && previous.id() != null && previous.title().equals(title) && !taken.contains(previous.id())
                ? previous.id() : IdFromTitle.of(title, 3, "support", taken);
        return new Support(id, kind, title, cost, currency,
                previous != null ? previous.status() : SupportStatus.REQUESTED,
                previous != null ? previous.dates() : java.util.Map.of(), previous != null ? previous.note() : null,
                Position.NONE);
    }

    /** The currency the plan used last, so a team's plans stay in one. */
    private String currency() {
        String last = null;
        for (Goal g : plan.goals()) {
            for (Support s : g.support()) {
                if (s.currency() != null) {
                    last = s.currency();
                }
            }
        }
        return last;
    }

    private SupportKind kind(String question, SupportKind def) {
        while (true) {
            String v = read(question, def == null ? null : def.yamlName(),
                    Arrays.stream(SupportKind.values()).map(k -> new Choice(k.yamlName(), null, null)).toList());
            if (v.isEmpty()) {
                return def;
            }
            if (v.equals(CLEAR)) {
                return null;
            }
            for (SupportKind k : SupportKind.values()) {
                if (k.yamlName().equals(v.toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
            List<String> kinds = Arrays.stream(SupportKind.values()).map(SupportKind::yamlName).toList();
            hint(question, w.text(DidYouMean.said(Msg.HINT_ONE_OF, Msg.HINT_ONE_OF_NEAR, v, kinds,
                    "choices", String.join(", ", kinds))));
        }
    }

    private List<String> feedback(List<String> def) {
        Set<String> answered = new HashSet<>();
        plan.goals().forEach(g -> answered.addAll(g.addresses()));
        List<Feedback> ordered = new ArrayList<>();
        plan.feedback().stream().filter(f -> f.kind() == FeedbackKind.IMPROVEMENT).forEach(ordered::add);
        plan.feedback().stream().filter(f -> f.kind() != FeedbackKind.IMPROVEMENT).forEach(ordered::add);
        out.println(w.text(Msg.WIZ_FEEDBACK));
        List<Choice> list = new ArrayList<>();
        for (Feedback f : ordered) {
            String kind = f.kind() == null ? w.text(Msg.WIZ_FEEDBACK_WORD) : w.name(f.kind());
            out.println(Text.fit("  " + w.text(answered.contains(f.id()) ? Msg.WIZ_FEEDBACK_ANSWERED : Msg.WIZ_FEEDBACK_LINE,
                    "id", f.id(), "kind", kind, "text", f.text()), width - 1));
            list.add(new Choice(f.id(), w.text(f.kind() == FeedbackKind.IMPROVEMENT ? Msg.WIZ_GROUP_IMPROVEMENT
                    : Msg.WIZ_GROUP_OTHER), Text.fit(f.text(), 40)));
        }
        return ids(w.text(Msg.Q_FEEDBACK), def, list, Msg.HINT_NO_FEEDBACK, Msg.HINT_NO_FEEDBACK_NEAR);
    }

    private List<String> priorities(List<String> def) {
        return ids(w.text(Msg.Q_PRIORITY), def, setting.config().priorities()
                .stream().map(p -> new Choice(p.id(), null, p.title() == null ? null : Text.fit(p.title(), 40)))
                .toList(), Msg.HINT_NO_PRIORITY, Msg.HINT_NO_PRIORITY_NEAR);
    }

    private List<String> ids(String question, List<String> def, List<Choice> offered, Msg unknown, Msg unknownNear) {
        List<String> known = offered.stream().map(Choice::id).toList();
        next:
        while (true) {
            String v = read(question, def.isEmpty() ? null : String.join(", ", def), offered);
            if (v.isEmpty()) {
                return def;
            }
            if (v.equals(CLEAR)) {
                return List.of();
            }
            Set<String> ids = new LinkedHashSet<>();
            for (String id : v.split("[\\s,]+")) {
                if (id.isEmpty()) {
                    continue;
                }
                if (!known.contains(id)) {
                    hint(question, w.text(DidYouMean.said(unknown, unknownNear, id, known, "id", id)));
                    continue next;
                }
                ids.add(id);
            }
            return List.copyOf(ids);
        }
    }

    private List<Milestone> milestones(List<Milestone> previous, LocalDate start, LocalDate due) {
        out.println(w.text(Msg.WIZ_MILESTONES));
        List<Milestone> result = new ArrayList<>();
        for (Milestone m : previous) {
            String title = text("  " + w.text(Msg.Q_MILESTONE_AGAIN, "clear", CLEAR), m.title(), false);
            if (title != null) {
                result.add(milestone(m, title, start, due, result));
            }
        }
        while (true) {
            String title = text("  " + w.text(Msg.Q_MILESTONE), null, false);
            if (title == null) {
                return result;
            }
            result.add(milestone(null, title, start, due, result));
        }
    }

    private Milestone milestone(Milestone previous, String title, LocalDate start, LocalDate due, List<Milestone> others) {
        LocalDate when = date("    " + w.text(Msg.Q_MILESTONE_DUE, "formats", DATES), previous != null ? previous.due() : null,
                start, new Bound(start, w.text(Msg.HINT_MILESTONE_BEFORE_START, "date", start)),
                due == null ? null : new Bound(due, w.text(Msg.HINT_MILESTONE_AFTER_GOAL, "date", due)), false);
        Set<String> taken = new HashSet<>();
        others.forEach(m -> taken.add(m.id()));
        String id = previous != null && previous.title().equals(title) && !taken.contains(previous.id())
                ? previous.id() : IdFromTitle.of(title, 3, "step", taken);
        return new Milestone(id, title, when, previous != null ? previous.done() : null,
                previous != null ? previous.rescheduled() : List.of(), Position.NONE);
    }

    private String text(String question, String def, boolean required) {
        while (true) {
            String v = read(question, def);
            if (v.isEmpty() && (def != null || !required)) {
                return def;
            }
            if (v.equals(CLEAR) && !required) {
                return null;
            }
            if (!v.isEmpty() && !v.equals(CLEAR)) {
                return v;
            }
            hint(question, w.text(Msg.HINT_NEEDS_ANSWER));
        }
    }

    private BigDecimal number(String question, BigDecimal def) {
        while (true) {
            String v = read(question, def == null ? null : Text.number(def));
            if (v.isEmpty()) {
                return def;
            }
            if (v.equals(CLEAR)) {
                return null;
            }
            try {
                return new BigDecimal(NumberConverter.decimalPoint(v));
            } catch (NumberFormatException e) {
                hint(question, w.text(Msg.HINT_NOT_A_NUMBER, "value", v));
            }
        }
    }

    /** The first or last date an answer may be, and what to say when it is not. */
    private record Bound(LocalDate date, String why) {}

    /** A date, relative ones counted from {@code from}, within the bounds that are given. */
    private LocalDate date(String question, LocalDate def, LocalDate from, Bound earliest, Bound latest,
                           boolean required) {
        while (true) {
            String v = read(question, def == null ? null : def.toString());
            LocalDate d;
            if (v.isEmpty() && def == null && !required) {
                return null;
            } else if (v.isEmpty() && def != null) {
                d = def;
            } else if (v.equals(CLEAR) && !required) {
                return null;
            } else {
                d = RelativeDate.parse(v, from).orElse(null);
                if (d == null) {
                    hint(question, w.text(Msg.HINT_NOT_A_DATE, "value", v, "formats", DATES));
                    continue;
                }
            }
            if (earliest != null && d.isBefore(earliest.date())) {
                hint(question, earliest.why());
            } else if (latest != null && d.isAfter(latest.date())) {
                hint(question, latest.why());
            } else {
                return d;
            }
        }
    }

    /** Says what is wrong with an answer, indented under its question. */
    private void hint(String question, String message) {
        out.println(question.substring(0, question.length() - question.stripLeading().length()) + "  " + message);
    }

    private String read(String question, String def) {
        return read(question, def, List.of());
    }

    /** Reads one answer; Tab offers {@code offered}. */
    private String read(String question, String def, List<Choice> offered) {
        choices = offered;
        return reader.readLine(question + (def == null ? "" : " [" + Text.fit(def, 50) + "]") + ": ").strip();
    }

    /** validate's findings on the goal, grouped by what they check, with the rule names. */
    private void findings(List<Finding> found) {
        out.println();
        if (found.isEmpty()) {
            out.println(w.text(Msg.WIZ_SMART_NONE));
            return;
        }
        out.println(w.count(Msg.WIZ_SMART_FINDINGS, found.size()));
        Map<Criterion, List<Finding>> by = new EnumMap<>(Criterion.class);
        found.forEach(f -> by.computeIfAbsent(f.criterion(), c -> new ArrayList<>()).add(f));
        by.forEach((c, list) -> {
            String title = w.text(criterion(c));
            out.println("  " + (c == Criterion.SCHEMA ? title : w.text(Msg.WIZ_CRITERION, "title", title, "label", c.label())));
            for (Finding f : list) {
                List<String> lines = Text.wrap(f.severity().name().toLowerCase(Locale.ROOT) + ": " + w.text(f.said())
                        + " [" + f.rule() + "]", width - 6);
                for (int i = 0; i < lines.size(); i++) {
                    out.println((i == 0 ? "    " : "      ") + lines.get(i));
                }
            }
        });
    }

    /** The word behind a SMART letter, as the reader's language says it. */
    private static Msg criterion(Criterion c) {
        return switch (c) {
            case S -> Msg.CRITERION_S;
            case M -> Msg.CRITERION_M;
            case A -> Msg.CRITERION_A;
            case R -> Msg.CRITERION_R;
            case T -> Msg.CRITERION_T;
            case SCHEMA -> Msg.CRITERION_SCHEMA;
        };
    }

    /** The summary's labels, padded to the longest in the reader's language so the values line up. */
    private static final List<Msg> SUMMARY_LABELS = List.of(Msg.WIZ_LABEL_MEASURE, Msg.WIZ_LABEL_SUPPORT,
            Msg.WIZ_LABEL_ANSWERS, Msg.WIZ_LABEL_SERVES, Msg.WIZ_LABEL_WHY, Msg.WIZ_LABEL_DATES, Msg.WIZ_LABEL_MILESTONE);

    private void summaryLine(Msg label, int width, String value) {
        out.println("  " + Text.pad(w.text(label), width) + "  " + value);
    }

    private void summary(Goal g) {
        out.println();
        out.println(w.text(Msg.WIZ_SUMMARY_GOAL, "id", g.id(), "status", w.name(g.status()), "title", g.title()));
        int labels = 0;
        for (Msg m : SUMMARY_LABELS) {
            labels = Math.max(labels, w.text(m).length());
        }
        if (g.measure() != null || g.target() != null || g.baseline() != null) {
            String value = (g.baseline() != null ? w.number(g.baseline()) : "?") + " -> "
                    + (g.target() != null ? w.number(g.target()) : "?") + (g.unit() != null ? " " + g.unit() : "");
            summaryLine(Msg.WIZ_LABEL_MEASURE, labels, (g.measure() != null ? g.measure() : "-") + ": " + value);
        }
        for (Support s : g.support()) {
            String cost = s.cost() == null ? null : w.number(s.cost()) + (s.currency() != null ? " " + s.currency() : "");
            summaryLine(Msg.WIZ_LABEL_SUPPORT, labels, cost == null
                    ? w.text(Msg.WIZ_SUPPORT, "kind", w.name(s.kind()), "title", s.title(), "status", w.name(s.status()))
                    : w.text(Msg.WIZ_SUPPORT_COST, "kind", w.name(s.kind()), "title", s.title(), "cost", cost,
                            "status", w.name(s.status())));
        }
        if (!g.addresses().isEmpty()) {
            summaryLine(Msg.WIZ_LABEL_ANSWERS, labels, String.join(", ", g.addresses()));
        }
        if (!g.aligns().isEmpty()) {
            summaryLine(Msg.WIZ_LABEL_SERVES, labels, String.join(", ", g.aligns()));
        }
        if (g.relevant() != null) {
            summaryLine(Msg.WIZ_LABEL_WHY, labels, g.relevant());
        }
        summaryLine(Msg.WIZ_LABEL_DATES, labels, w.text(Msg.WIZ_DATES, "start", g.start(), "due", g.due() != null ? g.due() : "?"));
        for (Milestone m : g.milestones()) {
            summaryLine(Msg.WIZ_LABEL_MILESTONE, labels, m.id() + "  " + m.title()
                    + (m.due() != null ? "  " + w.text(Msg.WIZ_MILESTONE_DUE, "date", m.due()) : ""));
        }
        out.flush();
    }
}
