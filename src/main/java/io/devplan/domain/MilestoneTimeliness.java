package io.devplan.domain;

/**
 * Whether a milestone was, or is being, kept on time as of a date.
 *
 * <p>Done on time: done on or before its due date (or done with no due date). Done late: done
 * after its due date. Overdue: {@link DueState#OVERDUE}. Open: everything else (due soon, not
 * due yet, or set aside with its goal). Whether it is done as of the date is {@link PlanAsOf}'s rule.
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

    public static MilestoneTimeliness of(ItemView m) {
        if (m.state() == DueState.DONE) {
            return m.due() == null || m.done() == null || !m.done().isAfter(m.due()) ? DONE_ON_TIME : DONE_LATE;
        }
        return m.state() == DueState.OVERDUE ? OVERDUE : OPEN;
    }

    /** How many milestones fall in each class. */
    public record Counts(int doneOnTime, int doneLate, int open, int overdue) {
        public static final Counts ZERO = new Counts(0, 0, 0, 0);

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
