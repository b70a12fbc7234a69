package io.devplan.domain.validate;

import io.devplan.domain.Said;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A message about an unknown reference, with the known ids ("known goals: a, b, c") or that there are none. */
public final class Known {
    private static final int SHOWN = 8;

    private Known() {}

    /**
     * {@code known} with the ids as {@code {known}}, or {@code none} when there are no ids.
     *
     * @param args the other values of both phrases: name, value pairs
     */
    public static Said said(ValidateText known, ValidateText none, Collection<String> ids, Object... args) {
        if (ids.isEmpty()) {
            return none.with(args);
        }
        String shown = String.join(", ", ids.stream().limit(SHOWN).toList()) + (ids.size() > SHOWN ? ", ..." : "");
        List<Object> all = new ArrayList<>(java.util.Arrays.asList(args));
        all.add("known");
        all.add(shown);
        return known.with(all.toArray());
    }
}
