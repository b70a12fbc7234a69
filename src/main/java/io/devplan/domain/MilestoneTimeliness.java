package io.devplan.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a milestone was, or is being, kept on time as of a date.
 *
 * <p>Done on time: done on or before its due date (or done with no due date). Done late: done
 * after its due date. Overdue: not done by the as-of date, due before it, and its goal is
 * neither done nor dropped ({@link Overdue}'s rule). Open: everything else. A {@code done} date
 * after the as-of date counts as not done yet, so past reports stay reproducible.
 */
public enum MilestoneTimeliness implements YamlName {
    DONE_ON_TIME("done-on-time"),
    DONE_LATE("done-late"),
    OPEN("open"),
    OVERDUE("overdue");

    private final String yamlName;

    MilestoneTimeliness(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

    public static MilestoneTimeliness of(Milestone m, Goal goal, LocalDate asOf) {
        if (m.done() != null && !m.done().isAfter(asOf)) {
            return m.due() == null || !m.done().isAfter(m.due()) ? DONE_ON_TIME : DONE_LATE;
        }
        if (m.due() != null && m.due().isBefore(asOf) && !goal.status().isClosed()) {
            return OVERDUE;
        }
        return OPEN;
    }

    /** How many milestones fall in each class. */
    public record Counts(int doneOnTime, int doneLate, int open, int overdue) {
        public static final Counts ZERO = new Counts(0, 0, 0, 0);

        public static Counts of(Goal goal, LocalDate asOf) {
            Counts c = ZERO;
            for (Milestone m : goal.milestones()) {
                c = c.plus(MilestoneTimeliness.of(m, goal, asOf));
            }
            return c;
        }

        public static Counts ofGoals(List<Goal> goals, LocalDate asOf) {
            Counts c = ZERO;
            for (Goal g : goals) {
                c = c.plus(of(g, asOf));
            }
            return c;
        }

        public Counts plus(MilestoneTimeliness t) {
            return new Counts(doneOnTime + (t == DONE_ON_TIME ? 1 : 0), doneLate + (t == DONE_LATE ? 1 : 0),
                    open + (t == OPEN ? 1 : 0), overdue + (t == OVERDUE ? 1 : 0));
        }

        public Counts plus(Counts o) {
            return new Counts(doneOnTime + o.doneOnTime, doneLate + o.doneLate, open + o.open, overdue + o.overdue);
        }

        public int total() {
            return doneOnTime + doneLate + open + overdue;
        }

        public int done() {
            return doneOnTime + doneLate;
        }

        /** Done on time as a whole percent of the done milestones; null when none is done. */
        public Integer onTimeShare() {
            return Share.percent(doneOnTime, done());
        }
    }
}
