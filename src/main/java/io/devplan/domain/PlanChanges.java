package io.devplan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed in a plan from one version to the next, in the plan's own terms: check-ins
 * recorded, progress values, status changes, due dates moved, items done, feedback and support
 * decisions. Pure: the versions come from git through the store; this only compares them.
 * Private texts (private feedback, private check-in notes) are never part of a change.
 */
public final class PlanChanges {
    private PlanChanges() {}

    /** The kinds of change, as JSON names them. */
    public enum Kind implements YamlName {
        PLAN("plan"), CHECKIN("checkin"), PROGRESS("progress"), STATUS("status"), DUE("due"), DONE("done"),
        GOAL("goal"), MILESTONE("milestone"), ACTION("action"), FEEDBACK("feedback"), SUPPORT("support"),
        ACHIEVEMENT("achievement"), ASSESSMENT("assessment");

        private final String yamlName;

        Kind(String yamlName) {
            this.yamlName = yamlName;
        }

        @Override
        public String yamlName() {
            return yamlName;
        }
    }

    /**
     * One change.
     *
     * @param goal the goal it is about, or null
     * @param item the milestone, action, support entry, feedback id or date it is about, or null
     * @param from the value before (null when it was added)
     * @param to the value after (null when it was removed)
     * @param said the change in words, said in the reader's language
     * @param progressFor for a check-in, the goals whose progress it recorded
     */
    public record Change(Kind kind, String goal, String item, String from, String to, Said said,
                         List<String> progressFor) {
        public Change {
            progressFor = List.copyOf(progressFor);
        }

        Change(Kind kind, String goal, String item, String from, String to, Said said) {
            this(kind, goal, item, from, to, said, List.of());
        }

        /** The change in English words: what JSON keeps whatever the reader's language. */
        public String summary() {
            return said.english();
        }

        /** Whether the change is about {@code goalId}: its own changes, and check-ins that recorded its progress. */
        public boolean concerns(String goalId) {
            return goalId.equals(goal) || progressFor.contains(goalId);
        }
    }

    /** The changes from {@code before} (null: the plan did not exist) to {@code after} (null: removed). */
    public static List<Change> between(Plan before, Plan after) {
        List<Change> out = new ArrayList<>();
        if (before == null || after == null) {
            out.add(new Change(Kind.PLAN, null, null, null, null, Said.of(before == null ? ChangeText.PLAN_CREATED : ChangeText.PLAN_REMOVED)));
            if (after == null) {
                return out;
            }
        }
        Plan old = before != null ? before : new Plan(after.file(), after.employee(), List.of(), List.of(), List.of(),
                List.of(), List.of(), after.source());
        checkins(old, after, out);
        feedback(old, after, out);
        goals(old, after, out);
        achievements(old, after, out);
        assessments(old, after, out);
        return out;
    }

    private static void feedback(Plan before, Plan after, List<Change> out) {
        Set<String> known = ids(before.feedback(), Feedback::id);
        for (Feedback f : after.feedback()) {
            if (f.id() != null && !known.contains(f.id())) {
                List<YamlName> about = new ArrayList<>();
                if (f.kind() != null) {
                    about.add(f.kind());
                }
                if (f.source() != null) {
                    about.add(f.source());
                }
                out.add(new Change(Kind.FEEDBACK, null, f.id(), null, f.id(), feedbackAdded(f, about)));
            }
        }
    }

    private static Said feedbackAdded(Feedback f, List<YamlName> about) {
        boolean a = !about.isEmpty();
        boolean from = f.from() != null;
        ChangeText phrase = f.isPrivate()
                ? (a ? (from ? ChangeText.FEEDBACK_ABOUT_FROM_PRIVATE : ChangeText.FEEDBACK_ABOUT_PRIVATE)
                        : (from ? ChangeText.FEEDBACK_FROM_PRIVATE : ChangeText.FEEDBACK_PRIVATE))
                : (a ? (from ? ChangeText.FEEDBACK_ABOUT_FROM : ChangeText.FEEDBACK_ABOUT)
                        : (from ? ChangeText.FEEDBACK_FROM : ChangeText.FEEDBACK));
        return Said.of(phrase, "id", f.id(), "about", about, "from", f.from());
    }

