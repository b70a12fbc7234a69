package io.devplan.domain;

/**
 * An employee id: the name of a plan, and its file name under plans/ ({@code plans/ID.yaml}, or
 * in a sub-folder), never a path. Every id that arrives (a command's argument, a plan's
 * {@code employee.id}, {@code devplan new}) is checked by this one rule before any file is touched.
 */
public record EmployeeId(String value) {
    public static final int MAX_LENGTH = Ids.MAX_LENGTH;

    /** @throws InvalidId with the one message, and a suggestion where the text is close to an id */
    public EmployeeId {
        if (!Ids.valid(value, true)) {
            throw Ids.invalid(value, "employee id", true);
        }
    }

    public static EmployeeId of(String text) {
        return new EmployeeId(text);
    }

    public static boolean isValid(String text) {
        return text != null && Ids.valid(text, true);
    }

    /** The one message for {@code text} as an employee id, or null when it is valid. */
    public static String problem(String text) {
        return isValid(text) ? null : Ids.invalid(text, "employee id", true).getMessage();
    }

    /** As {@link #problem(String)}, to be said in the reader's language. */
    public static Said problemSaid(String text) {
        return isValid(text) ? null : Ids.invalid(text, "employee id", true).said();
    }

    /** The file name of the plan. */
    public String fileName() {
        return value + ".yaml";
    }

    @Override
    public String toString() {
        return value;
    }
}
