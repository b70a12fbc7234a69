package io.devplan.domain;

import java.time.LocalDate;

/** Something to recognise; {@code celebrated} is null until it has been. */
public record Achievement(LocalDate date, String title, String goal, LocalDate celebrated, Position pos) {}