    private static void goals(Plan before, Plan after, List<Change> out) {
        Map<String, Goal> old = byId(before.goals(), Goal::id);
        for (Goal g : after.goals()) {
            Goal was = old.remove(g.id());
            if (was == null) {
                out.add(new Change(Kind.GOAL, g.id(), null, null, g.title(),
                        Said.of(ChangeText.GOAL_ADDED, "goal", g.id(), "title", g.title())));
                continue;
            }
            if (was.status() != g.status()) {
                out.add(new Change(Kind.STATUS, g.id(), null, was.status().yamlName(), g.status().yamlName(),
                        Said.of(ChangeText.STATUS, "goal", g.id(), "from", was.status(), "to", g.status())));
            }
            if (!sameNumber(was.current(), g.current())) {
                out.add(new Change(Kind.PROGRESS, g.id(), null, number(was.current()), number(g.current()),
                        Said.of(g.unit() != null ? ChangeText.CURRENT_UNIT : ChangeText.CURRENT, "goal", g.id(),
                                "from", orNone(was.current()), "to", orNone(g.current()), "unit", g.unit())));
            }
            due(g.id(), null, was.due(), g.due(), out);
            items(g, was.milestones(), g.milestones(), Kind.MILESTONE, out);
            items(g, was.actions(), g.actions(), Kind.ACTION, out);
            support(g, was.support(), g.support(), out);
        }
        for (Goal gone : old.values()) {
            out.add(new Change(Kind.GOAL, gone.id(), null, gone.title(), null, Said.of(ChangeText.GOAL_REMOVED, "goal", gone.id())));
        }
    }

    /** Milestones or actions: added, removed, due moved, done. */
    private static <T> void items(Goal g, List<T> before, List<T> after, Kind kind, List<Change> out) {
        Map<String, T> old = byId(before, PlanChanges::itemId);
        boolean milestone = kind == Kind.MILESTONE;
        for (T item : after) {
            String id = itemId(item);
            T was = old.remove(id);
            String ref = g.id() + "/" + id;
            if (was == null) {
                ChangeText added = itemDue(item) == null ? (milestone ? ChangeText.MILESTONE_ADDED : ChangeText.ACTION_ADDED)
                        : (milestone ? ChangeText.MILESTONE_ADDED_DUE : ChangeText.ACTION_ADDED_DUE);
                out.add(new Change(kind, g.id(), id, null, itemTitle(item),
                        Said.of(added, "ref", ref, "title", itemTitle(item), "due", string(itemDue(item)))));
            } else {
                due(g.id(), id, itemDue(was), itemDue(item), out);
            }
            LocalDate doneBefore = was == null ? null : itemDone(was);
            LocalDate done = itemDone(item);
            if (!Objects.equals(doneBefore, done)) {
                out.add(new Change(Kind.DONE, g.id(), id, string(doneBefore), string(done),
                        done != null ? Said.of(ChangeText.DONE, "ref", ref, "date", done.toString())
                                : Said.of(ChangeText.REOPENED, "ref", ref)));
            }
        }
        for (T gone : old.values()) {
            String id = itemId(gone);
            out.add(new Change(kind, g.id(), id, itemTitle(gone), null, Said.of(milestone ? ChangeText.MILESTONE_REMOVED
                    : ChangeText.ACTION_REMOVED, "ref", g.id() + "/" + id)));
        }
    }

