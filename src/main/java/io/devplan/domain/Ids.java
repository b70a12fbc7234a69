package io.devplan.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one id rule, for employee ids ({@link EmployeeId}) and the ids of items inside a plan
 * ({@link ItemId}): a name, never a path. An employee id is also a file name under plans/, so it
 * may not be a name Windows reserves for a device (a repository must check out everywhere).
 */
final class Ids {
    private Ids() {}

    static final int MAX_LENGTH = 64;
    private static final Pattern SYNTAX = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    /** Names Windows reserves for devices, with or without an extension. */
    private static final Set<String> DEVICES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    private static final String RULE = "1 to " + MAX_LENGTH + " lower-case letters, digits, '.', '_' and '-', "
            + "starting with a letter or digit, without '..'";

    static boolean valid(String text, boolean fileName) {
        return text.length() <= MAX_LENGTH && SYNTAX.matcher(text).matches() && !text.contains("..")
                && !(fileName && isDevice(text));
    }

    private static boolean isDevice(String text) {
        int dot = text.indexOf('.');
        return DEVICES.contains(dot < 0 ? text : text.substring(0, dot));
    }

    /** The one message for an id that breaks the rule, {@code noun} naming what it is ("employee id"). */
    static InvalidId invalid(String text, String noun, boolean fileName) {
        String rule = fileName ? RULE + ", and not a name Windows keeps for a device such as 'con' or 'nul'" : RULE;
        String suggestion = suggestion(text, fileName);
        Object named = switch (noun) {
            case "employee id" -> Said.of(RefusalText.NOUN_EMPLOYEE_ID);
            case "goal id" -> Said.of(RefusalText.NOUN_GOAL_ID);
            case "milestone or action id" -> Said.of(RefusalText.NOUN_ITEM_ID);
            case "support id" -> Said.of(RefusalText.NOUN_SUPPORT_ID);
            case "feedback id" -> Said.of(RefusalText.NOUN_FEEDBACK_ID);
            default -> ValueText.idNoun(noun);
        };
        RefusalText phrase = fileName
                ? suggestion == null ? RefusalText.INVALID_FILE_ID : RefusalText.INVALID_FILE_ID_DID_YOU_MEAN
                : suggestion == null ? RefusalText.INVALID_ID : RefusalText.INVALID_ID_DID_YOU_MEAN;
        Said said = suggestion == null ? Said.of(phrase, "id", Bounds.shown(text), "noun", named, "max", MAX_LENGTH)
                : Said.of(phrase, "id", Bounds.shown(text), "noun", named, "max", MAX_LENGTH, "suggestion", suggestion);
        InvalidId invalid = new InvalidId(said);
        assert invalid.getMessage().equals("'" + Bounds.shown(text) + "' is not a valid " + noun + ": an id is " + rule
                + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"));
        return invalid;
    }

    /**
     * A valid id close to {@code text}: the same letters and digits in lower case, with runs of
     * other characters as '-' ("Alice Andersen" becomes "alice-andersen"). A path gets none: its
     * file name is not what the user meant to name.
     */
    static String suggestion(String text, boolean fileName) {
        if (text.contains("/") || text.contains("\\") || text.length() > MAX_LENGTH) {
            return null;
        }
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return !s.isEmpty() && !s.equals(text) && valid(s, fileName) ? s : null;
    }
}
