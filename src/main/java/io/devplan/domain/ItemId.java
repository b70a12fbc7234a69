package io.devplan.domain;

/**
 * The id of something inside a plan (a goal, milestone, action, support entry or feedback) or of
 * a priority or competency in devplan.yaml: the same rule as {@link EmployeeId}, so GOAL/ITEM
 * addresses stay unambiguous, but not a file name, so device names are allowed.
 */
public final class ItemId {
    private ItemId() {}

    public static boolean isValid(String text) {
        return text != null && Ids.valid(text, false);
    }

    /**
     * @param noun what the id names in the message ("goal id")
     * @throws InvalidId with the one message
     */
    public static String check(String text, String noun) {
        if (!isValid(text)) {
            throw Ids.invalid(text, noun, false);
        }
        return text;
    }

    /** As {@link #problem}, to be said in the reader's language; null when it is valid. */
    public static Said problemSaid(String text, String noun) {
        return isValid(text) ? null : Ids.invalid(text, noun, false).said();
    }

    /** The one message for {@code text} as an id of {@code noun}, or null when it is valid. */
    public static String problem(String text, String noun) {
        return isValid(text) ? null : Ids.invalid(text, noun, false).getMessage();
    }
}
