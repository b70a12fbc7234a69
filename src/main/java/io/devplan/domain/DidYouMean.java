package io.devplan.domain;

import java.util.Collection;

/**
 * Suggests the known word closest to a misspelt one, as git and cargo do, or the words a short
 * one begins ({@code alice} for {@code alice-andersen}), since people type ids by their start.
 */
public final class DidYouMean {
    private DidYouMean() {}

    /** {@code "; did you mean 'title'?"}, or an empty text when nothing is close. */
    public static String hint(String word, Collection<String> known) {
        java.util.List<String> matches = matches(word, known);
        if (matches.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("; did you mean ");
        for (int i = 0; i < matches.size(); i++) {
            b.append(i == 0 ? "" : i == matches.size() - 1 ? " or " : ", ").append('\'').append(matches.get(i)).append('\'');
        }
        return b.append('?').toString();
    }

    /**
     * {@code plain}, or {@code withHint} naming the known words near {@code word} as its
     * {@code {suggestion}}: the one place a message gains its "did you mean".
     */
    public static Said said(Phrase plain, Phrase withHint, String word, Collection<String> known, Object... args) {
        Said near = suggestion(word, known);
        if (near == null) {
            return Said.of(plain, args);
        }
        Object[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "suggestion";
        all[args.length + 1] = near;
        return Said.of(withHint, all);
    }

    /** The words a hint names, listed for a message that says them in its own language; null when none is near. */
    public static Said suggestion(String word, Collection<String> known) {
        return Alternatives.of(matches(word, known));
    }

    /**
     * The known words a hint names: the closest one when it is close enough, else up to three that
     * {@code word} begins; none when nothing is near. For a message to say in its own language.
     */
    public static java.util.List<String> matches(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        int allowed = Math.max(1, Math.min(3, word.length() / 3));
        if (best != null && bestDistance <= allowed) {
            return java.util.List.of(best);
        }
        return prefixMatches(word, known);
    }

    /** Most words a prefix hint names; more would be a listing, not a hint. */
    private static final int MAX_PREFIX_MATCHES = 3;

    /** The known words that start with {@code word}, when they are few. */
    private static java.util.List<String> prefixMatches(String word, Collection<String> known) {
        if (word.length() < 2) {
            return java.util.List.of();
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        java.util.List<String> matches = known.stream().filter(k -> k.startsWith(lower)).sorted().distinct().toList();
        return matches.size() > MAX_PREFIX_MATCHES ? java.util.List.of() : matches;
    }

    /** Optimal string alignment distance: an adjacent swap counts as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
