package io.devplan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which reminders were mailed to whom, and when: what {@code remind --send} keeps between runs so
 * that it does not mail the same reminder to the same person every morning.
 *
 * @param sent by recipient id, by {@link Reminder#key()}
 */
public record SentLog(Map<String, Map<String, Sent>> sent) {
    public static final SentLog EMPTY = new SentLog(Map.of());

    /** A reminder as it was last mailed: its {@link Reminder#fingerprint()} and the date. */
    public record Sent(String fingerprint, LocalDate date) {}

    public SentLog {
        Map<String, Map<String, Sent>> copy = new TreeMap<>();
        sent.forEach((who, m) -> copy.put(who, Map.copyOf(new TreeMap<>(m))));
        sent = java.util.Collections.unmodifiableMap(copy);
    }

    public Optional<Sent> last(String recipient, String key) {
        return Optional.ofNullable(sent.getOrDefault(recipient, Map.of()).get(key));
    }

    /** This log with {@code reminders} mailed to {@code recipient} on {@code date}. */
    public SentLog with(String recipient, List<Reminder> reminders, LocalDate date) {
        Map<String, Map<String, Sent>> next = new TreeMap<>(sent);
        Map<String, Sent> mine = new TreeMap<>(next.getOrDefault(recipient, Map.of()));
        for (Reminder r : reminders) {
            mine.put(r.key(), new Sent(r.fingerprint(), date));
        }
        next.put(recipient, mine);
        return new SentLog(next);
    }
}
