package io.devplan.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An id made from a title, as a person would pick it: the first few words that carry meaning,
 * lower case, joined by '-' ("Give two internal talks" gives {@code give-two-internal-talks}),
 * made unique with -2, -3, ... Letters such as å, ø, é become their plain a, o, e.
 */
public final class IdFromTitle {
    /** Words that make a title read well but an id long. */
    private static final Set<String> SMALL = Set.of("a", "an", "the", "to", "of", "and", "or", "for", "in", "on",
            "at", "by", "with", "from", "per", "into", "my", "our", "their", "his", "her", "its", "be", "is", "are");

    private IdFromTitle() {}

    /**
     * @param maxWords how many words the id keeps at most
     * @param fallback the id when the title has no letters or digits at all
     * @param taken ids already in use
     */
    public static String of(String title, int maxWords, String fallback, Collection<String> taken) {
        String plain = Normalizer.normalize(title.toLowerCase(Locale.ROOT)
                        .replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("đ", "d").replace("ł", "l"),
                Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        List<String> words = new ArrayList<>();
        for (String w : plain.split("[^a-z0-9-]+")) {
            String word = w.replaceAll("^-+|-+$", "").replaceAll("-{2,}", "-");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        List<String> kept = words.stream().filter(w -> !SMALL.contains(w)).limit(maxWords).toList();
        if (kept.isEmpty()) {
            kept = words.stream().limit(maxWords).toList();
        }
        String base = kept.isEmpty() ? fallback : String.join("-", kept);
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
