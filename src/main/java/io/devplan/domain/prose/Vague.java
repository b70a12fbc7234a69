package io.devplan.domain.prose;

/** Words that promise change without saying what will be different ("improve", "bättre"). */
public record Vague(String phrase, String pattern) {}
