package io.devplan.domain;

import java.time.LocalDate;

/** A dated step of a goal; open while {@code done} is null. */
public record Milestone(String id, String title, LocalDate due, LocalDate done, Position pos) {
    public boolean isDone() {
        return done != null;
    }
}
