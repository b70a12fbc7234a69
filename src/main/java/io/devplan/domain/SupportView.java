package io.devplan.domain;

/** Support allocated to a goal, as of a date ({@link PlanAsOf}), with the goal it is for. */
public record SupportView(Goal goal, Support support) {
    /** Its address, {@code GOAL/SUPPORT}. */
    public String id() {
        return goal.id() + "/" + support.id();
    }
}
