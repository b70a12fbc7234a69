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
     * @param summary the change in words
     * @param progressFor for a check-in, the goals whose progress it recorded
     */
    public record Change(Kind kind, String goal, String item, String from, String to, String summary,
                         List<String> progressFor) {
        public Change {
            progressFor = List.copyOf(progressFor);
        }

        Change(Kind kind, String goal, String item, String from, String to, String summary) {
            this(kind, goal, item, from, to, summary, List.of());
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
            out.add(new Change(Kind.PLAN, null, null, null, null, before == null ? "plan created" : "plan removed"));
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
                List<String> about = new ArrayList<>();
                if (f.kind() != null) {
                    about.add(f.kind().yamlName());
                }
                if (f.source() != null) {
                    about.add(f.source().yamlName());
                }
                out.add(new Change(Kind.FEEDBACK, null, f.id(), null, f.id(), "feedback " + f.id()
                        + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")")
                        + (f.from() != null ? " from " + f.from() : "") + (f.isPrivate() ? ", private" : "")));
            }
        }
    }

    private static void goals(Plan before, Plan after, List<Change> out) {
        Map<String, Goal> old = byId(before.goals(), Goal::id);
        for (Goal g : after.goals()) {
            Goal was = old.remove(g.id());
            if (was == null) {
                out.add(new Change(Kind.GOAL, g.id(), null, null, g.title(), "goal " + g.id() + " added: " + g.title()));
                continue;
            }
            if (was.status() != g.status()) {
                out.add(new Change(Kind.STATUS, g.id(), null, was.status().yamlName(), g.status().yamlName(),
                        g.id() + ": status " + was.status().yamlName() + " → " + g.status().yamlName()));
            }
            if (!sameNumber(was.current(), g.current())) {
                out.add(new Change(Kind.PROGRESS, g.id(), null, number(was.current()), number(g.current()),
                        g.id() + ": current " + orNone(number(was.current())) + " → " + orNone(number(g.current()))
                                + (g.unit() != null ? " " + g.unit() : "")));
            }
            due(g.id(), null, was.due(), g.due(), out);
            items(g, was.milestones(), g.milestones(), Kind.MILESTONE, out);
            items(g, was.actions(), g.actions(), Kind.ACTION, out);
            support(g, was.support(), g.support(), out);
        }
        for (Goal gone : old.values()) {
            out.add(new Change(Kind.GOAL, gone.id(), null, gone.title(), null, "goal " + gone.id() + " removed"));
        }
    }

    /** Milestones or actions: added, removed, due moved, done. */
    private static <T> void items(Goal g, List<T> before, List<T> after, Kind kind, List<Change> out) {
        Map<String, T> old = byId(before, PlanChanges::itemId);
        String word = kind == Kind.MILESTONE ? "milestone" : "action";
        for (T item : after) {
            String id = itemId(item);
            T was = old.remove(id);
            String ref = g.id() + "/" + id;
            if (was == null) {
                out.add(new Change(kind, g.id(), id, null, itemTitle(item), ref + ": " + word + " added: " + itemTitle(item)
                        + (itemDue(item) != null ? ", due " + itemDue(item) : "")));
            } else {
                due(g.id(), id, itemDue(was), itemDue(item), out);
            }
            LocalDate doneBefore = was == null ? null : itemDone(was);
            LocalDate done = itemDone(item);
            if (!Objects.equals(doneBefore, done)) {
                out.add(new Change(Kind.DONE, g.id(), id, string(doneBefore), string(done),
                        ref + (done != null ? ": done " + done : ": reopened")));
            }
        }
        for (T gone : old.values()) {
            String id = itemId(gone);
            out.add(new Change(kind, g.id(), id, itemTitle(gone), null, g.id() + "/" + id + ": " + word + " removed"));
        }
    }

    private static void due(String goal, String item, LocalDate before, LocalDate after, List<Change> out) {
        if (!Objects.equals(before, after)) {
            String ref = item == null ? goal : goal + "/" + item;
            String how = before != null && after != null ? (after.isAfter(before) ? " (later)" : " (earlier)") : "";
            out.add(new Change(Kind.DUE, goal, item, string(before), string(after),
                    ref + ": due " + orNone(string(before)) + " → " + orNone(string(after)) + how));
        }
    }

    private static void support(Goal g, List<Support> before, List<Support> after, List<Change> out) {
        Map<String, Support> old = byId(before, Support::id);
        for (Support s : after) {
            Support was = old.remove(s.id());
            String ref = g.id() + "/" + s.id();
            String status = s.status() == null ? null : s.status().yamlName();
            if (was == null) {
                String cost = s.cost() == null ? "" : ", " + number(s.cost()) + (s.currency() != null ? " " + s.currency() : "");
                out.add(new Change(Kind.SUPPORT, g.id(), s.id(), null, status, ref + ": support added: " + s.title()
                        + (status != null ? " (" + status + cost + ")" : cost.isEmpty() ? "" : " (" + cost.substring(2) + ")")));
            } else if (was.status() != s.status()) {
                String from = was.status() == null ? null : was.status().yamlName();
                out.add(new Change(Kind.SUPPORT, g.id(), s.id(), from, status,
                        ref + ": support " + orNone(from) + " → " + orNone(status)));
            }
        }
        for (Support gone : old.values()) {
            out.add(new Change(Kind.SUPPORT, g.id(), gone.id(), gone.status() == null ? null : gone.status().yamlName(),
                    null, g.id() + "/" + gone.id() + ": support removed"));
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
            StringBuilder s = new StringBuilder("check-in " + c.date());
            if (c.with() != null) {
                s.append(" with ").append(c.with());
            }
            Map<String, String> progress = new LinkedHashMap<>();
            c.progress().forEach((goal, value) -> progress.put(goal, number(value)));
            if (!progress.isEmpty()) {
                List<String> parts = new ArrayList<>();
                progress.forEach((goal, value) -> parts.add(goal + " " + value));
                s.append(": ").append(String.join(", ", parts));
            }
            boolean known = before.checkins().stream().anyMatch(b -> c.date().equals(b.date()));
            if (known) {
                s.append(" (edited)");
            }
            String goal = progress.size() == 1 ? progress.keySet().iterator().next() : null;
            out.add(new Change(Kind.CHECKIN, goal, c.date().toString(), null, c.date().toString(), s.toString(),
                    List.copyOf(progress.keySet())));
        }
    }

    private static void achievements(Plan before, Plan after, List<Change> out) {
        Map<String, Achievement> old = new LinkedHashMap<>();
        before.achievements().forEach(a -> old.put(a.date() + " " + a.title(), a));
        for (Achievement a : after.achievements()) {
            Achievement was = old.remove(a.date() + " " + a.title());
            if (was == null) {
                out.add(new Change(Kind.ACHIEVEMENT, a.goal(), string(a.date()), null, a.title(),
                        "achievement " + a.date() + ": " + a.title()));
            } else if (!Objects.equals(was.celebrated(), a.celebrated()) && a.celebrated() != null) {
                out.add(new Change(Kind.ACHIEVEMENT, a.goal(), string(a.date()), null, string(a.celebrated()),
                        "achievement " + a.date() + " celebrated " + a.celebrated() + ": " + a.title()));
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
            a.levels().forEach((c, l) -> levels.add(c + " " + l));
            out.add(new Change(Kind.ASSESSMENT, null, string(a.date()), null, String.join(", ", levels),
                    "assessment " + a.date() + (a.by() != null ? " by " + a.by().yamlName() : "")
                            + (levels.isEmpty() ? "" : ": " + String.join(", ", levels))));
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

    private static String orNone(String s) {
        return s == null ? "none" : s;
    }
}
