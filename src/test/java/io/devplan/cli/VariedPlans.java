package io.devplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a small repository of plans whose dates fall on every side of the dates the agreement
 * test asks about: items done before, on and after their due dates, goals done with and without
 * a done date, due dates moved, support decided on dates, achievements celebrated later, check-ins
 * with and without an agreed next date. Seeded, so a failure can be replayed.
 */
final class VariedPlans {
    static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private static final String[] STATUSES = {"active", "active", "active", "at-risk", "paused", "draft", "done", "dropped"};
    private static final String[] SUPPORT = {"requested", "approved", "provided", "declined"};

    private final SplittableRandom r;

    VariedPlans(long seed) {
        this.r = new SplittableRandom(seed);
    }

    void write(Path root, int people) throws IOException {
        Files.createDirectories(root.resolve("plans/team"));
        Files.writeString(root.resolve("devplan.yaml"), "organization: Varied\ncadence: monthly\ntimezone: UTC\n");
        for (int p = 0; p < people; p++) {
            String id = "person-" + p;
            Path file = p % 3 == 0 ? root.resolve("plans/team/" + id + ".yaml") : root.resolve("plans/" + id + ".yaml");
            Files.writeString(file, plan(id, p));
        }
    }

    private String plan(String id, int p) {
        StringBuilder y = new StringBuilder();
        LocalDate since = FIRST.plusDays(r.nextInt(60));
        y.append("employee:\n  id: ").append(id).append("\n  name: Person ").append(p).append('\n');
        if (p > 0) {
            y.append("  manager: person-").append(r.nextInt(p)).append('\n');
        }
        y.append("  team: ").append(p % 2 == 0 ? "red" : "blue").append('\n');
        if (r.nextInt(5) > 0) {
            y.append("  since: ").append(since).append('\n');
        }
        y.append("  cadence: ").append(r.nextBoolean() ? "monthly" : "biweekly").append('\n');
        y.append("feedback:\n");
        for (int f = 0; f < 3; f++) {
            y.append("  - id: fb-").append(f).append("\n    date: ").append(day(since, 300)).append('\n')
                    .append("    kind: ").append(f == 2 ? "strength" : "improvement").append('\n')
                    .append("    text: Feedback ").append(f).append('\n');
            if (r.nextInt(4) == 0) {
                y.append("    private: true\n");
            }
        }
        y.append("goals:\n");
        int goals = 1 + r.nextInt(4);
        for (int g = 0; g < goals; g++) {
            goal(y, g, since);
        }
        y.append("checkins:\n");
        LocalDate d = since.plusDays(20 + r.nextInt(20));
        for (int c = 0; c < 1 + r.nextInt(5) && d.getYear() < 2027; c++) {
            y.append("  - date: ").append(d).append("\n    with: boss\n    notes: Check-in ").append(c).append('\n');
            y.append("    progress: {g0: ").append(r.nextInt(10)).append("}\n");
            if (r.nextBoolean()) {
                y.append("    wellbeing: ").append(1 + r.nextInt(5)).append('\n');
            }
            LocalDate next = d.plusDays(14 + r.nextInt(30));
            if (r.nextBoolean()) {
                y.append("    next: ").append(next).append('\n');
            }
            d = d.plusDays(20 + r.nextInt(50));
        }
        y.append("achievements:\n");
        for (int a = 0; a < r.nextInt(3); a++) {
            LocalDate on = day(since, 300);
            y.append("  - date: ").append(on).append("\n    title: Win ").append(a).append("\n    goal: g0\n");
            if (r.nextBoolean()) {
                y.append("    celebrated: ").append(on.plusDays(r.nextInt(60))).append('\n');
            }
        }
        return y.toString();
    }

    private void goal(StringBuilder y, int g, LocalDate since) {
        String status = STATUSES[r.nextInt(STATUSES.length)];
        LocalDate start = day(since, 120);
        LocalDate due = start.plusDays(60 + r.nextInt(240));
        y.append("  - id: g").append(g).append("\n    title: Goal ").append(g).append(" of the plan\n")
                .append("    status: ").append(status).append("\n    start: ").append(start).append('\n')
                .append("    due: ").append(due).append('\n');
        if (status.equals("done") && r.nextBoolean()) {
            y.append("    done: ").append(day(start, 300)).append('\n');
        }
        if (r.nextInt(3) == 0) {
            LocalDate moved = day(start, 200);
            y.append("    rescheduled:\n      - {date: ").append(moved).append(", from: ")
                    .append(due.minusDays(10 + r.nextInt(60))).append(", reason: Scope grew}\n");
        }
        if (g == 0) {
            y.append("    baseline: 0\n    target: 10\n    current: ").append(r.nextInt(12)).append('\n');
        }
        y.append("    addresses: [fb-").append(r.nextInt(2)).append("]\n");
        y.append("    milestones:\n");
        for (int m = 0; m < 1 + r.nextInt(3); m++) {
            LocalDate mdue = day(start, 250);
            y.append("      - id: m").append(m).append("\n        title: Step ").append(m).append("\n        due: ")
                    .append(mdue).append('\n');
            if (r.nextInt(3) > 0) {
                y.append("        done: ").append(mdue.plusDays(r.nextInt(40) - 20)).append('\n');
            }
            if (r.nextInt(4) == 0) {
                y.append("        rescheduled: [{date: ").append(day(start, 150)).append(", from: ")
                        .append(mdue.minusDays(5 + r.nextInt(30))).append("}]\n");
            }
        }
        y.append("    actions:\n");
        for (int a = 0; a < r.nextInt(3); a++) {
            LocalDate adue = day(start, 250);
            y.append("      - id: a").append(a).append("\n        title: Do ").append(a).append("\n        owner: ")
                    .append(r.nextBoolean() ? "boss" : "person-0").append("\n        due: ").append(adue).append('\n');
            if (r.nextBoolean()) {
                y.append("        done: ").append(adue.plusDays(r.nextInt(40) - 20)).append('\n');
            }
        }
        if (r.nextBoolean()) {
            String s = SUPPORT[r.nextInt(SUPPORT.length)];
            LocalDate requested = day(start, 100);
            y.append("    support:\n      - id: s\n        kind: training\n        title: Course\n        cost: 100\n")
                    .append("        currency: EUR\n        status: ").append(s).append("\n        requested: ")
                    .append(requested).append('\n');
            if (!s.equals("requested")) {
                y.append("        ").append(s).append(": ").append(requested.plusDays(r.nextInt(90))).append('\n');
            }
        }
    }

    private LocalDate day(LocalDate from, int within) {
        return from.plusDays(r.nextInt(within));
    }
}
