package io.devplan.app;

import io.devplan.domain.Phrase;

/**
 * What the application services say: the editor session's refusals and validate's paths. Whole
 * sentences with named placeholders; the other languages are in {@code errors-LANG.properties}
 * under {@code app.KEY}.
 */
public enum ServiceText implements Phrase {
    PRIVATE_COPY_FAILED("cannot make a private copy of {file} to edit: {reason}"),
    EDITOR_INTERRUPTED("the editor was interrupted; {file} is unchanged"),
    EDITOR_STATUS("the editor exited with status {status}; {file} is unchanged"),
    EDITOR_INTERRUPTED_KEPT("the editor was interrupted; {file} is unchanged; your edited copy is kept in {copy}"),
    EDITOR_STATUS_KEPT("the editor exited with status {status}; {file} is unchanged; your edited copy is kept in {copy}"),
    REFUSED_KEPT("{refusal}; your edited copy is kept in {copy}"),
    INVALID_COPY_KEPT("not writing {file}: the edited copy is not a valid plan (1 problem above); your edited copy is "
            + "kept in {copy}", "not writing {file}: the edited copy is not a valid plan ({n} problems above); your "
            + "edited copy is kept in {copy}"),
    CANNOT_READ_COPY("cannot read the edited copy {copy}: {reason}; {file} is unchanged"),
    CANNOT_RUN_EDITOR("cannot run the editor ({editor}): {reason}"),
    NOT_UNDER_PLANS("{path} is not under {plans}/; validate checks the plan files and folders named under plans/ "
            + "(and {config} on every run)"),
    NOT_A_PLAN_FILE("{path} is not a plan file (a plan file ends in .yaml and is not hidden)"),
    NO_SUCH_FILE("{path}: no such file");

    private final String one;
    private final String other;

    ServiceText(String text) {
        this(null, text);
    }

    ServiceText(String one, String other) {
        this.one = one;
        this.other = other;
    }

    @Override
    public String english(String form) {
        return "one".equals(form) && one != null ? one : other;
    }

    @Override
    public boolean counted() {
        return one != null;
    }

    @Override
    public String catalogue() {
        return "errors";
    }

    @Override
    public String key() {
        return "app." + Phrase.super.key();
    }
}
