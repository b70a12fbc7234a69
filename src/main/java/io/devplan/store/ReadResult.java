package io.devplan.store;

import java.util.List;

/** What reading a file gave: the value when it read cleanly (else null), and its problems. */
public record ReadResult<T>(T value, List<Problem> problems) {
    public boolean ok() {
        return value != null && problems.isEmpty();
    }
}
