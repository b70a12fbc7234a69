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
    static final String PRIVATE_NOTE = "'private' is the manager-only note, a text; write the note itself or leave the key out";

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
                problems.add(new Problem(shownFile, 1, 1, "the plan is empty; it needs at least employee: {id: "
                        + expectedId + ", name: ...}"));
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
        Fields f = Fields.of(cx, root, "", "a plan", TOP);
        if (f == null) {
            return null;
        }
        Employee employee = employee(f, expectedId);
        List<Feedback> feedback = f.list("feedback", each(this::feedback, "a feedback entry", FEEDBACK));
        List<Goal> goals = f.list("goals", each(this::goal, "a goal", GOAL));
        List<CheckIn> checkins = f.list("checkins", each(this::checkIn, "a check-in", CHECKIN));
        List<Achievement> achievements = f.list("achievements", each(this::achievement, "an achievement", ACHIEVEMENT));
        List<Assessment> assessments = f.list("assessments", each(this::assessment, "an assessment", ASSESSMENT));
        unique(feedback, Feedback::id, fb -> fb.pos(), "feedback id");
        unique(goals, Goal::id, g -> g.pos(), "goal id");
        for (Goal g : goals) {
            List<Object> items = new java.util.ArrayList<>(g.milestones());
            items.addAll(g.actions());
            unique(items, o -> o instanceof Milestone m ? m.id() : ((Action) o).id(),
                    o -> o instanceof Milestone m ? m.pos() : ((Action) o).pos(), "milestone or action id in goal '" + g.id() + "'");
            unique(g.support(), Support::id, Support::pos, "support id in goal '" + g.id() + "'");
        }
        if (employee == null) {
            return null;
        }
        return new Plan(relativeFile, employee, feedback, goals, checkins, achievements, assessments,
                new SourceMap(cx.positions));
    }

    private <T> Function<YNode, Function<String, T>> each(Reader<T> reader, String what, Set<String> keys) {
        return node -> path -> {
            Fields f = Fields.of(cx, node, path, what, keys);
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
            cx.problem(top.start(), "the plan needs 'employee' with at least 'id' and 'name'");
            return null;
        }
        Fields f = Fields.of(cx, node, "employee", "'employee'", EMPLOYEE);
        if (f == null) {
            return null;
        }
        String id = f.employeeId("id", "'employee'");
        if (id != null && expectedId != null && !id.equals(expectedId) && EmployeeId.isValid(id)) {
            cx.problem(f.pos("id"), "employee id '" + id + "' differs from the file name '" + expectedId
                    + ".yaml'; rename the file or change the id");
        }
        return new Employee(id, f.requiredText("name", "'employee'"), f.text("role"), f.text("team"),
                f.text("manager"), f.text("email"), f.date("since"), f.cadence("cadence"), f.text("track"),
                f.text("level"), f.language("language"));
    }

    private Feedback feedback(Fields f) {
        return new Feedback(f.itemId("id", "a feedback entry", "feedback id"), f.date("date"), f.text("from"),
                f.enumValue("source", FeedbackSource.class), f.enumValue("kind", FeedbackKind.class),
                f.text("text"), f.bool("private"), f.start());
    }

    private Goal goal(Fields f) {
        GoalStatus status = f.enumValue("status", GoalStatus.class);
        return new Goal(f.itemId("id", "a goal", "goal id"), f.requiredText("title", "a goal"),
                status != null ? status : GoalStatus.ACTIVE,
                f.date("start"), f.date("due"), f.date("done"), rescheduled(f), f.text("measure"),
                f.number("baseline"), f.number("target"), f.number("current"), f.text("unit"), f.text("relevant"),
                f.textList("addresses"), f.textList("aligns"), f.textList("competencies"),
                f.list("milestones", each(this::milestone, "a milestone", MILESTONE)),
                f.list("actions", each(this::action, "an action", ACTION)),
                f.list("support", each(this::support, "a support entry", SUPPORT)),
                f.text("status-reason"), f.start());
    }

    private Milestone milestone(Fields f) {
        return new Milestone(f.itemId("id", "a milestone", "milestone id"), f.requiredText("title", "a milestone"),
                f.date("due"), f.date("done"), rescheduled(f), f.start());
    }

    private Action action(Fields f) {
        return new Action(f.itemId("id", "an action", "action id"), f.requiredText("title", "an action"), f.text("owner"),
                f.date("due"), f.date("done"), rescheduled(f), f.start());
    }

    private List<Rescheduling> rescheduled(Fields f) {
        return f.list("rescheduled", each(this::rescheduling, "a rescheduling", RESCHEDULED));
    }

    private Rescheduling rescheduling(Fields f) {
        if (!f.has("date") || !f.has("from")) {
            cx.problem(f.start(), "a rescheduling needs 'date' (when it was moved) and 'from' (the earlier due date)");
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
        return new Support(f.itemId("id", "a support entry", "support id"), f.enumValue("kind", SupportKind.class),
                f.requiredText("title", "a support entry"), f.number("cost"), f.text("currency"),
                f.enumValue("status", SupportStatus.class), dates, f.text("note"), f.start());
    }

    private CheckIn checkIn(Fields f) {
        if (!f.has("date")) {
            cx.problem(f.start(), "a check-in needs 'date'");
        }
        return new CheckIn(f.date("date"), f.text("with"), f.text("notes"), f.numberMap("progress"),
                f.integer(FormatTable.CHECKIN.field("wellbeing").orElseThrow()), f.text("blockers"), f.textNotFlag("private", PRIVATE_NOTE), f.date("next"), f.start());
    }

    private Achievement achievement(Fields f) {
        return new Achievement(f.date("date"), f.requiredText("title", "an achievement"), f.text("goal"),
                f.date("celebrated"), f.start());
    }

    private Assessment assessment(Fields f) {
        if (!f.has("date")) {
            cx.problem(f.start(), "an assessment needs 'date'");
        }
        return new Assessment(f.date("date"), f.enumValue("by", Assessor.class), f.integerMap(FormatTable.ASSESSMENT.field("levels").orElseThrow()),
                f.start());
    }

    private <T> void unique(List<T> items, Function<T, String> id, Function<T, io.devplan.domain.Position> pos,
                            String what) {
        Map<String, T> seen = new HashMap<>();
        for (T item : items) {
            String key = id.apply(item);
            if (key == null) {
                continue;
            }
            T first = seen.putIfAbsent(key, item);
            if (first != null) {
                cx.problem(pos.apply(item), "duplicate " + what + " '" + key + "' (first at line "
                        + pos.apply(first).line() + "); ids must be unique");
            }
        }
    }
}
