package io.devplan.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a repository that keeps teams in folders puts a new member's plan: the sub-folder of the
 * plans folder that every plan of the same team lives in. A team spread over several folders, or
 * kept at the top, gives none.
 */
public final class TeamFolder {
    private TeamFolder() {}

    /**
     * @param plansPrefix the plans folder as plan files name it, with a final slash ({@code plans/})
     * @return the sub-folder (such as {@code platform}, or {@code eu/platform}) of the team's plans
     */
    public static Optional<String> of(List<Plan> plans, String team, String plansPrefix) {
        String wanted = team.strip().toLowerCase(Locale.ROOT);
        String folder = null;
        for (Plan p : plans) {
            String t = p.employee().team();
            if (t == null || !t.strip().toLowerCase(Locale.ROOT).equals(wanted) || !p.file().startsWith(plansPrefix)) {
                continue;
            }
            String rest = p.file().substring(plansPrefix.length());
            String sub = rest.contains("/") ? rest.substring(0, rest.lastIndexOf('/')) : "";
            if (folder != null && !folder.equals(sub)) {
                return Optional.empty();
            }
            folder = sub;
        }
        return folder == null || folder.isEmpty() ? Optional.empty() : Optional.of(folder);
    }
}
