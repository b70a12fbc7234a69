package io.devplan.domain.validate;

import java.util.Collection;

/** The "(known: a, b, c)" tail of a message about an unknown reference. */
public final class Known {
    private static final int SHOWN = 8;

    private Known() {}

    public static String list(String what, Collection<String> ids) {
        if (ids.isEmpty()) {
            return "; there are no " + what + " yet";
        }
        String shown = String.join(", ", ids.stream().limit(SHOWN).toList());
        return "; known " + what + ": " + shown + (ids.size() > SHOWN ? ", ..." : "");
    }
}
