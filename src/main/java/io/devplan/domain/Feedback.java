package io.devplan.domain;

import java.time.LocalDate;

/** What was said in a review or conversation, before it becomes goals. */
public record Feedback(
        String id,
        LocalDate date,
        String from,
        FeedbackSource source,
        FeedbackKind kind,
        String text,
        boolean isPrivate,
        Position pos) {}
