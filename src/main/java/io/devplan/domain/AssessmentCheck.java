package io.devplan.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an assessment ({@code devplan assess}) fits the repository's competency framework and
 * the person's track: every competency is one of the framework's, every level within the track's
 * scale (1 to the highest level any of its levels expects; without a track, 0 to 10 as the format
 * allows), not dated after today, and not a second assessment by the same person on one day.
 */
public final class AssessmentCheck {
    /** The format's bounds of a level (FormatTable's assessment levels). */
    public static final int FORMAT_MIN = 0;
    public static final int FORMAT_MAX = 10;

    private AssessmentCheck() {}

    /** The lowest and highest level a competency can be assessed at. */
    public record Scale(int min, int max, String source) {
        public boolean contains(int level) {
            return level >= min && level <= max;
        }
    }

    /** The scale of {@code plan}'s track, or the format's when it has none. */
    public static Scale scale(Plan plan, RepoConfig config) {
        Optional<List<RepoConfig.TrackLevel>> track = config.track(plan.employee().track());
        int max = track.orElse(List.of()).stream().flatMap(l -> l.expects().values().stream())
                .mapToInt(Integer::intValue).max().orElse(0);
        if (max <= 0) {
            return new Scale(FORMAT_MIN, FORMAT_MAX, "the format");
        }
        return new Scale(1, max, "track '" + plan.employee().track() + "'");
    }

    /** Why {@code levels} on {@code date} by {@code by} cannot be recorded in {@code plan}, or empty. */
    public static Optional<Said> refusal(Plan plan, RepoConfig config, Map<String, Integer> levels, Assessor by,
                                           LocalDate date, LocalDate asOf) {
        List<String> known = config.competencies().stream().map(RepoConfig.Competency::id).toList();
        if (known.isEmpty()) {
            return Optional.of(Said.of(RefusalText.NO_FRAMEWORK));
        }
        Scale scale = scale(plan, config);
        for (Map.Entry<String, Integer> e : levels.entrySet()) {
            if (!known.contains(e.getKey())) {
                return Optional.of(io.devplan.domain.DidYouMean.said(RefusalText.NOT_A_COMPETENCY,
                        RefusalText.NOT_A_COMPETENCY_DID_YOU_MEAN, e.getKey(), known, "competency", e.getKey(),
                        "valid", String.join(", ", known)));
            }
            if (!scale.contains(e.getValue())) {
                String track = plan.employee().track();
                return Optional.of("the format".equals(scale.source())
                        ? Said.of(RefusalText.LEVEL_OUTSIDE_FORMAT, "competency", e.getKey(), "level", e.getValue(),
                                "min", scale.min(), "max", scale.max())
                        : Said.of(RefusalText.LEVEL_OUTSIDE_TRACK, "competency", e.getKey(), "level", e.getValue(),
                                "track", track, "min", scale.min(), "max", scale.max()));
            }
        }
        if (date.isAfter(asOf)) {
            return Optional.of(Said.of(RefusalText.ASSESSMENT_AFTER_TODAY, "date", date, "today", asOf));
        }
        for (Assessment a : plan.assessments()) {
            if (date.equals(a.date()) && by == a.by()) {
                return Optional.of(Said.of(RefusalText.ASSESSMENT_TWICE, "id", plan.id(), "by", by,
                        "date", date));
            }
        }
        return Optional.empty();
    }

    /** {@code COMPETENCY=LEVEL} words read into a map, in the order given; null with a bad word. */
    public static Map<String, Integer> parse(List<String> words) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String w : words) {
            int eq = w.indexOf('=');
            if (eq <= 0) {
                return null;
            }
            try {
                out.put(w.substring(0, eq).strip(), Integer.parseInt(w.substring(eq + 1).strip()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return out;
    }
}
