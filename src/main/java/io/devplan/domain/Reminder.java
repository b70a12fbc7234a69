package io.devplan.domain;

/**
 * Something one person must do.
 *
 * @param item what it is about, in the shape of an overdue item
 * @param action a short phrase of what the recipient should do, such as "hold the check-in"
 */
public record Reminder(DueItem item, String action) {}
