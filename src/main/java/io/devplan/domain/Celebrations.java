package io.devplan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which achievement {@code devplan celebrate} marks: the one not yet celebrated, or, when there
 * are several, the one named by its date or by words of its title.
 */
public final class Celebrations {
    private Celebrations() {}

    /**
     * The choice made.
     *
     * @param index the achievement's place in the plan's list (0-based), or -1 when none was chosen
     * @param problem why none was chosen, or null
     */
    public record Choice(int index, Said problem) {
        public static Choice of(int index) {
            return new Choice(index, null);
        }

        static Choice none(Said problem) {
            return new Choice(-1, problem);
        }
    }

    /** Achievements of {@code plan} not yet celebrated, in file order. */
    public static List<Achievement> waiting(Plan plan) {
        return plan.achievements().stream().filter(a -> a.celebrated() == null).toList();
    }

    /** The achievement {@code words} names (null: the only one waiting). */
    public static Choice choose(Plan plan, String words) {
        List<Achievement> all = plan.achievements();
        List<Integer> waiting = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).celebrated() == null) {
                waiting.add(i);
            }
        }
        if (words == null || words.isBlank()) {
            if (waiting.isEmpty()) {
                return Choice.none(Said.of(all.isEmpty() ? RefusalText.NOTHING_TO_CELEBRATE_NONE_YET
                        : RefusalText.NOTHING_TO_CELEBRATE, "id", plan.id()));
            }
            if (waiting.size() > 1) {
                return Choice.none(Said.count(RefusalText.WHICH_TO_CELEBRATE, waiting.size(),
                        "list", listed(all, waiting)));
            }
            return Choice.of(waiting.get(0));
        }
        List<Integer> matching = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (matches(all.get(i), words)) {
                matching.add(i);
            }
        }
        List<Integer> open = matching.stream().filter(waiting::contains).toList();
        if (open.size() == 1) {
            return Choice.of(open.get(0));
        }
        if (open.size() > 1) {
            return Choice.none(Said.count(RefusalText.WORDS_NAME_SEVERAL, open.size(), "words", words,
                    "list", listed(all, open)));
        }
        if (!matching.isEmpty()) {
            Achievement a = all.get(matching.get(0));
            return Choice.none(Said.of(RefusalText.ALREADY_CELEBRATED, "title", a.title(), "date", a.celebrated()));
        }
        return Choice.none(waiting.isEmpty()
                ? Said.of(RefusalText.NO_ACHIEVEMENT_MATCHES, "id", plan.id(), "words", words)
                : Said.of(RefusalText.NO_ACHIEVEMENT_MATCHES_WAITING, "id", plan.id(), "words", words,
                        "list", listed(all, waiting)));
    }

    /** By date (2026-04-12) or by every word appearing in the title, in any case. */
    static boolean matches(Achievement a, String words) {
        String w = words.strip();
        try {
            LocalDate d = LocalDate.parse(w);
            return d.equals(a.date());
        } catch (java.time.format.DateTimeParseException e) {
            // not a date: words of the title
        }
        String title = a.title().toLowerCase(Locale.ROOT);
        for (String word : w.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!title.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String listed(List<Achievement> all, List<Integer> which) {
        List<String> out = new ArrayList<>();
        for (int i : which) {
            Achievement a = all.get(i);
            out.add((a.date() != null ? a.date() + " " : "") + "'" + a.title() + "'");
        }
        return String.join(", ", out);
    }
}
