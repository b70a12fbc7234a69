package io.devplan.domain;

import java.text.Normalizer;

/**
 * Team names as they are compared: "café" typed on a Mac (decomposed) and on Linux (composed)
 * is one team, and a zero-width space pasted from a chat does not make a second one (nor hide
 * a look-alike). Applied where a team enters (the employee record, a --team filter), so every
 * filter and grouping compares the same text.
 */
public final class TeamName {
    private TeamName() {}

    /** NFC, without zero-width characters; null stays null. */
    public static String normalize(String team) {
        if (team == null || isAscii(team)) {
            return team; // ASCII is NFC and holds no zero-width character: no Normalizer data to load
        }
        String nfc = Normalizer.isNormalized(team, Normalizer.Form.NFC) ? team : Normalizer.normalize(team, Normalizer.Form.NFC);
        StringBuilder b = null;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            boolean zeroWidth = c >= '\u200b' && c <= '\u200d' || c == '\u2060' || c == '\ufeff';
            if (zeroWidth && b == null) {
                b = new StringBuilder(nfc.substring(0, i));
            } else if (!zeroWidth && b != null) {
                b.append(c);
            }
        }
        return b == null ? nfc : b.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
