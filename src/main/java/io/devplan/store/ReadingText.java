package io.devplan.store;

import io.devplan.domain.Phrase;
import io.devplan.domain.Said;

/**
 * What devplan says when it reads its input and something is wrong: the repository not found,
 * plans/ listed, a file not read, YAML devplan refuses, a key or value that does not fit the
 * format. Each is one whole sentence; a "did you mean" variant is a phrase of its own. The English
 * is what {@link Problem#message()} keeps for machine formats; the other languages are in
 * {@code reader-LANG.properties}.
 */
public enum ReadingText implements Phrase {
    // ---- the repository
    NO_CONFIG_IN_FOLDER("not a plan repository: {dir} has no devplan.yaml; run 'devplan init {dir}' to create one"),
    NOT_A_FOLDER("not a plan repository: {dir} is not a folder; run 'devplan init {dir}' to create one"),
    NO_CONFIG_ABOVE("not a plan repository: no devplan.yaml in {start} or any folder above it; run 'devplan init' "
            + "to create one, or name one with --dir"),
    DUPLICATE_EMPLOYEE_ID("duplicate employee id '{id}', also in {chosen}; devplan reads {chosen} (a plan directly "
            + "under plans/ comes first, then path order) and leaves this one out; ids must be unique across the "
            + "repository: rename or remove one"),
    CACHE_NOT_USED("not using the parse cache: {reason}"),
    CACHE_OTHER_USER("{folder} belongs to another user (uid {uid}); remove it, or set XDG_CACHE_HOME to a folder of "
            + "your own"),
    CACHE_WRITABLE_BY_OTHERS("{folder} may be written by others (mode {mode}); make it private: chmod go-w {folder}"),
    CACHE_WRITABLE_BY_GROUP("{folder} may be written by its group (mode {mode}); make it private: chmod go-w {folder}"),

    // ---- listing plans/
    PLANS_LINK_NOT_FOLDER("is a link to {target}, which is not a folder; make plans/ a folder"),
    PLANS_NOT_FOLDER("is not a folder; plans live in the folder plans/: move this file away and create the folder"),
    FOLDER_PERMISSION_DENIED("cannot read this folder (permission denied), so the plans in it are left out; give "
            + "yourself access with 'chmod u+rx {folder}'"),
    FOLDER_UNREADABLE("cannot read this folder ({reason}), so the plans in it are left out"),
    SWAP_FILE("an editor's swap or backup file: a plan may be open in an editor, or an edit was not finished; finish "
            + "or recover the edit, then remove this file"),
    NOT_REGULAR("is {kind}; devplan opens only regular files (reading a FIFO would wait forever): remove it"),
    LINK_NOT_REGULAR("is a link to {kind}; devplan opens only regular files (reading a FIFO would wait forever): "
            + "remove it"),
    IS_A_FOLDER("is a folder; devplan opens only regular files (reading a FIFO would wait forever): remove it"),
    KIND_FIFO("a FIFO"),
    KIND_SOCKET("a socket"),
    KIND_DEVICE("a device"),
    KIND_OTHER("no regular file"),
    LINK_UNDER_PLANS("is a link to {target}, a folder that is under plans/ already, so its plans would be read twice "
            + "or without end; remove the link"),
    LINK_HOLDS_PLANS("is a link to {target}, a folder that holds plans/, so its plans would be read twice or without "
            + "end; remove the link"),
    SECOND_LINK("is a second link to {target}, whose plans are read already; remove it"),
    BROKEN_LINK("is a broken link (to {target}); remove it, or restore what it leads to"),
    LINK_LOOP("is a loop of links; remove it"),
    LINK_NOT_FOLLOWED("is a link that cannot be followed ({reason}); remove it"),
    LINK_OUTSIDE("is a link to {target}, outside the repository; devplan reads only files of the repository, so that "
            + "a link from a pull request cannot make it read others: replace the link with the file or folder itself"),
    LINK_HIDDEN("is a link to {target}, in a hidden folder of the repository; devplan reads no hidden files (.git "
            + "holds credentials): replace the link with the file or folder itself"),
    REPOSITORY_ROOT("the repository's root"),

