package io.devplan.domain.validate;

/** A rule's bad and good example as plan YAML, for the man page and for tests. */
public record Example(String bad, String good) {}
