package io.devplan.domain;

/**
 * Something one person must do.
 *
 * @param item what it is about, in the shape of an overdue item
 * @param action what the recipient should do
 * @param employeeName the name of the employee whose plan it is, for the words of the reminder
 * @param date when what it is about happened (an achievement), or null
 */
public record Reminder(DueItem item, Action action, String employeeName, java.time.LocalDate date) {
    public Reminder(DueItem item, Action action, String employeeName) {
        this(item, action, employeeName, null);
    }

    /**
     * What the reminder is about, the same from day to day: the plan, the kind, the item (an
     * achievement by its date and title). The mail log remembers reminders by it.
     */
    public String key() {
        String what = item.id() != null ? item.id()
                : item.kind() == DueKind.ACHIEVEMENT ? item.goal() + "@" + date + ":" + item.title() : item.goal();
        return item.employee() + " " + item.kind().yamlName() + " " + what;
    }

    /**
     * What the reminder says that matters: what to do, by when, about what. When it changes
     * (due soon became overdue, the date moved, the title changed) the reminder is new again.
     */
    public String fingerprint() {
        return action.yamlName() + " " + item.due() + " " + item.title();
    }

    /** The devplan command that clears it, as words of a command line. */
    public java.util.List<String> command() {
        return ClearingCommand.of(this);
    }

    /** What a reminder asks for; each has its sentence where reminders are written. */
    public enum Action implements YamlName {
        FINISH_ACTION("finish-action"),
        FINISH_OR_MOVE_ACTION("finish-or-move-action"),
        FINISH_MILESTONE("finish-milestone"),
        FINISH_OR_MOVE_MILESTONE("finish-or-move-milestone"),
        CLOSE_GOAL("close-goal"),
        REVIEW_GOAL("review-goal"),
        REVIEW_GOAL_AT_RISK("review-goal-at-risk"),
        RESCUE_GOAL("rescue-goal"),
        HOLD_CHECKIN("hold-checkin"),
        DECIDE_SUPPORT("decide-support"),
        CELEBRATE("celebrate");

        private final String yamlName;

        Action(String yamlName) {
            this.yamlName = yamlName;
        }

        @Override
        public String yamlName() {
            return yamlName;
        }
    }
}
