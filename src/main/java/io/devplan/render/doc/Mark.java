package io.devplan.render.doc;

/** The mark in front of a listed item: a state, a plain list item, or none. */
public enum Mark {
    DONE, DONE_LATE, OVERDUE, OPEN, WARN, ITEM, NONE
}
