package io.devplan.store;

import io.devplan.domain.Phrase;

/**
 * Why a write was refused or what it left to do: the plan writer's lock and checks, --output,
 * new plans and repositories, git set-up and commits. Whole sentences with named placeholders;
 * paths, commands and git's own words stay as they are. The other languages are in
 * {@code errors-LANG.properties} under {@code write.KEY}.
 */
public enum WriteText implements Phrase {
    // ---- PlanWriter
    CANNOT_READ("cannot read: {reason}"),
    NOT_AS_INTENDED("not writing {file}: the edit did not come out as intended ({wrong}); this is a bug in devplan, "
            + "please report it"),
    RESULT_TOO_LARGE("not writing {file}: the result would be {size} bytes, more than the {limit} KiB a devplan file "
            + "may have"),
    RESULT_INVALID("not writing {file}: the result would not be a valid plan: {why}"),
    PROBLEM_AT_LINE("{problem} (line {line})"),
    JOINED("{first}; {rest}"),
    CANNOT_LOCK("cannot write {file}: cannot create its lock {lock}: {reason}; the file is unchanged"),
    CHANGED_SINCE_READ("{file} changed since devplan read it; nothing was written. Run the command again to apply it "
            + "to the new version"),
    CANNOT_WRITE_UNCHANGED("cannot write {file}: {reason}; the file is unchanged"),
    READ_ONLY("not writing {file}: it is read-only; nothing was written"),
    READ_ONLY_MODE("not writing {file}: it is read-only (mode {mode}, owner {owner}); nothing was written. If it may "
            + "change, make it writable first: chmod u+w {file}"),
    LOCK_JUST_NOW("{file} was being written by another devplan just now; nothing was written. Try again"),
    LOCK_GONE("{file} is locked by a devplan that is no longer running: {lock} exists ({who}); nothing was written. "
            + "Remove what it left and try again: {remove}"),
    LOCK_GONE_COPIES("{file} is locked by a devplan that is no longer running: {lock} exists ({who}); it left a "
            + "temporary copy: {copies}; nothing was written. Remove what it left and try again: {remove}"),
    LOCK_HELD("{file} is locked by another devplan: {lock} exists ({who}); nothing was written. Try again; if no "
            + "devplan is running (a writer was killed), remove it: {remove}"),
    LOCK_HELD_COPIES("{file} is locked by another devplan: {lock} exists ({who}); it left a temporary copy: {copies}; "
            + "nothing was written. Try again; if no devplan is running (a writer was killed), remove it: {remove}"),
    OWNER_HERE_GONE("pid {pid} on this host, no longer running, {age}"),
    OWNER_HERE_RUNNING("pid {pid} on this host, still running, {age}"),
    OWNER_ELSEWHERE("pid {pid} on {host}, {age}"),
    AGE_SECONDS("created {n} s ago"),
    AGE_MINUTES("created {n} min ago"),
    AGE_HOURS("created {n} h ago"),
    AGE_DAYS("created {n} days ago"),
    AGE_UNKNOWN("age unknown"),

    // ---- YamlEditor: an edit that does not fit the file's layout
    NOT_A_LIST("'{key}' at line {line} is not a list"),
    CANNOT_REPLACE_LIST("cannot replace the list at line {line}"),
    CANNOT_REPLACE_MAPPING("cannot replace the mapping at line {line}"),
    MULTI_LINE_IN_ONE_LINE_LIST("cannot add a multi-line item to the one-line list at line {line}; write the list as a "
            + "block list ('- ' items) first"),
    NO_MAPPING("no mapping at {path} in the plan"),

    // ---- OutputFile
    CANNOT_WRITE_NOTHING_WRITTEN("cannot write {file}: {reason}; nothing was written"),
    OUTPUT_OWNED("not writing {file}: it is {what}, which --output never replaces; nothing was written. Name a file "
            + "outside the repository, such as ~/report.html"),
    OWNED_SETTINGS("the repository's settings ({config})"),
    OWNED_PLANS("in the repository's plans/ folder"),
    OWNED_DEVPLAN("in devplan's own folder {folder}/"),
    OWNED_GIT("in git's own folder"),
    OWNED_TRACKED("a file git tracks (git ls-files lists it)"),
    OUTPUT_FOLDER("cannot write {file}: it is a folder; name a file in it"),
    OUTPUT_BLOCK_DEVICE("not writing {file}: it is a block device (a disk); nothing was written"),
    CANNOT_WRITE("cannot write {file}: {reason}"),

    // ---- NewPlan, RepositoryCreator
    PLAN_EXISTS("a plan for '{id}' already exists: {file}"),
    CANNOT_CREATE("cannot create {file}: {reason}; nothing was written"),
    CREATED_READS_DIFFERENTLY("created {file}, but it reads back differently from what was written; check the file and "
            + "the disk"),
    CREATED_UNREADABLE("created {file}, but it cannot be read back: {reason}; check the file and the disk"),
    REPOSITORY_EXISTS("{config} already exists; devplan init never overwrites a repository"),
    CANNOT_CREATE_REPOSITORY("cannot create the repository in {folder}: {reason}"),

    // ---- GitSetup
    NO_DRIVER("this clone has no merge driver for plans: .gitattributes sends plans/ to 'devplan', but "
            + "merge.devplan.driver is not in this clone's git config (git does not clone its config), so git merges "
            + "plans line by line and conflicts where devplan would not; run 'devplan init --git' once in this clone"),
    NO_ATTRIBUTE("git merges plans line by line here, so two branches that both add a check-in conflict; run "
            + "'devplan init --git' once, and commit the .gitattributes it writes"),
    CANNOT_SET_UP_GIT("cannot set up git in {folder}: {reason}"),
    NOT_A_WORK_TREE("cannot set up the merge driver: git does not take {folder} for a work tree ({reason})"),
    NOT_A_WORK_TREE_YET("git does not take {folder} for a work tree yet, so the merge driver is not set up; run "
            + "'devplan init --git' there once it does"),
    CANNOT_SET_CONFIG("cannot set {key} in the git config of {folder}: {reason}"),

    // ---- the merge driver
    MERGE_UNREADABLE("{file}: cannot merge as data: {reason}; git's line merge was used instead"),
    MERGE_CONFLICT("{file}:{line}: conflict: {path} changed two ways ({ours} on {oursLabel}, {theirs} on "
            + "{theirsLabel}); keep one and remove the marker lines, then run devplan validate"),
    MERGE_CANNOT_WRITE("{file}: cannot write the merged plan: {reason}; git's line merge was used instead"),
    MERGE_BUG("{file}: cannot merge as data (a bug in devplan: {error}); git's line merge was used instead"),
    MERGE_LINE_FAILED("{file}: git merge-file failed too ({reason}); the file is left as it was on {label}"),

    // ---- GitCommit
    COMMITTED("committed: {message}"),
    NOT_IN_WORK_TREE("it is not in a git work tree"),
    GIT_ADD_FAILED("git add failed: {output}"),
    GIT_COMMIT_FAILED("git commit failed: {output}");

    private final String text;

    WriteText(String text) {
        this.text = text;
    }

    @Override
    public String english(String form) {
        return text;
    }

    @Override
    public String catalogue() {
        return "errors";
    }

    @Override
    public String key() {
        return "write." + Phrase.super.key();
    }
}