    // ---- reading a file
    YML_NAME("plan files end in .yaml; rename it to {name}.yaml"),
    TOO_LARGE("file is {size} bytes, more than the {limit} KiB a devplan file may have"),
    NOT_UTF8("not UTF-8 text; save the file as UTF-8"),
    NO_SUCH_FILE("no such file"),
    CANNOT_READ("cannot read: {reason}"),
    IO_PERMISSION_DENIED("permission denied"),
    IO_NO_SUCH_FOLDER("no such folder"),
    IO_ALREADY_EXISTS("it already exists"),
    IO_NOT_A_FOLDER("a part of the path is not a folder"),

    // ---- YAML devplan refuses
    CONFLICT("unresolved merge conflict at line {line}; resolve it, then run devplan validate"),
    CONFLICT_INCOMPLETE("unresolved merge conflict at line {line}: its markers are incomplete; remove what is left "
            + "of them"),
    CONFLICT_SIDES("unresolved merge conflict at line {line} in {path}: {ours}, {theirs}; keep one, remove the "
            + "marker lines, then run devplan validate again"),
    CONFLICT_SIDE_ON("{value} on {label}"),
    CONFLICT_SIDE("{value}"),
    CONFLICT_VALUE("'{value}'"),
    CONFLICT_NOTHING("nothing"),
    CONFLICT_EMPTY("empty"),
    CONFLICT_LONGER_TEXT("a longer text"),
    CONFLICT_UNNAMED("unresolved merge conflict at line {line}; keep one side, remove the marker lines, then run "
            + "devplan validate again"),
    SECOND_DOCUMENT("a plan file holds one YAML document; remove the second '---' and what follows"),
    SYNTAX_TAB("syntax error: a tab character here; YAML indents with spaces, not tabs"),
    YAML_TOO_LARGE("file is too large to be a plan"),
    SYNTAX("syntax error: {problem}"),
    SYNTAX_IN("syntax error: {problem} {context} that starts at line {line}, column {column}"),
    SYNTAX_QUOTE("syntax error: {problem}; quote a text that contains ': ', or check the indentation"),
    SYNTAX_IN_QUOTE("syntax error: {problem} {context} that starts at line {line}, column {column}; quote a text that "
            + "contains ': ', or check the indentation"),
    YAML_MAPPING_VALUES("mapping values are not allowed here"),
    YAML_END_OF_STREAM("found unexpected end of stream"),
    YAML_NO_COLON("could not find expected ':'"),
    YAML_EXPECTED_GOT("expected {expected}, but got {found}"),
    YAML_EXPECTED_FOUND("expected {expected}, but found {found}"),
    YAML_CHARACTER("found character '{c}' that cannot start any token. (Do not use {c} for indentation)"),
    WHILE_QUOTED_SCALAR("while scanning a quoted scalar"),
    WHILE_PLAIN_SCALAR("while scanning a plain scalar"),
    WHILE_BLOCK_SCALAR("while scanning a block scalar"),
    WHILE_FLOW_SEQUENCE("while parsing a flow sequence"),
    WHILE_FLOW_MAPPING("while parsing a flow mapping"),
    WHILE_BLOCK_MAPPING("while parsing a block mapping"),
    WHILE_BLOCK_COLLECTION("while parsing a block collection"),
    WHILE_SIMPLE_KEY("while scanning a simple key"),
    WHILE_ALIAS("while scanning an alias"),
    WHILE_ANCHOR("while scanning an anchor"),
    CANNOT_READ_YAML("cannot read YAML: {reason}"),
    YAML_CONTROL_CHARACTER("YAML does not allow the control character U+{code}; remove it (often a pasted escape sequence)"),
    UNEXPECTED("unexpected {event} in YAML"),
    ALIAS("YAML aliases ('*{anchor}') are not supported in devplan files; write the value out in full"),
    TOO_DEEP("nesting is deeper than {depth} levels; a plan needs far fewer"),
    TAG("YAML tag '{tag}' is not allowed in devplan files; remove it"),
    KEY_NOT_PLAIN("a key must be a plain word, not {found}"),
    DUPLICATE_KEY("duplicate key '{key}' (first at line {line}); keep one of them"),

