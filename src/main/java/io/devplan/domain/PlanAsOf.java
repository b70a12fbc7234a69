package io.devplan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The format contract's "as of a date D" rule: a plan as it stood on D. Whatever is dated after D
 * has not happened yet: check-ins, feedback, achievements and assessments dated after D are not
 * there; a milestone, action or goal done after D is still open (a goal with {@code status: done}
 * and no done date counts as done, and one done after D is read as active); an achievement
 * celebrated after D is not celebrated yet; a due date moved after D still has the date it had
 * then; support requested after D was not requested yet, and a decision dated after D was not
 * taken yet. Values without a date ({@code current}, {@code status}, undated feedback) are taken
 * as written.
 *
 * <p>Every other rule reads the plan this returns, so no rule needs to know about dates after D.
 */
public final class PlanAsOf {
    private PlanAsOf() {}

    public static Plan of(Plan plan, LocalDate asOf) {
        List<Feedback> feedback = plan.feedback().stream().filter(f -> byThen(f.date(), asOf)).toList();
        List<Goal> goals = plan.goals().stream().map(g -> goal(g, asOf)).toList();
        List<CheckIn> checkins = plan.checkins().stream().filter(c -> happened(c.date(), asOf)).toList();
        List<Achievement> achievements = plan.achievements().stream()
                .filter(a -> byThen(a.date(), asOf))
                .map(a -> happened(a.celebrated(), asOf) || a.celebrated() == null ? a
                        : new Achievement(a.date(), a.title(), a.goal(), null, a.pos()))
                .toList();
        List<Assessment> assessments = plan.assessments().stream().filter(a -> happened(a.date(), asOf)).toList();
        return plan.withHistory(feedback, goals, checkins, achievements, assessments);
    }

    /** Whether something dated {@code date} had happened by {@code asOf}; undated things have not. */
    public static boolean happened(LocalDate date, LocalDate asOf) {
        return date != null && !date.isAfter(asOf);
    }

    /** Whether something dated {@code date} was there on {@code asOf}; undated things always are. */
    private static boolean byThen(LocalDate date, LocalDate asOf) {
        return date == null || !date.isAfter(asOf);
    }

    private static Goal goal(Goal g, LocalDate asOf) {
        List<Milestone> milestones = g.milestones().stream().map(m -> new Milestone(m.id(), m.title(),
                due(m.due(), m.rescheduled(), asOf), doneBy(m.done(), asOf), movesBy(m.rescheduled(), asOf),
                m.pos())).toList();
        List<Action> actions = g.actions().stream().map(a -> new Action(a.id(), a.title(), a.owner(),
                due(a.due(), a.rescheduled(), asOf), doneBy(a.done(), asOf), movesBy(a.rescheduled(), asOf),
                a.pos())).toList();
        List<Support> support = new ArrayList<>();
        g.support().forEach(s -> support(s, asOf).ifPresent(support::add));
        boolean doneLater = g.status() == GoalStatus.DONE && g.done() != null && g.done().isAfter(asOf);
        return g.withState(doneLater ? GoalStatus.ACTIVE : g.status(), doneLater ? null : g.done(),
                        due(g.due(), g.rescheduled(), asOf), movesBy(g.rescheduled(), asOf))
                .withItems(milestones, actions, support);
    }

    private static LocalDate doneBy(LocalDate done, LocalDate asOf) {
        return done != null && !done.isAfter(asOf) ? done : null;
    }

    /** The due date on {@code asOf}: where the first move after it moved the date from, else the date now. */
    static LocalDate due(LocalDate due, List<Rescheduling> moves, LocalDate asOf) {
        return moves.stream()
                .filter(r -> r.date() != null && r.date().isAfter(asOf) && r.from() != null)
                .min(Comparator.comparing(Rescheduling::date))
                .map(Rescheduling::from)
                .orElse(due);
    }

    private static List<Rescheduling> movesBy(List<Rescheduling> moves, LocalDate asOf) {
        return moves.stream().filter(r -> r.date() == null || !r.date().isAfter(asOf)).toList();
    }

    /**
     * The support as it stood: absent when it was requested after {@code asOf}; with the status it
     * had then when its written status was reached after {@code asOf}.
     */
    static Optional<Support> support(Support s, LocalDate asOf) {
        LocalDate requested = s.date(SupportStatus.REQUESTED);
        if (requested != null && requested.isAfter(asOf)) {
            return Optional.empty();
        }
        Map<SupportStatus, LocalDate> dates = new EnumMap<>(SupportStatus.class);
        s.dates().forEach((status, date) -> {
            if (!date.isAfter(asOf)) {
                dates.put(status, date);
            }
        });
        LocalDate reached = s.date(s.status());
        SupportStatus status = s.status();
        if (reached != null && reached.isAfter(asOf)) {
            // The latest step taken by then; a tie on one day goes to the later step.
            status = dates.entrySet().stream()
                    .max(Map.Entry.<SupportStatus, LocalDate>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey)
                    .orElse(SupportStatus.REQUESTED);
        }
        return Optional.of(new Support(s.id(), s.kind(), s.title(), s.cost(), s.currency(), status, dates,
                status == s.status() ? s.note() : null, s.pos()));
    }
}
