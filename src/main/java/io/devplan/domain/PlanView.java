package io.devplan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One plan as of a date: what every command and every format says about it, computed once.
 * Renderers format what is here; they decide nothing.
 *
 * @param plan the plan as it stood on the as-of date ({@link PlanAsOf})
 * @param soonDays the due-soon window the states were computed with
 * @param cadence the plan's cadence, else the repository's, else monthly
 * @param goals every goal in plan order, dropped ones included (they count in no total)
 * @param lastCheckIn the latest check-in held by the as-of date, or null
 * @param nextCheckIn the next check-in due ({@link NextCheckIn}) and where it stands; null when none is due
 * @param checkIns the check-ins held and whether each kept the cadence ({@link CadenceAdherence})
 * @param unaddressed feedback that no goal answers ({@link UnaddressedFeedback})
 * @param toCelebrate achievements not celebrated yet
 * @param undecided support requested for a goal being pursued and not decided yet
 * @param competencies the gap to the next level of the plan's track, when it has one
 * @param wellbeing the wellbeing scores of the check-ins held, oldest first
 */
public record PlanView(
        Plan plan,
        LocalDate asOf,
        int soonDays,
        Cadence cadence,
        List<GoalView> goals,
        CheckIn lastCheckIn,
        ItemView nextCheckIn,
        CadenceAdherence.Result checkIns,
        List<Feedback> unaddressed,
        List<Achievement> toCelebrate,
        List<SupportView> undecided,
        Optional<CompetencyGap.Result> competencies,
        List<DatedValue> wellbeing) {

    public PlanView {
        goals = List.copyOf(goals);
        unaddressed = List.copyOf(unaddressed);
        toCelebrate = List.copyOf(toCelebrate);
        undecided = List.copyOf(undecided);
        wellbeing = List.copyOf(wellbeing);
    }

    /** {@code written} as of {@code asOf}, with the due-soon window {@code soonDays} (negative: none). */
    public static PlanView of(Plan written, RepoConfig config, LocalDate asOf, int soonDays) {
        Plan plan = PlanAsOf.of(written, asOf);
        ItemView.Window window = new ItemView.Window(asOf, soonDays);
        Cadence cadence = NextCheckIn.cadenceOf(plan, config.cadence());
        CheckIn last = plan.lastCheckIn().orElse(null);
        Map<String, List<DatedValue>> histories = ValueHistory.of(plan);
        List<GoalView> goals = plan.goals().stream()
                .map(g -> goal(plan, g, last, histories, config.behindPoints(), window)).toList();
        ItemView next = NextCheckIn.of(plan, config.cadence())
                .map(d -> ItemView.of(DueKind.CHECKIN, null, null, "Check-in with " + plan.employee().name(), null,
                        d, false, null, false, List.of(),
                        last != null ? last.pos() : plan.source().at("employee"), window))
                .orElse(null);
        List<SupportView> undecided = new ArrayList<>();
        for (GoalView g : goals) {
            if (g.started() && !g.status().isClosed()) {
                g.goal().support().stream().filter(s -> s.status() == SupportStatus.REQUESTED)
                        .forEach(s -> undecided.add(new SupportView(g.goal(), s)));
            }
        }
        List<Achievement> toCelebrate = plan.achievements().stream().filter(a -> a.celebrated() == null).toList();
        return new PlanView(plan, asOf, soonDays, cadence, goals, last, next,
                CadenceAdherence.of(plan, cadence), UnaddressedFeedback.of(plan), toCelebrate, undecided,
                CompetencyGap.of(plan, config), WellbeingTrend.of(plan));
    }

    private static GoalView goal(Plan plan, Goal g, CheckIn last, Map<String, List<DatedValue>> histories,
                                 int behindPoints, ItemView.Window window) {
        boolean goalDone = g.status() == GoalStatus.DONE;
        boolean closed = g.status().isClosed();
        List<ItemView> milestones = g.milestones().stream().map(m -> ItemView.of(DueKind.MILESTONE, g.id(),
                g.id() + "/" + m.id(), m.title(), null, m.due(), m.done() != null, m.done(), closed,
                m.rescheduled(), m.pos(), window)).toList();
        List<ItemView> actions = g.actions().stream().map(a -> ItemView.of(DueKind.ACTION, g.id(),
                g.id() + "/" + a.id(), a.title(), a.owner(), a.due(), a.done() != null, a.done(), closed,
                a.rescheduled(), a.pos(), window)).toList();
        ItemView dated = ItemView.of(DueKind.GOAL, g.id(), g.id(), g.title(), null, g.due(), goalDone,
                goalDone ? g.done() : null, g.status() == GoalStatus.DROPPED, g.rescheduled(), g.pos(), window);
        LocalDate asOf = window.asOf();
        var expected = ExpectedProgress.of(g, asOf);
        LocalDate begins = g.start() != null ? g.start() : plan.employee().since();
        return new GoalView(g, dated, Progress.rounded(g), expected.isPresent() ? expected.getAsInt() : null,
                Behind.of(g, asOf, behindPoints), begins == null || !begins.isAfter(asOf), milestones, actions,
                histories.getOrDefault(g.id(), List.of()), movement(g, plan, last, milestones, actions));
    }

    private static GoalView.Movement movement(Goal g, Plan plan, CheckIn last, List<ItemView> milestones,
                                              List<ItemView> actions) {
        BigDecimal before = g.baseline();
        LocalDate recordedOn = null;
        for (CheckIn c : plan.checkins()) {
            BigDecimal v = c.progress().get(g.id());
            if (v != null && (recordedOn == null || !c.date().isBefore(recordedOn))) {
                before = v;
                recordedOn = c.date();
            }
        }
        LocalDate since = last != null ? last.date() : null;
        return new GoalView.Movement(before, g.current(), doneAfter(milestones, since), doneAfter(actions, since));
    }

    private static List<ItemView> doneAfter(List<ItemView> items, LocalDate since) {
        return items.stream().filter(i -> i.done() != null && (since == null || i.done().isAfter(since))).toList();
    }

    public Employee employee() {
        return plan.employee();
    }

    public String id() {
        return plan.id();
    }

    /** Goals that count: every goal but the dropped ones. */
    public List<GoalView> counted() {
        return goals.stream().filter(g -> g.status() != GoalStatus.DROPPED).toList();
    }

    /** Goals being worked on: active or at risk. */
    public List<GoalView> active() {
        return goals.stream().filter(g -> g.status().isInProgress()).toList();
    }

    /** Average progress of the active goals, in whole percent, from the exact values; null without any. */
    public Integer averageProgress() {
        List<GoalView> active = active();
        if (active.isEmpty()) {
            return null;
        }
        double sum = active.stream().mapToDouble(g -> Progress.percent(g.goal())).sum();
        return (int) Math.floor(sum / active.size() + 0.5);
    }

    /** Every dated thing of the plan: goals, their milestones and actions, and the next check-in. */
    public Stream<ItemView> items() {
        Stream<ItemView> ofGoals = goals.stream()
                .flatMap(g -> Stream.concat(Stream.of(g.dated()), Stream.concat(g.milestones().stream(), g.actions().stream())));
        return nextCheckIn == null ? ofGoals : Stream.concat(ofGoals, Stream.of(nextCheckIn));
    }

    /** Overdue and due-soon items, as items of this plan, in plan order. */
    public List<DueItem> due() {
        return items().filter(i -> i.state().isDue()).map(this::item).toList();
    }

    /** Overdue items only, in plan order. */
    public List<DueItem> overdue() {
        return items().filter(ItemView::isOverdue).map(this::item).toList();
    }

    /** Every item not done and still pursued that has a due date, past or future: what a calendar shows. */
    public List<DueItem> scheduled() {
        return items().filter(i -> i.due() != null && i.state().isPending()).map(this::item).toList();
    }

    /** Whether the next check-in is overdue. */
    public boolean checkInOverdue() {
        return nextCheckIn != null && nextCheckIn.isOverdue();
    }

    public Optional<GoalView> goal(String id) {
        return goals.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** An item of this plan, in the shape every list of items across plans uses. */
    public DueItem item(ItemView i) {
        Employee e = plan.employee();
        return new DueItem(e.id(), e.manager(), i.kind(), i.goal(), i.id(), i.title(), i.owner(), i.due(),
                i.daysOverdue(), plan.file(), i.pos().line());
    }

    /** Goal ids (of goals not dropped) that answer {@code feedbackId}, in plan order. */
    public List<String> goalsAddressing(String feedbackId) {
        return UnaddressedFeedback.goalsAddressing(plan, feedbackId);
    }

    /** Ids of every item listed as due: what an agenda need not repeat elsewhere. */
    Set<String> dueIds() {
        Set<String> out = new HashSet<>();
        items().filter(i -> i.state().isDue() && i.id() != null).forEach(i -> out.add(i.id()));
        return out;
    }
}
