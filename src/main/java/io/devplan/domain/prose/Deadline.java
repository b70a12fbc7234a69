package io.devplan.domain.prose;

import java.time.LocalDate;

/** A date or period a goal's words name ("by 30 June"), resolved to the day it means. */
public record Deadline(String phrase, LocalDate date) {}
