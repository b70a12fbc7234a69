package io.devplan.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One commit of a plan's history and what it changed in the plan.
 *
 * @param date the author's date of the commit
 * @param file the plan file at that commit, relative to the repository root
 * @param unreadable what kept the plan from reading at that commit, or null
 */
public record HistoryEntry(String employee, String commit, String shortCommit, String author, LocalDate date,
                           String subject, String file, List<PlanChanges.Change> changes, String unreadable) {
    public HistoryEntry {
        changes = List.copyOf(changes);
    }
}
