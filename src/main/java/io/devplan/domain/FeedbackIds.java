package io.devplan.domain;

import java.time.LocalDate;

/** Ids for feedback entries recorded without one: {@code fb-2026-11-22}, then {@code fb-2026-11-22-2}. */
public final class FeedbackIds {
    private FeedbackIds() {}

    public static String next(Plan plan, LocalDate date) {
        String base = "fb-" + date;
        String id = base;
        for (int n = 2; taken(plan, id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static boolean taken(Plan plan, String id) {
        return plan.feedback().stream().anyMatch(f -> id.equals(f.id()));
    }
}