    // ---- what a value was found to be
    FOUND_NOTHING("nothing"),
    FOUND_TEXT("a text"),
    FOUND_LIST("a list"),
    FOUND_MAPPING("a mapping"),

    // ---- keys and values
    NOT_A_MAPPING("expected {what} (a mapping of keys), found {found}"),
    UNKNOWN_KEY("unknown key '{key}' in {what}"),
    UNKNOWN_KEY_DID_YOU_MEAN("unknown key '{key}' in {what}; did you mean {suggestion}?"),
    MUST_BE_TEXT("'{key}' must be a text, found {found}"),
    MUST_BE_DATE("'{key}' must be a date (YYYY-MM-DD), found {found}"),
    MUST_BE_NUMBER("'{key}' must be a number, found {found}"),
    MUST_BE_WHOLE_NUMBER("'{key}' must be a whole number, found {found}"),
    MUST_BE_BOOLEAN("'{key}' must be true or false, found {found}"),
    MUST_BE_ONE_OF("'{key}' must be one of {names}, found {found}"),
    MUST_BE_CADENCE("'{key}' must be a cadence, found {found}"),
    CONTROL_CHARACTER("'{key}' holds the control character U+{code}; text may hold new lines and tabs, but no other "
            + "control characters"),
    PRIVATE_IS_TEXT("'private' is the manager-only note, a text; write the note itself or leave the key out"),
    NEEDS_KEY("{what} needs '{key}'"),
    IMPOSSIBLE_DATE("impossible date {value} in '{key}': {reason}"),
    NOT_A_DATE("'{key}' must be a date, found '{value}'; {reason}"),
    OUT_OF_BOUNDS("'{key}' is out of bounds: {rule}, found '{value}'"),
    NOT_A_NUMBER("'{key}' must be a number, found '{value}'"),
    UNKNOWN_LANGUAGE("unknown language '{code}'; use one of {codes}"),
    NOT_A_WHOLE_NUMBER("'{key}' must be a whole number from {min} to {max}, found '{value}'"),
    OUT_OF_RANGE("'{key}' must be from {min} to {max}, found {value}"),
    NOT_TRUE_OR_FALSE("'{key}' must be true or false, found '{value}'"),
    NOT_ONE_OF("'{key}' must be one of {names}, found '{value}'"),
    NOT_ONE_OF_DID_YOU_MEAN("'{key}' must be one of {names}, found '{value}'; did you mean {suggestion}?"),
    NOT_A_CADENCE("'{key}' must be one of {names} or an ISO-8601 period such as P3W, found '{value}'"),
    NOT_A_CADENCE_DID_YOU_MEAN("'{key}' must be one of {names} or an ISO-8601 period such as P3W, found '{value}'; "
            + "did you mean {suggestion}?"),
    NOT_A_TEXT_LIST("'{key}' must be a list such as [a, b], found {found}"),
    ITEM_NOT_TEXT("each item of '{key}' must be a text, found {found}"),
    NOT_A_LIST("'{key}' must be a list (items starting with '- '), found {found}"),
    NO_WHOLE_NUMBER("'{key}' must be a whole number from {min} to {max}"),
    NEEDS_NUMBER("'{key}' needs a number"),
    NOT_A_KEY_MAPPING("'{key}' must be a mapping such as {example}, found {found}"),

    // ---- what a mapping is, in the sentences above
    A_PLAN("a plan"),
    A_FEEDBACK_ENTRY("a feedback entry"),
    A_GOAL("a goal"),
    A_CHECKIN("a check-in"),
    AN_ACHIEVEMENT("an achievement"),
    AN_ASSESSMENT("an assessment"),
    A_MILESTONE("a milestone"),
    AN_ACTION("an action"),
    A_SUPPORT_ENTRY("a support entry"),
    A_RESCHEDULING("a rescheduling"),
    A_PRIORITY("a priority"),
    A_COMPETENCY("a competency"),
    A_TRACK_LEVEL("a track level"),
    A_PERSON("a person"),
    NAMED("{name}"),

