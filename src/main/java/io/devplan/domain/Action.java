package io.devplan.domain;

import java.time.LocalDate;
import java.util.List;

/** A concrete step with an owner (the employee, the manager, anyone); open while {@code done} is null. */
public record Action(String id, String title, String owner, LocalDate due, LocalDate done,
                     List<Rescheduling> rescheduled, Position pos) {
    public Action {
        rescheduled = List.copyOf(rescheduled);
    }

    public boolean isDone() {
        return done != null;
    }
}