    private static void due(String goal, String item, LocalDate before, LocalDate after, List<Change> out) {
        if (!Objects.equals(before, after)) {
            String ref = item == null ? goal : goal + "/" + item;
            ChangeText how = before != null && after != null
                    ? (after.isAfter(before) ? ChangeText.DUE_LATER : ChangeText.DUE_EARLIER) : ChangeText.DUE;
            out.add(new Change(Kind.DUE, goal, item, string(before), string(after),
                    Said.of(how, "ref", ref, "from", orNone(string(before)), "to", orNone(string(after)))));
        }
    }

    private static void support(Goal g, List<Support> before, List<Support> after, List<Change> out) {
        Map<String, Support> old = byId(before, Support::id);
        for (Support s : after) {
            Support was = old.remove(s.id());
            String ref = g.id() + "/" + s.id();
            String status = s.status() == null ? null : s.status().yamlName();
            if (was == null) {
                Object cost = s.cost() == null ? null : s.currency() == null ? s.cost().stripTrailingZeros()
                        : Said.of(ChangeText.COST, "amount", s.cost().stripTrailingZeros(), "currency", s.currency());
                Object details = s.status() == null ? cost : cost == null ? s.status()
                        : Said.of(ChangeText.STATUS_AND_COST, "status", s.status(), "cost", cost);
                out.add(new Change(Kind.SUPPORT, g.id(), s.id(), null, status, details == null
                        ? Said.of(ChangeText.SUPPORT_ADDED, "ref", ref, "title", s.title())
                        : Said.of(ChangeText.SUPPORT_ADDED_DETAILS, "ref", ref, "title", s.title(), "details", details)));
            } else if (was.status() != s.status()) {
                String from = was.status() == null ? null : was.status().yamlName();
                out.add(new Change(Kind.SUPPORT, g.id(), s.id(), from, status,
                        Said.of(ChangeText.SUPPORT_STATUS, "ref", ref, "from", orNone(was.status()), "to", orNone(s.status()))));
            }
        }
        for (Support gone : old.values()) {
            out.add(new Change(Kind.SUPPORT, g.id(), gone.id(), gone.status() == null ? null : gone.status().yamlName(),
                    null, Said.of(ChangeText.SUPPORT_REMOVED, "ref", g.id() + "/" + gone.id())));
        }
    }

    private static void checkins(Plan before, Plan after, List<Change> out) {
        List<CheckIn> old = new ArrayList<>(before.checkins());
        for (CheckIn c : after.checkins()) {
            if (old.remove(withoutPosition(c, old))) {
                continue;
            }
            if (c.date() == null) {
                continue;
            }
            List<Said> progress = new ArrayList<>();
            c.progress().forEach((goal, value) -> progress.add(Said.of(ChangeText.GOAL_VALUE, "goal", goal,
                    "value", value == null ? null : value.stripTrailingZeros())));
            boolean edited = before.checkins().stream().anyMatch(b -> c.date().equals(b.date()));
            ChangeText phrase = c.with() != null
                    ? (progress.isEmpty() ? (edited ? ChangeText.CHECKIN_WITH_EDITED : ChangeText.CHECKIN_WITH)
                            : (edited ? ChangeText.CHECKIN_WITH_PROGRESS_EDITED : ChangeText.CHECKIN_WITH_PROGRESS))
                    : (progress.isEmpty() ? (edited ? ChangeText.CHECKIN_EDITED : ChangeText.CHECKIN)
                            : (edited ? ChangeText.CHECKIN_PROGRESS_EDITED : ChangeText.CHECKIN_PROGRESS));
            List<String> goals = List.copyOf(c.progress().keySet());
            String goal = goals.size() == 1 ? goals.get(0) : null;
            out.add(new Change(Kind.CHECKIN, goal, c.date().toString(), null, c.date().toString(),
                    Said.of(phrase, "date", c.date().toString(), "with", c.with(), "progress", progress), goals));
        }
    }

