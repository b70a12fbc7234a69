package io.devplan.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated step of a goal; open while {@code done} is null.
 *
 * @param rescheduled earlier due dates, oldest move first; never null
 */
public record Milestone(String id, String title, LocalDate due, LocalDate done, List<Rescheduling> rescheduled,
                        Position pos) {
    public Milestone {
        rescheduled = List.copyOf(rescheduled);
    }

    public boolean isDone() {
        return done != null;
    }
}
