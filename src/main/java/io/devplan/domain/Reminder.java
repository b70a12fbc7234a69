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
