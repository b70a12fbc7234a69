package io.devplan.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Repository settings from devplan.yaml. Every key is optional.
 *
 * @param timezone the zone that says what "today" is, null for the system zone
 * @param tracks career tracks by name, levels from junior to senior
 * @param fileMode permissions of files devplan creates, such as "0600"
 * @param gitCommit whether writing commands commit the changed plan
 * @param behindPoints how many points a goal may trail its expected progress before it is behind
 * @param language the repository's default language for people: en, sv, da or nl; null when not set
 * @param people people who have no plan but get reminders (managers, HR, mentors, action owners)
 * @param mail how {@code remind --send} delivers; null when devplan.yaml says nothing
 * @param repeatDays the same reminder is mailed to the same person at most this often
 * @param conversation what the organisation calls its development conversation (terms.conversation: "MUS"), or null
 */
public record RepoConfig(
        String organization,
        Cadence cadence,
        ZoneId timezone,
        List<Priority> priorities,
        List<Competency> competencies,
        Map<String, List<TrackLevel>> tracks,
        Rules rules,
        String fileMode,
        boolean gitCommit,
        int behindPoints,
        String language,
        List<Person> people,
        Mail mail,
        int repeatDays,
        String conversation) {

    public static final String DEFAULT_FILE_MODE = "0600";
    public static final int DEFAULT_BEHIND_POINTS = 25;
    public static final int DEFAULT_REPEAT_DAYS = 7;

    public static final RepoConfig DEFAULTS = new RepoConfig(
            null, null, null, List.of(), List.of(), Map.of(), Rules.DEFAULTS,
            DEFAULT_FILE_MODE, false, DEFAULT_BEHIND_POINTS, null, List.of(), null, DEFAULT_REPEAT_DAYS, null);

    /** Settings without a language (the repository then reads as English). */
    public RepoConfig(String organization, Cadence cadence, ZoneId timezone, List<Priority> priorities,
                      List<Competency> competencies, Map<String, List<TrackLevel>> tracks, Rules rules,
                      String fileMode, boolean gitCommit, int behindPoints) {
        this(organization, cadence, timezone, priorities, competencies, tracks, rules, fileMode, gitCommit,
                behindPoints, null);
    }

    /** Settings without people, mail or a repeat rhythm. */
    public RepoConfig(String organization, Cadence cadence, ZoneId timezone, List<Priority> priorities,
                      List<Competency> competencies, Map<String, List<TrackLevel>> tracks, Rules rules,
                      String fileMode, boolean gitCommit, int behindPoints, String language) {
        this(organization, cadence, timezone, priorities, competencies, tracks, rules, fileMode, gitCommit,
                behindPoints, language, List.of(), null, DEFAULT_REPEAT_DAYS, null);
    }

    public RepoConfig {
        priorities = List.copyOf(priorities);
        competencies = List.copyOf(competencies);
        tracks = Map.copyOf(tracks);
        people = List.copyOf(people);
    }

    /**
     * The entry of devplan.yaml's people for {@code who}: the one with that id, else the one with
     * that name (a plan may write a plain name in manager: or owner:).
     */
    public Optional<Person> person(String who) {
        return people.stream().filter(p -> p.id().equals(who)).findFirst()
                .or(() -> people.stream().filter(p -> who.equals(p.name())).findFirst());
    }

    /**
     * Someone who has no plan but gets reminders.
     *
     * @param id what plans write in manager: or owner:
     * @param email where their reminders are mailed; null when not known
     * @param language the language they read, or null for the repository's
     */
    public record Person(String id, String name, String email, Language language) {}

    /**
     * How reminders are mailed.
     *
     * @param port null for the usual port of {@code security}
     * @param from the sender, such as {@code "Acme HR <hr@example.com>"}
     * @param user the login name, or null to send without logging in
     */
    public record Mail(String host, Integer port, MailSecurity security, String from, String user) {
        public int portOrDefault() {
            return port != null ? port : security.defaultPort();
        }
    }

    public Optional<List<TrackLevel>> track(String name) {
        return Optional.ofNullable(name).map(tracks::get);
    }

    /** An organisational priority a goal can align to. */
    public record Priority(String id, String title) {}

    /** A competency of the framework. */
    public record Competency(String id, String title) {}

    /** A level of a career track and the competency levels it expects. */
    public record TrackLevel(String level, String title, Map<String, Integer> expects) {
        public TrackLevel {
            expects = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(expects));
        }
    }

    /** Settings of validate. */
    public record Rules(int maxActiveGoals, List<String> disable) {
        public static final int DEFAULT_MAX_ACTIVE_GOALS = 5;
        public static final Rules DEFAULTS = new Rules(DEFAULT_MAX_ACTIVE_GOALS, List.of());

        public Rules {
            disable = List.copyOf(disable);
        }
    }
}
