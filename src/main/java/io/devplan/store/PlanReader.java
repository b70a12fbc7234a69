package io.devplan.store;

import io.devplan.domain.Achievement;
import io.devplan.domain.Action;
import io.devplan.domain.Assessment;
import io.devplan.domain.Assessor;
import io.devplan.domain.CheckIn;
import io.devplan.domain.Employee;
import io.devplan.domain.EmployeeId;
import io.devplan.domain.Feedback;
import io.devplan.domain.FeedbackKind;
import io.devplan.domain.FeedbackSource;
import io.devplan.domain.Goal;
import io.devplan.domain.GoalStatus;
import io.devplan.domain.Milestone;
import io.devplan.domain.Plan;
import io.devplan.domain.Said;
import io.devplan.domain.Rescheduling;
import io.devplan.domain.SourceMap;
import io.devplan.domain.Support;
import io.devplan.domain.SupportKind;
import io.devplan.domain.SupportStatus;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a plan file into a {@link Plan}, reporting every problem of the file at once.
 * The plan is null when any problem was found: a half-read plan would give wrong answers.
 */
public final class PlanReader {
    /** What a check-in's {@code private} is, for the message when a plan writes it as a flag. */
    private static final Said EMPLOYEE_NAMED = ReadingText.named("'employee'");

    // The keys of each mapping: the format table's (FormatTable), which the manual and schema follow.
    public static final Set<String> TOP = FormatTable.PLAN.keys();
    public static final Set<String> EMPLOYEE = FormatTable.EMPLOYEE.keys();
    public static final Set<String> FEEDBACK = FormatTable.FEEDBACK.keys();
    public static final Set<String> GOAL = FormatTable.GOAL.keys();
    public static final Set<String> MILESTONE = FormatTable.MILESTONE.keys();
    public static final Set<String> ACTION = FormatTable.ACTION.keys();
    public static final Set<String> SUPPORT = FormatTable.SUPPORT.keys();
    public static final Set<String> RESCHEDULED = FormatTable.RESCHEDULING.keys();
    public static final Set<String> CHECKIN = FormatTable.CHECKIN.keys();
    public static final Set<String> ACHIEVEMENT = FormatTable.ACHIEVEMENT.keys();
    public static final Set<String> ASSESSMENT = FormatTable.ASSESSMENT.keys();

    private final Fields.Context cx;

    private PlanReader(Fields.Context cx) {
        this.cx = cx;
    }

    /**
     * @param shownFile the file as messages name it
     * @param relativeFile the file relative to the repository root, as the plan records it
     * @param expectedId the file name without {@code .yaml}, which the employee id must equal
     */
    public static ReadResult<Plan> read(String shownFile, String relativeFile, String expectedId, String text,
                                        List<Problem> problems) {
        return read(shownFile, relativeFile, expectedId, text, problems, true);
    }

    /**
     * @param fullSourceMap keep the position of every value (for validation), or only those of
     *     the items and the employee, which is enough to cite a file and line
     */
    public static ReadResult<Plan> read(String shownFile, String relativeFile, String expectedId, String text,
                                        List<Problem> problems, boolean fullSourceMap) {
        int before = problems.size();
        Fields.Context cx = new Fields.Context(shownFile, problems, fullSourceMap);
        YNode root = YamlTree.parse(shownFile, text, problems);
        if (root == null) {
            if (problems.size() == before) {
                problems.add(new Problem(shownFile, 1, 1, ReadingText.PLAN_EMPTY.with("example",
                        "{id: " + expectedId + ", name: ...}")));
            }
            return new ReadResult<>(null, List.copyOf(problems.subList(before, problems.size())));
        }
        Plan plan = new PlanReader(cx).plan(root, relativeFile, expectedId);
        boolean clean = problems.size() == before;
        List<Problem> found = problems.subList(before, problems.size());
        found.sort(Problem.BY_PLACE);
        return new ReadResult<>(clean ? plan : null, List.copyOf(found));
    }

