package io.devplan.domain;

import java.time.LocalDate;

/** A concrete step with an owner (the employee, the manager, anyone); open while {@code done} is null. */
public record Action(String id, String title, String owner, LocalDate due, LocalDate done, Position pos) {
    public boolean isDone() {
        return done != null;
    }
}
