package io.devplan.store;

import io.devplan.domain.Achievement;
import io.devplan.domain.Action;
import io.devplan.domain.CheckIn;
import io.devplan.domain.Feedback;
import io.devplan.domain.Goal;
import io.devplan.domain.GoalStatus;
import io.devplan.domain.Milestone;
import io.devplan.domain.Plan;
import io.devplan.domain.Support;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The edits commands make to a plan, in the plan's own terms: add a check-in, set a goal's
 * current value, mark an item done. Entries are written with their keys in the order of the
 * format manual, and new keys go after the key they follow there.
 */
public final class PlanEdit {
    // Key order: the format table's (FormatTable); an action's keys are a milestone's and its owner.
    static final List<String> TOP = FormatTable.PLAN.order();
    static final List<String> GOAL = FormatTable.GOAL.order();
    static final List<String> ITEM = FormatTable.ACTION.order();

    private final YamlEditor editor;

    public PlanEdit(String text) {
        this.editor = new YamlEditor(text);
    }

    public String text() {
        return editor.text();
    }

    public PlanEdit add(CheckIn c) {
        Map<String, YamlValue> m = new LinkedHashMap<>();
        put(m, "date", c.date());
        put(m, "with", c.with());
        put(m, "notes", c.notes());
        if (!c.progress().isEmpty()) {
            Map<String, YamlValue> progress = new LinkedHashMap<>();
            c.progress().forEach((goal, value) -> progress.put(goal, YamlValue.of(value)));
            m.put("progress", new YamlValue.Mapping(progress));
        }
        if (c.wellbeing() != null) {
            m.put("wellbeing", YamlValue.of(c.wellbeing()));
        }
        put(m, "blockers", c.blockers());
        put(m, "private", c.privateNote());
        put(m, "next", c.next());
        editor.append(List.of(), "checkins", new YamlValue.Mapping(m), TOP);
        return this;
    }

    /**
     * Changes the check-in at {@code index} of {@code plan.checkins()}: each field {@code changes}
     * gives (not null) replaces the one written, and its progress values are set goal by goal,
     * keeping the others. Its date stays.
     */
    public PlanEdit amend(Plan plan, int index, CheckIn changes) {
        List<Object> path = List.of("checkins", index);
        List<String> order = FormatTable.CHECKIN.order();
        if (changes.with() != null) {
            editor.set(path, "with", YamlValue.text(changes.with()), order);
        }
        if (changes.notes() != null) {
            editor.set(path, "notes", YamlValue.text(changes.notes()), order);
        }
        if (!changes.progress().isEmpty()) {
            if (plan.checkins().get(index).progress().isEmpty()) {
                Map<String, YamlValue> progress = new LinkedHashMap<>();
                changes.progress().forEach((goal, value) -> progress.put(goal, YamlValue.of(value)));
                editor.set(path, "progress", new YamlValue.Mapping(progress), order);
            } else {
                List<Object> at = List.of("checkins", index, "progress");
                changes.progress().forEach((goal, value) -> editor.set(at, goal, YamlValue.of(value), List.of()));
            }
        }
        if (changes.wellbeing() != null) {
            editor.set(path, "wellbeing", YamlValue.of(changes.wellbeing()), order);
        }
        if (changes.blockers() != null) {
            editor.set(path, "blockers", YamlValue.text(changes.blockers()), order);
        }
        if (changes.privateNote() != null) {
            editor.set(path, "private", YamlValue.text(changes.privateNote()), order);
        }
        if (changes.next() != null) {
            editor.set(path, "next", YamlValue.of(changes.next()), order);
        }
        return this;
    }

    public PlanEdit add(Feedback f) {
        Map<String, YamlValue> m = new LinkedHashMap<>();
        put(m, "id", f.id());
        put(m, "date", f.date());
        put(m, "from", f.from());
        raw(m, "source", f.source() == null ? null : f.source().yamlName());
        raw(m, "kind", f.kind() == null ? null : f.kind().yamlName());
        put(m, "text", f.text());
        if (f.isPrivate()) {
            m.put("private", new YamlValue.Raw("true"));
        }
        editor.append(List.of(), "feedback", new YamlValue.Mapping(m), TOP);
        return this;
    }

    public PlanEdit add(Goal g) {
        Map<String, YamlValue> m = new LinkedHashMap<>();
        put(m, "id", g.id());
        put(m, "title", g.title());
        raw(m, "status", g.status().yamlName());
        put(m, "start", g.start());
        put(m, "due", g.due());
        put(m, "measure", g.measure());
        put(m, "baseline", g.baseline());
        put(m, "target", g.target());
        put(m, "current", g.current());
        put(m, "unit", g.unit());
        put(m, "relevant", g.relevant());
        list(m, "addresses", g.addresses());
        list(m, "aligns", g.aligns());
        list(m, "competencies", g.competencies());
        if (!g.milestones().isEmpty()) {
            m.put("milestones", new YamlValue.Items(g.milestones().stream().map(PlanEdit::milestone).toList()));
        }
        if (!g.actions().isEmpty()) {
            m.put("actions", new YamlValue.Items(g.actions().stream().map(PlanEdit::action).toList()));
        }
        if (!g.support().isEmpty()) {
            m.put("support", new YamlValue.Items(g.support().stream().map(PlanEdit::support).toList()));
        }
        editor.append(List.of(), "goals", new YamlValue.Mapping(m), TOP);
        return this;
    }