    private static void achievements(Plan before, Plan after, List<Change> out) {
        Map<String, Achievement> old = new LinkedHashMap<>();
        before.achievements().forEach(a -> old.put(a.date() + " " + a.title(), a));
        for (Achievement a : after.achievements()) {
            Achievement was = old.remove(a.date() + " " + a.title());
            if (was == null) {
                out.add(new Change(Kind.ACHIEVEMENT, a.goal(), string(a.date()), null, a.title(),
                        Said.of(ChangeText.ACHIEVEMENT, "date", string(a.date()), "title", a.title())));
            } else if (!Objects.equals(was.celebrated(), a.celebrated()) && a.celebrated() != null) {
                out.add(new Change(Kind.ACHIEVEMENT, a.goal(), string(a.date()), null, string(a.celebrated()),
                        Said.of(ChangeText.ACHIEVEMENT_CELEBRATED, "date", string(a.date()), "celebrated",
                                string(a.celebrated()), "title", a.title())));
            }
        }
    }

    private static void assessments(Plan before, Plan after, List<Change> out) {
        List<String> old = new ArrayList<>(before.assessments().stream().map(PlanChanges::assessmentKey).toList());
        for (Assessment a : after.assessments()) {
            if (old.remove(assessmentKey(a))) {
                continue;
            }
            List<String> levels = new ArrayList<>();
            List<Said> said = new ArrayList<>();
            a.levels().forEach((c, l) -> {
                levels.add(c + " " + l);
                said.add(Said.of(ChangeText.COMPETENCY_LEVEL, "competency", c, "level", l));
            });
            ChangeText phrase = a.by() != null
                    ? (levels.isEmpty() ? ChangeText.ASSESSMENT_BY : ChangeText.ASSESSMENT_BY_LEVELS)
                    : (levels.isEmpty() ? ChangeText.ASSESSMENT : ChangeText.ASSESSMENT_LEVELS);
            out.add(new Change(Kind.ASSESSMENT, null, string(a.date()), null, String.join(", ", levels),
                    Said.of(phrase, "date", string(a.date()), "by", a.by(), "levels", said)));
        }
    }

    private static String assessmentKey(Assessment a) {
        return a.date() + " " + a.by() + " " + a.levels();
    }

    /** The check-in of {@code old} equal to {@code c} but for its place in the file, or null. */
    private static CheckIn withoutPosition(CheckIn c, List<CheckIn> old) {
        for (CheckIn o : old) {
            if (Objects.equals(o.date(), c.date()) && Objects.equals(o.with(), c.with())
                    && Objects.equals(o.notes(), c.notes()) && sameProgress(o.progress(), c.progress())
                    && Objects.equals(o.wellbeing(), c.wellbeing()) && Objects.equals(o.blockers(), c.blockers())
                    && Objects.equals(o.privateNote(), c.privateNote()) && Objects.equals(o.next(), c.next())) {
                return o;
            }
        }
        return null;
    }

    private static boolean sameProgress(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> sameNumber(a.get(k), b.get(k)));
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        Set<String> out = new HashSet<>();
        items.forEach(i -> out.add(id.apply(i)));
        return out;
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> out = new LinkedHashMap<>();
        items.forEach(i -> out.putIfAbsent(id.apply(i), i));
        return out;
    }

    private static String itemId(Object item) {
        return item instanceof Milestone m ? m.id() : ((Action) item).id();
    }

    private static String itemTitle(Object item) {
        return item instanceof Milestone m ? m.title() : ((Action) item).title();
    }

    private static LocalDate itemDue(Object item) {
        return item instanceof Milestone m ? m.due() : ((Action) item).due();
    }

    private static LocalDate itemDone(Object item) {
        return item instanceof Milestone m ? m.done() : ((Action) item).done();
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static String number(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros().scale() < 0 ? n.setScale(0).toPlainString()
                : n.stripTrailingZeros().toPlainString();
    }

    private static String string(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** A value, or "none" in the reader's words when it was not there. */
    private static Object orNone(Object value) {
        return value == null ? Said.of(ChangeText.NONE) : value instanceof BigDecimal d ? d.stripTrailingZeros() : value;
    }
}