    private Plan plan(YNode root, String relativeFile, String expectedId) {
        Fields f = Fields.of(cx, root, "", Said.of(ReadingText.A_PLAN), TOP);
        if (f == null) {
            return null;
        }
        Employee employee = employee(f, expectedId);
        List<Feedback> feedback = f.list("feedback", each(this::feedback, ReadingText.A_FEEDBACK_ENTRY, FEEDBACK));
        List<Goal> goals = f.list("goals", each(this::goal, ReadingText.A_GOAL, GOAL));
        List<CheckIn> checkins = f.list("checkins", each(this::checkIn, ReadingText.A_CHECKIN, CHECKIN));
        List<Achievement> achievements = f.list("achievements", each(this::achievement, ReadingText.AN_ACHIEVEMENT, ACHIEVEMENT));
        List<Assessment> assessments = f.list("assessments", each(this::assessment, ReadingText.AN_ASSESSMENT, ASSESSMENT));
        unique(feedback, Feedback::id, fb -> fb.pos(), ReadingText.DUPLICATE_FEEDBACK_ID, null);
        unique(goals, Goal::id, g -> g.pos(), ReadingText.DUPLICATE_GOAL_ID, null);
        for (Goal g : goals) {
            List<Object> items = new java.util.ArrayList<>(g.milestones());
            items.addAll(g.actions());
            unique(items, o -> o instanceof Milestone m ? m.id() : ((Action) o).id(),
                    o -> o instanceof Milestone m ? m.pos() : ((Action) o).pos(), ReadingText.DUPLICATE_ITEM_ID, g.id());
            unique(g.support(), Support::id, Support::pos, ReadingText.DUPLICATE_SUPPORT_ID, g.id());
        }
        if (employee == null) {
            return null;
        }
        return new Plan(relativeFile, employee, feedback, goals, checkins, achievements, assessments,
                new SourceMap(cx.positions));
    }

    private <T> Function<YNode, Function<String, T>> each(Reader<T> reader, ReadingText what, Set<String> keys) {
        return node -> path -> {
            Fields f = Fields.of(cx, node, path, Said.of(what), keys);
            return f == null ? null : reader.read(f);
        };
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(Fields f);
    }

    private Employee employee(Fields top, String expectedId) {
        YNode node = top.node("employee");
        if (node == null) {
            cx.problem(top.start(), Said.of(ReadingText.NEEDS_EMPLOYEE));
            return null;
        }
        Fields f = Fields.of(cx, node, "employee", EMPLOYEE_NAMED, EMPLOYEE);
        if (f == null) {
            return null;
        }
        String id = f.employeeId("id", EMPLOYEE_NAMED);
        if (id != null && expectedId != null && !id.equals(expectedId) && EmployeeId.isValid(id)) {
            cx.problem(f.pos("id"), ReadingText.ID_DIFFERS_FROM_FILE.with("id", id, "file", expectedId));
        }
        return new Employee(id, f.requiredText("name", EMPLOYEE_NAMED), f.text("role"), f.text("team"),
                f.text("manager"), f.text("email"), f.date("since"), f.cadence("cadence"), f.text("track"),
                f.text("level"), f.language("language"));
    }

    private Feedback feedback(Fields f) {
        return new Feedback(f.itemId("id", Said.of(ReadingText.A_FEEDBACK_ENTRY), "feedback id"), f.date("date"), f.text("from"),
                f.enumValue("source", FeedbackSource.class), f.enumValue("kind", FeedbackKind.class),
                f.text("text"), f.bool("private"), f.start());
    }

    private Goal goal(Fields f) {
        GoalStatus status = f.enumValue("status", GoalStatus.class);
        return new Goal(f.itemId("id", Said.of(ReadingText.A_GOAL), "goal id"), f.requiredText("title", Said.of(ReadingText.A_GOAL)),
                status != null ? status : GoalStatus.ACTIVE,
                f.date("start"), f.date("due"), f.date("done"), rescheduled(f), f.text("measure"),
                f.number("baseline"), f.number("target"), f.number("current"), f.text("unit"), f.text("relevant"),
                f.textList("addresses"), f.textList("aligns"), f.textList("competencies"),
                f.list("milestones", each(this::milestone, ReadingText.A_MILESTONE, MILESTONE)),
                f.list("actions", each(this::action, ReadingText.AN_ACTION, ACTION)),
                f.list("support", each(this::support, ReadingText.A_SUPPORT_ENTRY, SUPPORT)),
                f.text("status-reason"), f.start());
    }

