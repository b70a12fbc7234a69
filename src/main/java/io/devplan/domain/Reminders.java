package io.devplan.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who must act on what, as of a date. The owner of an action acts on it (the employee when it
 * has no owner); the employee on their milestones; the manager on check-ins due, goals overdue,
 * due soon or at risk, support requested and not yet decided, and achievements not yet
 * celebrated. A plan without a manager sends the manager's part to the employee, so nothing is
 * silently lost. Standing states (an at-risk goal, support waiting for a decision) are reminded
 * only once their goal has begun ({@link GoalView#started}): nothing is reminded before it exists.
 * Standing states are reminded on a rhythm ({@link #standingDue}), not every morning.
 */
public final class Reminders {
    private Reminders() {}

    /** Overdue first, most overdue first; then what is due soonest; then what has no due date. */
    public static final Comparator<Reminder> ORDER = Comparator
            .comparing((Reminder r) -> r.item().due() == null)
            .thenComparing(Reminder::item, Overdue.MOST_OVERDUE_FIRST);

    /** Everyone who must act, by id, each with what is due in the views' window or overdue. */
    public static List<Recipient> of(List<PlanView> plans) {
        return of(plans, RepoConfig.DEFAULTS);
    }

    /**
     * Everyone who must act, by id, with what is due in the views' window or overdue; names,
     * addresses and languages from their plans, else from devplan.yaml's {@code people}.
     */
    public static List<Recipient> of(List<PlanView> plans, RepoConfig config) {
        Map<String, List<Reminder>> byRecipient = new TreeMap<>();
        for (PlanView plan : plans) {
            for (Routed r : forPlan(plan)) {
                byRecipient.computeIfAbsent(r.recipient(), k -> new ArrayList<>()).add(r.reminder());
            }
        }
        List<Recipient> out = new ArrayList<>();
        byRecipient.forEach((id, reminders) -> out.add(recipient(plans, config, id,
                reminders.stream().sorted(ORDER).toList())));
        return out;
    }

    private record Routed(String recipient, Reminder reminder) {}

    private static List<Routed> forPlan(PlanView plan) {
        Employee e = plan.employee();
        String manager = e.manager() != null ? e.manager() : e.id();
        List<Routed> out = new ArrayList<>();
        Set<String> goalsListed = new HashSet<>();
        for (DueItem i : plan.due()) {
            boolean late = i.isOverdue();
            switch (i.kind()) {
                case ACTION -> out.add(new Routed(i.owner() != null ? i.owner() : e.id(), new Reminder(i,
                        late ? Reminder.Action.FINISH_OR_MOVE_ACTION : Reminder.Action.FINISH_ACTION, e.name())));
                case MILESTONE -> out.add(new Routed(e.id(), new Reminder(i,
                        late ? Reminder.Action.FINISH_OR_MOVE_MILESTONE : Reminder.Action.FINISH_MILESTONE, e.name())));
                case GOAL -> {
                    goalsListed.add(i.goal());
                    boolean atRisk = plan.goal(i.goal()).map(g -> g.status() == GoalStatus.AT_RISK).orElse(false);
                    out.add(new Routed(manager, new Reminder(i, late ? Reminder.Action.CLOSE_GOAL
                            : atRisk ? Reminder.Action.REVIEW_GOAL_AT_RISK : Reminder.Action.REVIEW_GOAL, e.name())));
                }
                case CHECKIN -> out.add(new Routed(manager, new Reminder(i, Reminder.Action.HOLD_CHECKIN, e.name())));
                default -> throw new IllegalStateException("undated kind in due items: " + i.kind());
            }
        }
        for (GoalView g : plan.goals()) {
            LocalDate began = g.goal().start() != null ? g.goal().start() : e.since();
            if (g.started() && g.status() == GoalStatus.AT_RISK && !goalsListed.contains(g.id())
                    && standingDue(plan, began)) {
                out.add(new Routed(manager, new Reminder(plan.item(g.dated()), Reminder.Action.RESCUE_GOAL, e.name())));
            }
        }
        for (SupportView s : plan.undecided()) {
            if (!standingDue(plan, s.support().date(SupportStatus.REQUESTED))) {
                continue;
            }
            out.add(new Routed(manager, new Reminder(undated(plan, DueKind.SUPPORT, s.goal().id(), s.id(),
                    s.support().title(), s.support().pos()), Reminder.Action.DECIDE_SUPPORT, e.name())));
        }
        for (Achievement a : plan.toCelebrate()) {
            if (!standingDue(plan, a.date())) {
                continue;
            }
            out.add(new Routed(manager, new Reminder(undated(plan, DueKind.ACHIEVEMENT, a.goal(), null, a.title(),
                    a.pos()), Reminder.Action.CELEBRATE, e.name(), a.date())));
        }
        return out;
    }

    /**
     * The rhythm of standing states (an at-risk goal, support waiting for a decision, an
     * achievement not yet celebrated), which have no due date and would otherwise be reminded
     * every morning for ever: they are reminded in the {@code soonDays} days after they began
     * ({@code began}: the goal's start, the date support was requested, the achievement's date;
     * null when unknown), so that the person hears of them at once, and again while the plan's
     * next check-in is due within {@code soonDays} or overdue, so that they are taken up at that
     * meeting (they are on its agenda). Between check-ins they are quiet. A state with no date to
     * keep a rhythm by (neither when it began nor a check-in due) is reminded every time. By mail they come at
     * most every {@code remind.repeat-days} besides ({@link MailRhythm}).
     */
    public static boolean standingDue(PlanView plan, LocalDate began) {
        LocalDate asOf = plan.asOf();
        int soon = Math.max(0, plan.soonDays());
        if (began != null && began.isAfter(asOf)) {
            return false; // nothing is reminded before it exists
        }
        boolean fresh = began != null && ChronoUnit.DAYS.between(began, asOf) <= soon;
        ItemView next = plan.nextCheckIn();
        if (began == null && (next == null || next.due() == null)) {
            return true; // no date to keep a rhythm by: said every time rather than never
        }
        boolean checkInNear = next != null && next.due() != null && next.daysOverdue() >= -soon;
        return fresh || checkInNear;
    }

    /** Something to act on that has no due date: support to decide, an achievement to celebrate. */
    private static DueItem undated(PlanView plan, DueKind kind, String goal, String id, String title, Position pos) {
        Employee e = plan.employee();
        return new DueItem(e.id(), e.manager(), kind, goal, id, title, null, null, 0, plan.plan().file(), pos.line());
    }

    private static Recipient recipient(List<PlanView> plans, RepoConfig config, String id, List<Reminder> reminders) {
        Employee e = plans.stream().filter(p -> p.id().equals(id)).map(PlanView::employee).findFirst().orElse(null);
        RepoConfig.Person person = config.person(id).orElse(null);
        String name = e != null ? e.name() : person != null && person.name() != null ? person.name() : id;
        String email = e != null && blankToNull(e.email()) != null ? e.email().strip()
                : person != null ? blankToNull(person.email()) : null;
        Language language = e != null && e.language() != null ? e.language()
                : person != null ? person.language() : null;
        return new Recipient(id, name, email, language, reminders);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
