package io.devplan.domain.prose;

import io.devplan.domain.Language;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Titles read in one repository's language, each once: several rules look at the same words, and
 * validate checks plans in parallel. The memo is bounded, so memory follows the plans being
 * checked, not the repository.
 */
public final class Readings {
    private static final int MAX = 4096;

    private final Language language;
    private final ConcurrentHashMap<Key, GoalWords> memo = new ConcurrentHashMap<>();

    private record Key(String title, LocalDate reference) {}

    public Readings(Language language) {
        this.language = language;
    }

    public Language language() {
        return language;
    }

    public GoalWords read(String title, LocalDate reference) {
        if (memo.size() >= MAX) {
            memo.clear();
        }
        return memo.computeIfAbsent(new Key(title, reference), k -> GoalWords.read(k.title(), k.reference(), language));
    }
}