    private Milestone milestone(Fields f) {
        return new Milestone(f.itemId("id", Said.of(ReadingText.A_MILESTONE), "milestone id"), f.requiredText("title", Said.of(ReadingText.A_MILESTONE)),
                f.date("due"), f.date("done"), rescheduled(f), f.start());
    }

    private Action action(Fields f) {
        return new Action(f.itemId("id", Said.of(ReadingText.AN_ACTION), "action id"), f.requiredText("title", Said.of(ReadingText.AN_ACTION)), f.text("owner"),
                f.date("due"), f.date("done"), rescheduled(f), f.start());
    }

    private List<Rescheduling> rescheduled(Fields f) {
        return f.list("rescheduled", each(this::rescheduling, ReadingText.A_RESCHEDULING, RESCHEDULED));
    }

    private Rescheduling rescheduling(Fields f) {
        if (!f.has("date") || !f.has("from")) {
            cx.problem(f.start(), Said.of(ReadingText.RESCHEDULING_NEEDS_DATES));
        }
        return new Rescheduling(f.date("date"), f.date("from"), f.text("reason"), f.start());
    }

    private Support support(Fields f) {
        Map<SupportStatus, LocalDate> dates = new EnumMap<>(SupportStatus.class);
        for (SupportStatus s : SupportStatus.values()) {
            LocalDate d = f.date(s.yamlName());
            if (d != null) {
                dates.put(s, d);
            }
        }
        return new Support(f.itemId("id", Said.of(ReadingText.A_SUPPORT_ENTRY), "support id"), f.enumValue("kind", SupportKind.class),
                f.requiredText("title", Said.of(ReadingText.A_SUPPORT_ENTRY)), f.number("cost"), f.text("currency"),
                f.enumValue("status", SupportStatus.class), dates, f.text("note"), f.start());
    }

    private CheckIn checkIn(Fields f) {
        if (!f.has("date")) {
            cx.problem(f.start(), Said.of(ReadingText.CHECKIN_NEEDS_DATE));
        }
        return new CheckIn(f.date("date"), f.text("with"), f.text("notes"), f.numberMap("progress"),
                f.integer(FormatTable.CHECKIN.field("wellbeing").orElseThrow()), f.text("blockers"), f.textNotFlag("private", Said.of(ReadingText.PRIVATE_IS_TEXT)), f.date("next"), f.start());
    }

    private Achievement achievement(Fields f) {
        return new Achievement(f.date("date"), f.requiredText("title", Said.of(ReadingText.AN_ACHIEVEMENT)), f.text("goal"),
                f.date("celebrated"), f.start());
    }

    private Assessment assessment(Fields f) {
        if (!f.has("date")) {
            cx.problem(f.start(), Said.of(ReadingText.ASSESSMENT_NEEDS_DATE));
        }
        return new Assessment(f.date("date"), f.enumValue("by", Assessor.class), f.integerMap(FormatTable.ASSESSMENT.field("levels").orElseThrow()),
                f.start());
    }

    private <T> void unique(List<T> items, Function<T, String> id, Function<T, io.devplan.domain.Position> pos,
                            ReadingText duplicate, String goal) {
        Map<String, T> seen = new HashMap<>();
        for (T item : items) {
            String key = id.apply(item);
            if (key == null) {
                continue;
            }
            T first = seen.putIfAbsent(key, item);
            if (first != null) {
                int line = pos.apply(first).line();
                cx.problem(pos.apply(item), goal == null ? duplicate.with("id", key, "line", line)
                        : duplicate.with("goal", goal, "id", key, "line", line));
            }
        }
    }
}
