package io.devplan.store;

import java.util.List;

/** Input that cannot be read: the problems say where and why. */
public class InputException extends RuntimeException {
    private final transient List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.isEmpty() ? "unreadable input" : problems.get(0).format(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public InputException(String message) {
        this(List.of(Problem.general(message)));
    }

    public InputException(io.devplan.domain.Said said) {
        this(List.of(Problem.general(said)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
