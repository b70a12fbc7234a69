package io.devplan.render;

/** A plan that could not be read, as an output says so: where, and the first problem found there. */
public record Unread(String file, int line, int column, String message) {}