    public PlanEdit add(Achievement a) {
        Map<String, YamlValue> m = new LinkedHashMap<>();
        put(m, "date", a.date());
        put(m, "title", a.title());
        put(m, "goal", a.goal());
        put(m, "celebrated", a.celebrated());
        editor.append(List.of(), "achievements", new YamlValue.Mapping(m), TOP);
        return this;
    }

    /** Sets the goal's {@code current} value. */
    public PlanEdit setCurrent(Plan plan, String goalId, BigDecimal value) {
        editor.set(goalPath(plan, goalId), "current", YamlValue.of(value), GOAL);
        return this;
    }

    public PlanEdit setStatus(Plan plan, String goalId, GoalStatus status) {
        editor.set(goalPath(plan, goalId), "status", new YamlValue.Raw(status.yamlName()), GOAL);
        return this;
    }

    /** Marks the goal done: its {@code status} and the {@code done} date. */
    public PlanEdit markGoalDone(Plan plan, String goalId, LocalDate date) {
        setStatus(plan, goalId, GoalStatus.DONE);
        editor.set(goalPath(plan, goalId), "done", YamlValue.of(date), GOAL);
        return this;
    }

    /** Sets {@code done} of the goal's milestone or action {@code itemId}. */
    public PlanEdit markDone(Plan plan, String goalId, String itemId, LocalDate date) {
        Goal goal = plan.goal(goalId).orElseThrow();
        List<Object> path = new java.util.ArrayList<>(goalPath(plan, goalId));
        int m = indexOf(goal.milestones().stream().map(Milestone::id).toList(), itemId);
        if (m >= 0) {
            path.addAll(List.of("milestones", m));
        } else {
            int a = indexOf(goal.actions().stream().map(Action::id).toList(), itemId);
            if (a < 0) {
                throw new IllegalArgumentException("goal '" + goalId + "' has no milestone or action '" + itemId + "'");
            }
            path.addAll(List.of("actions", a));
        }
        editor.set(path, "done", YamlValue.of(date), ITEM);
        return this;
    }

    private static List<Object> goalPath(Plan plan, String goalId) {
        int i = indexOf(plan.goals().stream().map(Goal::id).toList(), goalId);
        if (i < 0) {
            throw new IllegalArgumentException("no goal '" + goalId + "'");
        }
        return List.of("goals", i);
    }

    private static int indexOf(List<String> ids, String id) {
        return ids.indexOf(id);
    }

    private static YamlValue milestone(Milestone x) {
        Map<String, YamlValue> m = new LinkedHashMap<>();
        put(m, "id", x.id());
        put(m, "title", x.title());
        put(m, "due", x.due());
        put(m, "done", x.done());
        return new YamlValue.Mapping(m);
    }

    private static YamlValue action(Action x) {
        Map<String, YamlValue> m = new LinkedHashMap<>();
        put(m, "id", x.id());
        put(m, "title", x.title());
        put(m, "owner", x.owner());
        put(m, "due", x.due());
        put(m, "done", x.done());
        return new YamlValue.Mapping(m);
    }

    private static YamlValue support(Support x) {
        Map<String, YamlValue> m = new LinkedHashMap<>();
        put(m, "id", x.id());
        raw(m, "kind", x.kind() == null ? null : x.kind().yamlName());
        put(m, "title", x.title());
        put(m, "cost", x.cost());
        put(m, "currency", x.currency());
        raw(m, "status", x.status() == null ? null : x.status().yamlName());
        return new YamlValue.Mapping(m);
    }

    private static void put(Map<String, YamlValue> m, String key, Object value) {
        if (value instanceof String s) {
            m.put(key, YamlValue.text(s));
        } else if (value instanceof LocalDate d) {
            m.put(key, YamlValue.of(d));
        } else if (value instanceof BigDecimal b) {
            m.put(key, YamlValue.of(b));
        }
    }

    /** Enum names are written as they are: {@code source: 360}, not {@code "360"}. */
    private static void raw(Map<String, YamlValue> m, String key, String yamlName) {
        if (yamlName != null) {
            m.put(key, new YamlValue.Raw(yamlName));
        }
    }

    private static void list(Map<String, YamlValue> m, String key, List<String> values) {
        if (!values.isEmpty()) {
            m.put(key, new YamlValue.Items(values.stream().map(YamlValue::text).toList()));
        }
    }
}