    // ---- a plan
    PLAN_EMPTY("the plan is empty; it needs at least employee: {example}"),
    NEEDS_EMPLOYEE("the plan needs 'employee' with at least 'id' and 'name'"),
    ID_DIFFERS_FROM_FILE("employee id '{id}' differs from the file name '{file}.yaml'; rename the file or change the id"),
    RESCHEDULING_NEEDS_DATES("a rescheduling needs 'date' (when it was moved) and 'from' (the earlier due date)"),
    CHECKIN_NEEDS_DATE("a check-in needs 'date'"),
    ASSESSMENT_NEEDS_DATE("an assessment needs 'date'"),
    DUPLICATE_FEEDBACK_ID("duplicate feedback id '{id}' (first at line {line}); ids must be unique"),
    DUPLICATE_GOAL_ID("duplicate goal id '{id}' (first at line {line}); ids must be unique"),
    DUPLICATE_ITEM_ID("duplicate milestone or action id in goal '{goal}' '{id}' (first at line {line}); ids must be "
            + "unique"),
    DUPLICATE_SUPPORT_ID("duplicate support id in goal '{goal}' '{id}' (first at line {line}); ids must be unique"),

    // ---- a plan's history
    GIT_LOG_FAILED("git log failed for {file}: {reason}"),
    GIT_CAT_FILE_FAILED("git cat-file failed: {reason}"),

    // ---- devplan.yaml
    UNKNOWN_TIME_ZONE("unknown time zone '{zone}'; use a region such as Europe/Copenhagen"),
    FILE_MODE("'file-mode' must be an octal mode such as \"0600\", found '{mode}'");

    private final String text;

    ReadingText(String text) {
        this.text = text;
    }

    @Override
    public String english(String form) {
        return text;
    }

    @Override
    public String catalogue() {
        return "reader";
    }

    /** The phrase with its values. */
    Said with(Object... args) {
        return Said.of(this, args);
    }

    private static final java.util.regex.Pattern EXPECTED =
            java.util.regex.Pattern.compile("expected (.+), but (got|found) (.+)");
    private static final java.util.regex.Pattern EITHER = java.util.regex.Pattern.compile("'([^']+)' or '([^']+)'");
    private static final java.util.regex.Pattern CHARACTER = java.util.regex.Pattern.compile(
            "found character '(.)' that cannot start any token\\. \\(Do not use \\1 for indentation\\)");

    /**
     * The YAML parser's description of a syntax error ("mapping values are not allowed here") or
     * of what it was reading ("while parsing a flow mapping"), as a phrase when it is one devplan
     * knows; else the parser's own English words, as they are.
     */
    static Object yaml(String words) {
        for (ReadingText t : values()) {
            if ((t.name().startsWith("YAML_") || t.name().startsWith("WHILE_")) && t.text.equals(words)) {
                return Said.of(t);
            }
        }
        var m = EXPECTED.matcher(words);
        if (m.matches()) {
            var either = EITHER.matcher(m.group(1));
            Object expected = either.matches()
                    ? io.devplan.domain.Alternatives.of(java.util.List.of(either.group(1), either.group(2))) : m.group(1);
            return (m.group(2).equals("got") ? YAML_EXPECTED_GOT : YAML_EXPECTED_FOUND)
                    .with("expected", expected, "found", m.group(3));
        }
        m = CHARACTER.matcher(words);
        if (m.matches()) {
            return YAML_CHARACTER.with("c", m.group(1));
        }
        return words;
    }

    /** A name said as it is written in every language: {@code 'employee'}, {@code devplan.yaml}. */
    static Said named(String name) {
        return NAMED.with("name", name);
    }
}
