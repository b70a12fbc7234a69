package io.devplan.bench;

import io.devplan.store.YamlText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Writes a realistic plan repository of COUNT plans for the benchmark (bench/run): an org tree
 * (a head of engineering, VPs, directors, managers of teams of about eight), and plans shaped
 * like examples/acme, dated around {@link #AS_OF} so that a realistic share is overdue or due soon.
 *
 * <p>The output depends only on COUNT and SEED: every plan draws from its own random stream, so
 * two runs give identical bytes. With {@code --taskwarrior FILE} it also writes the open dated
 * items (goals, milestones, actions) as Taskwarrior import JSON, one task per line, with dates
 * moved by {@code --task-today DATE} minus the as-of date, since Taskwarrior only knows the clock.
 *
 * <pre>java -cp target/test-classes:target/devplan.jar io.devplan.bench.GenerateRepository OUT COUNT [SEED]
 *     [--taskwarrior FILE] [--task-today YYYY-MM-DD]</pre>
 */
public final class GenerateRepository {
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    public static final long DEFAULT_SEED = 42;
    private static final DateTimeFormatter TASK_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final long seed;
    private final Path taskFile;
    private final long taskShiftDays;
    private int taskCount;

    public GenerateRepository(long seed, Path taskFile, LocalDate taskToday) {
        this.seed = seed;
        this.taskFile = taskFile;
        this.taskShiftDays = taskToday == null ? 0 : ChronoUnit.DAYS.between(AS_OF, taskToday);
    }

    public static void main(String[] args) throws IOException {
        List<String> positional = new ArrayList<>();
        Path taskFile = null;
        LocalDate taskToday = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--taskwarrior" -> taskFile = Path.of(args[++i]);
                case "--task-today" -> taskToday = LocalDate.parse(args[++i]);
                default -> positional.add(args[i]);
            }
        }
        if (positional.size() < 2 || positional.size() > 3) {
            System.err.println("usage: GenerateRepository OUT_DIR COUNT [SEED] [--taskwarrior FILE] [--task-today DATE]");
            System.exit(2);
        }
        Path out = Path.of(positional.get(0));
        int count = Integer.parseInt(positional.get(1));
        long seed = positional.size() == 3 ? Long.parseLong(positional.get(2)) : DEFAULT_SEED;
        long t0 = System.nanoTime();
        GenerateRepository g = new GenerateRepository(seed, taskFile, taskToday);
        g.generate(out, count);
        System.err.printf("generated %d plans in %s (seed %d) in %.1f s%s%n", count, out, seed,
                (System.nanoTime() - t0) / 1e9,
                taskFile == null ? "" : "; " + g.taskCount + " Taskwarrior tasks in " + taskFile);
    }

    /** Number of tasks written to the Taskwarrior file by the last {@link #generate}. */
    public int taskCount() {
        return taskCount;
    }

    public void generate(Path out, int count) throws IOException {
        if (count < 1) {
            throw new IllegalArgumentException("COUNT must be at least 1");
        }
        Files.createDirectories(out.resolve("plans"));
        Files.writeString(out.resolve("devplan.yaml"), CONFIG, StandardCharsets.UTF_8);
        List<Person> people = org(count);
        taskCount = 0;
        BufferedWriter tasks = taskFile == null ? null : Files.newBufferedWriter(taskFile, StandardCharsets.UTF_8);
        try {
            Set<String> dirs = new LinkedHashSet<>();
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get(i);
                Path dir = out.resolve("plans").resolve(p.team);
                if (dirs.add(p.team)) {
                    Files.createDirectories(dir);
                }
                PlanWriter w = new PlanWriter(p, new SplittableRandom(mix(seed, i)), tasks);
                Files.writeString(dir.resolve(p.id + ".yaml"), w.plan(), StandardCharsets.UTF_8);
            }
        } finally {
            if (tasks != null) {
                tasks.close();
            }
        }
    }

    private static long mix(long seed, long i) {
        long z = seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ---- the organisation ------------------------------------------------------------------

    record Person(String id, String name, String role, String team, String manager, String track, String level,
                  List<String> reports) {}

    /** Head of engineering, VPs, directors, managers and their teams, in that order. */
    private List<Person> org(int count) {
        SplittableRandom r = new SplittableRandom(mix(seed, -1));
        int teams = Math.max(1, (count - 1) / 8);
        int directors = count > 10 ? Math.max(1, (teams + 5) / 6) : 0;
        int vps = directors > 6 ? (directors + 5) / 6 : 0;
        if (1 + vps + directors + teams > count) {
            teams = Math.max(0, count - 1 - vps - directors);
        }
        int ics = count - 1 - vps - directors - teams;
        Map<String, Integer> taken = new HashMap<>();
        List<Person> people = new ArrayList<>(count);
        String[] teamNames = new String[teams];
        for (int t = 0; t < teams; t++) {
            String base = TEAMS[t % TEAMS.length];
            teamNames[t] = t < TEAMS.length ? base : base + "-" + (t / TEAMS.length + 1);
        }
        Person head = person(r, taken, "Head of Engineering", "leadership", null, "management", "M3");
        people.add(head);
        List<Person> vpList = new ArrayList<>();
        for (int v = 0; v < vps; v++) {
            vpList.add(person(r, taken, "VP Engineering", "leadership", head.id, "management", "M3"));
        }
        List<Person> dirList = new ArrayList<>();
        for (int d = 0; d < directors; d++) {
            String boss = vps > 0 ? vpList.get(d * vps / directors).id : head.id;
            dirList.add(person(r, taken, "Director of Engineering", "leadership", boss, "management", "M2"));
        }
        List<Person> managers = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            String boss = directors > 0 ? dirList.get(t * directors / teams).id : head.id;
            boolean data = teamNames[t].startsWith("data") || teamNames[t].startsWith("analytics");
            managers.add(person(r, taken, data ? "Data Engineering Manager" : "Engineering Manager", teamNames[t],
                    boss, "management", r.nextInt(4) == 0 ? "M2" : "M1"));
        }
        people.addAll(vpList);
        people.addAll(dirList);
        people.addAll(managers);
        for (int k = 0; k < ics; k++) {
            int t = teams == 0 ? -1 : (int) ((long) k * teams / ics);
            String team = t < 0 ? "leadership" : teamNames[t];
            String boss = t < 0 ? head.id : managers.get(t).id;
            boolean data = team.startsWith("data") || team.startsWith("analytics");
            String track = data ? "data" : "engineering";
            String[] levels = data ? new String[] {"D2", "D3", "D3", "D4"} : new String[] {"L2", "L3", "L3", "L4", "L4", "L5"};
            String level = levels[r.nextInt(levels.length)];
            String role = data ? DATA_ROLES[r.nextInt(DATA_ROLES.length)] : ENG_ROLES[r.nextInt(ENG_ROLES.length)];
            people.add(person(r, taken, role, team, boss, track, level));
        }
        Map<String, List<String>> reports = new HashMap<>();
        for (Person p : people) {
            if (p.manager != null) {
                reports.computeIfAbsent(p.manager, m -> new ArrayList<>()).add(p.id);
            }
        }
        List<Person> withReports = new ArrayList<>(people.size());
        for (Person p : people) {
            withReports.add(new Person(p.id, p.name, p.role, p.team, p.manager, p.track, p.level,
                    reports.getOrDefault(p.id, List.of())));
        }
        return withReports;
    }

    private static Person person(SplittableRandom r, Map<String, Integer> taken, String role, String team,
                                 String manager, String track, String level) {
        String[] first = FIRST[r.nextInt(FIRST.length)];
        String[] last = LAST[r.nextInt(LAST.length)];
        String base = first[1] + "-" + last[1];
        int n = taken.merge(base, 1, Integer::sum);
        String id = n == 1 ? base : base + "-" + n;
        return new Person(id, first[0] + " " + last[0], role, team, manager, track, level, List.of());
    }

    // ---- one plan ----------------------------------------------------------------------------

    /** Writes one plan's YAML (and its Taskwarrior tasks) from its own random stream. */
    private final class PlanWriter {
        private final Person p;
        private final SplittableRandom r;
        private final BufferedWriter tasks;
        private final StringBuilder y = new StringBuilder(4096);
        private final int cadenceDays;
        private final String cadence;
        private final LocalDate since;
        private final List<LocalDate> checkinDates = new ArrayList<>();
        private final List<String> feedbackIds = new ArrayList<>();
        private final List<GoalSpec> goals = new ArrayList<>();

        PlanWriter(Person p, SplittableRandom r, BufferedWriter tasks) {
            this.p = p;
            this.r = r;
            this.tasks = tasks;
            int c = r.nextInt(20);
            cadence = c < 14 ? null : c < 17 ? "biweekly" : c < 19 ? "quarterly" : "P3W";
            cadenceDays = cadence == null ? 30 : switch (cadence) {
                case "biweekly" -> 14;
                case "quarterly" -> 91;
                default -> 21;
            };
            int n = cadenceDays > 60 ? 3 + r.nextInt(3) : 3 + r.nextInt(10);
            // The last check-in is recent for most people, late for about a third.
            LocalDate last = AS_OF.minusDays(r.nextInt(cadenceDays * 3 / 2 + 1));
            for (int k = n - 1; k >= 0; k--) {
                checkinDates.add(last.minusDays((long) k * cadenceDays + (k == 0 ? 0 : r.nextInt(5) - 2)));
            }
            since = checkinDates.get(0).minusDays(cadenceDays + r.nextInt(20));
        }

        String plan() throws IOException {
            y.append("# Development plan – ").append(p.name).append('\n');
            y.append("# ").append(pick(HEADER_NOTES)).append('\n');
            if (r.nextInt(6) == 0) {
                y.append("\nx-hr-ref: HR-").append(1000 + r.nextInt(9000)).append('\n');
            }
            employee();
            feedback();
            goalSpecs();
            goals();
            checkins();
            achievements();
            assessments();
            return y.toString();
        }

        private void employee() {
            y.append("\nemployee:\n");
            kv(2, "id", p.id);
            kv(2, "name", p.name);
            kv(2, "role", p.role);
            kv(2, "team", p.team);
            if (p.manager != null) {
                kv(2, "manager", p.manager);
            }
            kv(2, "email", p.id + "@example.com");
            kv(2, "since", since.toString());
            if (cadence != null) {
                y.append("  cadence: ").append(cadence);
                if (r.nextBoolean()) {
                    y.append("   # agreed at the ").append(since.getYear()).append(" review");
                }
                y.append('\n');
            } else if (r.nextInt(5) == 0) {
                y.append("  # no cadence here: the repository default (monthly) applies\n");
            }
            kv(2, "track", p.track);
            kv(2, "level", p.level);
        }

        private void feedback() {
            int n = 2 + r.nextInt(4);
            y.append("\nfeedback:\n");
            for (int k = 0; k < n; k++) {
                String[] fb = FEEDBACK[r.nextInt(FEEDBACK.length)];
                String id = fb[0] + (feedbackIds.contains(fb[0]) ? "-" + (k + 1) : "");
                feedbackIds.add(id);
                boolean isPrivate = r.nextInt(8) == 0;
                if (isPrivate && r.nextBoolean()) {
                    y.append("  # manager-only, keep out of anything sent to ").append(first(p.name)).append('\n');
                }
                y.append("  - id: ").append(id).append('\n');
                kv(4, "date", date(since.minusDays(30), AS_OF).toString());
                String from = fb[2].equals("self") ? p.id : fb[2].equals("upward") ? "team survey (anonymous)"
                        : fb[2].equals("customer") ? pick(CUSTOMERS) : p.manager != null && r.nextBoolean() ? p.manager
                        : pick(FIRST)[1] + "-" + pick(LAST)[1];
                kv(4, "from", from);
                kv(4, "source", fb[2]);
                kv(4, "kind", fb[1]);
                text(4, "text", fb[3]);
                if (isPrivate) {
                    kv(4, "private", "true");
                } else if (r.nextInt(6) == 0) {
                    kv(4, "private", "false");
                }
                if (k < n - 1 && r.nextInt(3) == 0) {
                    y.append('\n');
                }
            }
        }

        private void goalSpecs() {
            int n = 2 + r.nextInt(4);
            List<String[]> pool = new ArrayList<>(List.of(p.track.equals("management") ? MANAGER_GOALS : p.track.equals("data")
                    ? DATA_GOALS : ENG_GOALS));
            pool.addAll(List.of(COMMON_GOALS));
            for (int k = 0; k < n && !pool.isEmpty(); k++) {
                String[] t = pool.remove(r.nextInt(pool.size()));
                GoalSpec g = new GoalSpec();
                g.template = t;
                g.id = t[0];
                int s = r.nextInt(100);
                g.status = s < 55 ? "active" : s < 65 ? "at-risk" : s < 83 ? "done" : s < 88 ? "paused" : s < 93 ? "draft"
                        : "dropped";
                g.loose = r.nextInt(10) == 0;
                long span = Math.max(30, ChronoUnit.DAYS.between(since, AS_OF));
                g.start = since.plusDays(r.nextLong(span));
                g.due = g.start.plusDays(45 + r.nextInt(260));
                if (g.status.equals("done") && g.due.isAfter(AS_OF)) {
                    g.due = AS_OF.minusDays(r.nextInt(60));
                    if (g.due.isBefore(g.start)) {
                        g.start = g.due.minusDays(60);
                    }
                }
                g.numeric = !t[3].isEmpty();
                goals.add(g);
            }
        }

        private void goals() throws IOException {
            y.append("\ngoals:\n");
            for (int k = 0; k < goals.size(); k++) {
                GoalSpec g = goals.get(k);
                String[] t = g.template;
                if (k > 0) {
                    y.append('\n');
                }
                if (g.loose) {
                    y.append("  # ").append(first(p.name)).append(" and ").append(p.manager == null ? "HR" : "their manager")
                            .append(" agreed to make this one SMART at the next check-in.\n");
                    y.append("  - id: ").append(g.id).append('\n');
                    kv(4, "title", t[1]);
                    kv(4, "status", g.status);
                    if (!feedbackIds.isEmpty()) {
                        y.append("    addresses: [").append(pick(feedbackIds)).append("]\n");
                    }
                    g.numeric = false;
                    continue;
                }
                y.append("  - id: ").append(g.id).append('\n');
                kv(4, "title", t[1]);
                y.append("    status: ").append(g.status);
                if (g.status.equals("dropped") || g.status.equals("paused")) {
                    y.append("   # ").append(pick(DROP_REASONS));
                }
                y.append('\n');
                kv(4, "start", g.start.toString());
                kv(4, "due", g.due.toString());
                if (g.numeric) {
                    kv(4, "measure", t[2]);
                    double baseline = Double.parseDouble(t[4]);
                    double target = Double.parseDouble(t[5]);
                    g.baseline = baseline;
                    g.target = target;
                    kv(4, "baseline", t[4]);
                    kv(4, "target", t[5]);
                    g.current = g.status.equals("done") ? target
                            : round(baseline + (target - baseline) * r.nextDouble(), t[4], t[5]);
                    kv(4, "current", number(g.current));
                    kv(4, "unit", t[3]);
                }
                if (r.nextInt(4) != 0) {
                    kv(4, "relevant", t[6]);
                }
                if (!feedbackIds.isEmpty() && r.nextInt(3) != 0) {
                    y.append("    addresses: [").append(pick(feedbackIds)).append("]\n");
                }
                y.append("    aligns: [").append(t[7]).append("]\n");
                y.append("    competencies: [").append(t[8]).append("]\n");
                if (r.nextInt(7) == 0) {
                    kv(4, "x-jira", "ENG-" + (100 + r.nextInt(9900)));
                }
                boolean closed = g.status.equals("done") || g.status.equals("dropped");
                if (!closed) {
                    task("goal", t[1], g.due, g.status.equals("at-risk"));
                }
                milestones(g, closed);
                actions(g, closed);
                support();
            }
        }

        private void milestones(GoalSpec g, boolean closed) throws IOException {
            int n = r.nextInt(5);
            if (n == 0) {
                return;
            }
            String[][] pool = MILESTONES;
            y.append("    milestones:\n");
            long span = Math.max(n, ChronoUnit.DAYS.between(g.start, g.due));
            boolean flow = r.nextInt(4) == 0;
            Set<String> ids = new LinkedHashSet<>();
            for (int k = 0; k < n; k++) {
                String[] m = pool[r.nextInt(pool.length)];
                String id = ids.add(m[0]) ? m[0] : m[0] + "-" + (k + 1);
                ids.add(id);
                LocalDate due = g.start.plusDays(span * (k + 1) / n);
                LocalDate done = doneDate(g, due);
                if (flow) {
                    y.append("      - {id: ").append(id).append(", title: ").append(YamlText.scalar(m[1]))
                            .append(", due: ").append(due);
                    if (done != null) {
                        y.append(", done: ").append(done);
                    }
                    y.append("}\n");
                } else {
                    y.append("      - id: ").append(id).append('\n');
                    kv(8, "title", m[1]);
                    kv(8, "due", due.toString());
                    if (done != null) {
                        kv(8, "done", done.toString());
                    }
                }
                if (done == null && !closed) {
                    task("milestone", m[1], due, false);
                }
            }
        }

        private void actions(GoalSpec g, boolean closed) throws IOException {
            int n = r.nextInt(4);
            if (n == 0) {
                return;
            }
            y.append("    actions:\n");
            Set<String> ids = new LinkedHashSet<>();
            long span = Math.max(n, ChronoUnit.DAYS.between(g.start, g.due));
            for (int k = 0; k < n; k++) {
                String[] a = ACTIONS[r.nextInt(ACTIONS.length)];
                String id = ids.add(a[0]) ? a[0] : a[0] + "-" + (k + 1);
                ids.add(id);
                LocalDate due = g.start.plusDays(r.nextLong(span) + 1);
                LocalDate done = doneDate(g, due);
                y.append("      - id: ").append(id).append('\n');
                kv(8, "title", a[1]);
                String owner = a[2].equals("manager") && p.manager != null ? p.manager : p.id;
                kv(8, "owner", owner);
                kv(8, "due", due.toString());
                if (done != null) {
                    kv(8, "done", done.toString());
                } else if (r.nextInt(5) == 0) {
                    kv(8, "done", "null");
                }
                if (done == null && !closed) {
                    task("action", a[1], due, false);
                }
            }
        }

        /** Most past items are done, some late; a few future ones early; all of a done goal. */
        private LocalDate doneDate(GoalSpec g, LocalDate due) {
            if (g.status.equals("done")) {
                return min(due.plusDays(r.nextInt(11) - 5), AS_OF);
            }
            if (due.isBefore(AS_OF)) {
                return r.nextInt(100) < 78 ? min(due.plusDays(r.nextInt(15) - 7), AS_OF) : null;
            }
            return r.nextInt(10) == 0 ? AS_OF.minusDays(r.nextInt(10)) : null;
        }

        private void support() {
            int n = r.nextInt(10) < 6 ? 0 : 1 + r.nextInt(2);
            if (n == 0) {
                return;
            }
            y.append("    support:\n");
            Set<String> ids = new LinkedHashSet<>();
            for (int k = 0; k < n; k++) {
                String[] s = SUPPORT[r.nextInt(SUPPORT.length)];
                if (!ids.add(s[0])) {
                    continue;
                }
                y.append("      - id: ").append(s[0]).append('\n');
                kv(8, "kind", s[1]);
                kv(8, "title", s[2]);
                if (!s[3].isEmpty()) {
                    kv(8, "cost", s[3]);
                    kv(8, "currency", s[4]);
                }
                kv(8, "status", pick(new String[] {"requested", "approved", "approved", "provided", "provided", "declined"}));
            }
        }

        private void checkins() {
            y.append("\ncheckins:\n");
            String with = p.manager != null ? p.manager : "hr-business-partner";
            for (int k = 0; k < checkinDates.size(); k++) {
                LocalDate d = checkinDates.get(k);
                boolean lastOne = k == checkinDates.size() - 1;
                if (k > 0) {
                    y.append('\n');
                }
                y.append("  - date: ").append(d).append('\n');
                kv(4, "with", with);
                int style = r.nextInt(3);
                String a = pick(CHECKIN_NOTES);
                String b = pick(CHECKIN_NOTES);
                while (b.equals(a)) {
                    b = pick(CHECKIN_NOTES);
                }
                if (style == 0) {
                    text(4, "notes", a);
                } else if (style == 1) {
                    y.append("    notes: |\n      ").append(a).append("\n      ").append(b).append('\n');
                } else {
                    y.append("    notes: >\n      ").append(a).append("\n      ").append(b).append('\n');
                }
                List<GoalSpec> measured = goals.stream().filter(g -> g.numeric && !g.start.isAfter(d)).toList();
                if (!measured.isEmpty() && r.nextInt(4) != 0) {
                    boolean flow = r.nextBoolean();
                    y.append(flow ? "    progress: {" : "    progress:\n");
                    for (int i = 0; i < measured.size(); i++) {
                        GoalSpec g = measured.get(i);
                        double frac = Math.min(1.0, (double) (k + 1) / checkinDates.size());
                        String v = number(round(g.baseline + (g.current - g.baseline) * frac, number(g.baseline),
                                number(g.target)));
                        if (flow) {
                            y.append(i == 0 ? "" : ", ").append(g.id).append(": ").append(v);
                        } else {
                            y.append("      ").append(g.id).append(": ").append(v).append('\n');
                        }
                    }
                    if (flow) {
                        y.append("}\n");
                    }
                }
                if (r.nextInt(5) != 0) {
                    kv(4, "wellbeing", Integer.toString(2 + r.nextInt(4)));
                }
                if (r.nextInt(4) == 0) {
                    text(4, "blockers", pick(BLOCKERS));
                }
                if (r.nextInt(8) == 0) {
                    text(4, "private", pick(PRIVATE_NOTES));
                }
                if (r.nextInt(3) == 0 || lastOne && r.nextBoolean()) {
                    LocalDate next = d.plusDays(cadenceDays + r.nextInt(9) - 4);
                    if (!lastOne && next.isAfter(checkinDates.get(k + 1))) {
                        next = checkinDates.get(k + 1);
                    }
                    kv(4, "next", next.toString());
                }
            }
        }

        private void achievements() {
            List<GoalSpec> progressed = goals.stream().filter(g -> !g.loose && !g.start.isAfter(AS_OF)).toList();
            int n = progressed.isEmpty() ? 0 : r.nextInt(4);
            if (n == 0) {
                return;
            }
            y.append("\nachievements:\n");
            record Chosen(GoalSpec goal, LocalDate date) {}
            List<Chosen> chosen = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                GoalSpec g = pick(progressed);
                chosen.add(new Chosen(g, date(g.start, min(g.due, AS_OF))));
            }
            chosen.sort(java.util.Comparator.comparing(Chosen::date));
            for (Chosen c : chosen) {
                GoalSpec g = c.goal();
                LocalDate d = c.date();
                y.append("  - date: ").append(d).append('\n');
                kv(4, "title", pick(ACHIEVEMENTS) + " (" + g.template[1].toLowerCase(java.util.Locale.ROOT) + ")");
                kv(4, "goal", g.id);
                if (r.nextInt(3) != 0) {
                    kv(4, "celebrated", min(d.plusDays(r.nextInt(20)), AS_OF).toString());
                }
            }
        }

        private void assessments() {
            String[] comps = switch (p.track) {
                case "management" -> new String[] {"communication", "people-leadership", "stakeholder-management", "delivery"};
                case "data" -> new String[] {"communication", "data-literacy", "delivery", "system-design"};
                default -> new String[] {"communication", "system-design", "delivery", "ownership", "mentoring"};
            };
            int n = 1 + r.nextInt(4);
            y.append("\nassessments:\n");
            for (int k = 0; k < n; k++) {
                LocalDate d = since.plusDays(ChronoUnit.DAYS.between(since, AS_OF) * k / n + r.nextInt(10));
                y.append("  - date: ").append(min(d, AS_OF)).append('\n');
                kv(4, "by", k % 2 == 0 ? "self" : r.nextInt(5) == 0 ? "peer" : "manager");
                boolean block = r.nextInt(4) == 0;
                y.append(block ? "    levels:\n" : "    levels: {");
                for (int i = 0; i < comps.length; i++) {
                    int level = Math.min(5, 1 + r.nextInt(3) + k / 2);
                    if (block) {
                        y.append("      ").append(comps[i]).append(": ").append(level).append('\n');
                    } else {
                        y.append(i == 0 ? "" : ", ").append(comps[i]).append(": ").append(level);
                    }
                }
                if (!block) {
                    y.append("}\n");
                }
            }
        }

        // ---- Taskwarrior ----

        private void task(String kind, String title, LocalDate due, boolean atRisk) throws IOException {
            if (tasks == null) {
                return;
            }
            taskCount++;
            // Due at the end of the day: overdue from the next day on, as devplan counts it.
            String d = due.plusDays(taskShiftDays).format(TASK_DATE) + "T235959Z";
            String entry = since.plusDays(taskShiftDays).format(TASK_DATE) + "T090000Z";
            // From the item, not from the plan's random stream: the plans must not depend on this file.
            UUID uuid = UUID.nameUUIDFromBytes((seed + "/" + p.id + "/" + taskCount).getBytes(StandardCharsets.UTF_8));
            tasks.write("{\"uuid\":\"" + uuid + "\",\"status\":\"pending\",\"entry\":\"" + entry
                    + "\",\"description\":\"" + json(title) + "\",\"project\":\"" + json(p.id) + "\",\"due\":\"" + d
                    + "\",\"tags\":[\"" + kind + "\",\"" + json(p.team.replace('-', '_')) + "\""
                    + (atRisk ? ",\"atrisk\"" : "") + "]}\n");
        }

        // ---- helpers ----

        private void kv(int indent, String key, String value) {
            y.append(" ".repeat(indent)).append(key).append(": ").append(value.equals("null") || value.equals("true")
                    || value.equals("false") || isPlainNumber(value) || isDate(value) ? value : YamlText.scalar(value)).append('\n');
        }

        /** A text field, now and then as a folded block as people write longer texts. */
        private void text(int indent, String key, String value) {
            if (value.length() > 60 && r.nextInt(3) == 0) {
                String pad = " ".repeat(indent + 2);
                int cut = value.lastIndexOf(' ', value.length() / 2);
                y.append(" ".repeat(indent)).append(key).append(": >\n").append(pad).append(value, 0, cut).append('\n')
                        .append(pad).append(value.substring(cut + 1)).append('\n');
            } else {
                kv(indent, key, value);
            }
        }

        private LocalDate date(LocalDate from, LocalDate to) {
            long span = ChronoUnit.DAYS.between(from, to);
            return span <= 0 ? to : from.plusDays(r.nextLong(span + 1));
        }

        private String pick(String[] options) {
            return options[r.nextInt(options.length)];
        }

        private String[] pick(String[][] options) {
            return options[r.nextInt(options.length)];
        }

        private <T> T pick(List<T> options) {
            return options.get(r.nextInt(options.size()));
        }
    }

    private static final class GoalSpec {
        String[] template;
        String id;
        String status;
        boolean loose;
        boolean numeric;
        LocalDate start;
        LocalDate due;
        double baseline;
        double target;
        double current;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String first(String name) {
        return name.substring(0, name.indexOf(' '));
    }

    private static boolean isPlainNumber(String s) {
        return s.matches("-?\\d+(\\.\\d+)?");
    }

    private static boolean isDate(String s) {
        return s.matches("\\d{4}-\\d{2}-\\d{2}");
    }

    /** Whole numbers when both ends of the range are, else one decimal. */
    private static double round(double v, String a, String b) {
        return a.contains(".") || b.contains(".") ? Math.round(v * 10) / 10.0 : Math.round(v);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    // ---- vocabulary --------------------------------------------------------------------------

    private static final String CONFIG = """
            # Benchmark repository written by bench/generate (io.devplan.bench.GenerateRepository).
            # Shaped like examples/acme; names and texts are made up.

            organization: Example Corp
            cadence: monthly               # default; people can override it in their own plan
            timezone: Europe/Copenhagen

            priorities:
              - id: reliability
                title: Platform reliability
              - id: cost
                title: Lower cloud cost per customer
              - id: onboarding
                title: New engineers productive in their first month
              - id: data-quality
                title: Trustworthy customer and order data
              - id: hiring
                title: Hire and keep great people
              - id: security
                title: Pass the ISO 27001 audit

            competencies:
              - id: communication
                title: Communication
              - id: system-design
                title: System design
              - id: delivery
                title: Delivery
              - id: mentoring
                title: Mentoring
              - id: ownership
                title: Ownership
              - id: stakeholder-management
                title: Stakeholder management
              - id: data-literacy
                title: Data literacy
              - id: people-leadership
                title: People leadership

            tracks:
              engineering:
                - level: L2
                  title: Junior Engineer
                  expects: {communication: 1, system-design: 1, delivery: 2, ownership: 1}
                - level: L3
                  title: Engineer
                  expects: {communication: 2, system-design: 2, delivery: 3, ownership: 2, mentoring: 1}
                - level: L4
                  title: Senior Engineer
                  expects: {communication: 3, system-design: 3, delivery: 3, ownership: 3, mentoring: 2}
                - level: L5
                  title: Staff Engineer
                  expects: {communication: 4, system-design: 4, delivery: 4, ownership: 4, mentoring: 3}
              data:
                - level: D2
                  title: Data Analyst
                  expects: {communication: 2, data-literacy: 2, delivery: 2}
                - level: D3
                  title: Data Engineer
                  expects: {communication: 2, data-literacy: 3, delivery: 3, system-design: 2}
                - level: D4
                  title: Senior Data Engineer
                  expects: {communication: 3, data-literacy: 4, delivery: 3, system-design: 3, mentoring: 2}
              management:
                - level: M1
                  title: Engineering Manager
                  expects: {communication: 3, people-leadership: 3, stakeholder-management: 2, delivery: 3}
                - level: M2
                  title: Senior Engineering Manager
                  expects: {communication: 4, people-leadership: 4, stakeholder-management: 3, delivery: 3}
                - level: M3
                  title: Head of Engineering
                  expects: {communication: 4, people-leadership: 4, stakeholder-management: 4, ownership: 4}

            rules:
              max-active-goals: 5
              disable: []
            """;

    private static final String[] TEAMS = {"platform", "payments", "checkout", "search", "identity", "mobile",
        "data", "infra", "growth", "billing", "analytics", "security", "frontend", "api", "logistics", "support-tools"};

    /** Display name, id form. */
    private static final String[][] FIRST = {
        {"Alice", "alice"}, {"Bob", "bob"}, {"Priya", "priya"}, {"Sofia", "sofia"}, {"Omar", "omar"},
        {"Henrik", "henrik"}, {"Mette", "mette"}, {"Jesper", "jesper"}, {"Freja", "freja"}, {"Chloé", "chloe"},
        {"Daan", "daan"}, {"Lotte", "lotte"}, {"Ravi", "ravi"}, {"Emma", "emma"}, {"Tom", "tom"},
        {"Ingrid", "ingrid"}, {"Björn", "bjorn"}, {"Søren", "soren"}, {"Astrid", "astrid"}, {"Lars", "lars"},
        {"Anouk", "anouk"}, {"Sem", "sem"}, {"Fatima", "fatima"}, {"Yusuf", "yusuf"}, {"Mei", "mei"},
        {"Wei", "wei"}, {"Aisha", "aisha"}, {"Kwame", "kwame"}, {"Lucía", "lucia"}, {"Mateo", "mateo"},
        {"Noor", "noor"}, {"Ana", "ana"}, {"Jonas", "jonas"}, {"Elin", "elin"}, {"Maja", "maja"},
        {"Niels", "niels"}, {"Pieter", "pieter"}, {"Sanne", "sanne"}, {"Arjun", "arjun"}, {"Deepa", "deepa"},
        {"Hiro", "hiro"}, {"Yuki", "yuki"}, {"Olga", "olga"}, {"Marek", "marek"}, {"Zofia", "zofia"},
        {"Kofi", "kofi"}, {"Amara", "amara"}, {"Liam", "liam"}, {"Nora", "nora"}, {"Erik", "erik"},
    };

    private static final String[][] LAST = {
        {"Andersen", "andersen"}, {"Berg", "berg"}, {"Nair", "nair"}, {"Lindqvist", "lindqvist"},
        {"Haddad", "haddad"}, {"Dahl", "dahl"}, {"Kjærgaard", "kjaergaard"}, {"Møller", "moller"},
        {"Nielsen", "nielsen"}, {"Martin", "martin"}, {"de Vries", "de-vries"}, {"van den Berg", "van-den-berg"},
        {"Kumar", "kumar"}, {"Schultz", "schultz"}, {"Okafor", "okafor"}, {"Johansson", "johansson"},
        {"Larsen", "larsen"}, {"Jansen", "jansen"}, {"Bakker", "bakker"}, {"Visser", "visser"},
        {"Svensson", "svensson"}, {"Hansen", "hansen"}, {"Pedersen", "pedersen"}, {"Eriksson", "eriksson"},
        {"Smit", "smit"}, {"Mulder", "mulder"}, {"Chen", "chen"}, {"Wang", "wang"}, {"Tanaka", "tanaka"},
        {"Sato", "sato"}, {"García", "garcia"}, {"López", "lopez"}, {"Novak", "novak"}, {"Kowalski", "kowalski"},
        {"Mensah", "mensah"}, {"Adeyemi", "adeyemi"}, {"Rahman", "rahman"}, {"Iyer", "iyer"}, {"Khan", "khan"},
        {"Öberg", "oberg"}, {"Holm", "holm"}, {"Lund", "lund"}, {"Meijer", "meijer"}, {"de Jong", "de-jong"},
        {"Rossi", "rossi"}, {"Dubois", "dubois"}, {"Moreau", "moreau"}, {"Fischer", "fischer"}, {"Weber", "weber"},
        {"O'Brien", "obrien"},
    };

    private static final String[] ENG_ROLES = {"Backend Engineer", "Frontend Engineer", "Full-stack Engineer",
        "Site Reliability Engineer", "Mobile Engineer", "Platform Engineer", "Security Engineer", "QA Engineer"};
    private static final String[] DATA_ROLES = {"Data Analyst", "Data Engineer", "Analytics Engineer",
        "Machine Learning Engineer"};

    private static final String[] HEADER_NOTES = {
        "Follow-up from the spring 2026 performance review.",
        "Agreed after the mid-year review; check-ins monthly unless noted.",
        "Plan reviewed in the calibration round, October 2026.",
        "Kept in git; changes go through a PR to the manager.",
        "New joiner plan: first goals agreed in onboarding week.",
    };

    /** id, kind, source, text. */
    private static final String[][] FEEDBACK = {
        {"fb-late-designs", "improvement", "review", "Design documents arrive after implementation has started."},
        {"fb-estimates", "improvement", "review", "Estimates are often off by a factor of two, which makes planning hard for the team."},
        {"fb-incident-calm", "strength", "peer", "Kept the incident channel calm and well summarised during the outage. Everybody knew what was going on without having to ask."},
        {"fb-presenting", "improvement", "self", "I avoid presenting, even at the team demo. I'd like to change that."},
        {"fb-quiet", "improvement", "one-on-one", "Goes quiet in meetings with the product leads; might be confidence rather than interest."},
        {"fb-code-review", "strength", "peer", "Code reviews are thorough and kind; people learn from them."},
        {"fb-1on1s", "improvement", "upward", "1:1s get cancelled whenever there is an incident, sometimes three weeks in a row."},
        {"fb-roadmap", "improvement", "review", "Other teams learn about changes late; the roadmap lives in one head."},
        {"fb-ops-thanks", "recognition", "customer", "The new dashboard is on the big screen in the hub now."},
        {"fb-ownership", "strength", "review", "Takes ownership of problems beyond the team's boundaries."},
        {"fb-docs", "improvement", "peer", "Runbooks are out of date; on-call had to reverse-engineer the deploy."},
        {"fb-mentoring", "recognition", "360", "Both juniors on the team named them as the person they learn most from."},
        {"fb-scope", "improvement", "one-on-one", "Says yes to everything and then works evenings to deliver it."},
        {"fb-testing", "improvement", "review", "Releases regularly break the mobile app because the contract tests are skipped."},
        {"fb-hiring", "improvement", "review", "The team has been two people short since January. Hiring needs to be the top priority, not something done between incidents."},
    };

    /** id, title, measure, unit (empty: not numeric), baseline, target, relevant, aligns, competencies. */
    private static final String[][] ENG_GOALS = {
        {"design-reviews", "Hold a design review before implementation of every significant change", "design reviews held before implementation starts", "reviews", "0", "6", "Late designs caused two incidents this year.", "reliability", "communication, system-design"},
        {"p99-latency", "Bring p99 latency of the checkout API under 300 ms", "p99 latency over a week", "ms", "850", "300", "Slow checkout costs conversions.", "reliability", "system-design"},
        {"on-call-pages", "Reduce out-of-hours pages for the team", "pages per month outside office hours", "pages", "24", "6", "On-call is burning people out.", "reliability", "ownership"},
        {"test-coverage", "Raise contract-test coverage of the public API", "share of endpoints with contract tests", "%", "35", "90", "Breaking changes reach the mobile app.", "reliability", "delivery"},
        {"mentor-junior", "Mentor the new junior engineer through their first quarter", "", "", "", "", "We are hiring four juniors this year.", "onboarding", "mentoring"},
        {"cloud-cost", "Cut the monthly cloud bill of the team's services", "monthly cost in EUR", "EUR", "42000", "30000", "Cost per customer is a company priority.", "cost", "ownership, system-design"},
        {"runbooks", "Write runbooks for every service the team owns", "services with a reviewed runbook", "runbooks", "2", "11", "On-call needs them at 3 am.", "reliability", "communication"},
        {"deploy-frequency", "Deploy to production at least daily", "deploys per week", "deploys", "2", "5", "Small deploys are safer deploys.", "reliability", "delivery"},
    };

    private static final String[][] DATA_GOALS = {
        {"ontime-dashboard", "Build the on-time delivery dashboard for Operations", "", "", "", "", "Ops answers the question by hand in Excel every week.", "data-quality", "data-literacy, delivery"},
        {"dbt-tests", "Add data tests to every dbt model in the orders mart", "models with tests", "models", "12", "64", "Wrong numbers reached the board deck twice.", "data-quality", "data-literacy"},
        {"address-quality", "Reduce undeliverable addresses in the order feed", "share of orders with an invalid address", "%", "4.2", "1.5", "Every bad address costs a failed delivery.", "data-quality", "data-literacy, ownership"},
        {"sql", "Improve SQL skills", "", "", "", "", "Needed for the analytics engineer role.", "data-quality", "data-literacy"},
    };

    private static final String[][] MANAGER_GOALS = {
        {"one-on-ones", "Hold at least 95% of planned 1:1s with every report", "share of scheduled 1:1s that took place, per quarter", "%", "60", "95", "Upward feedback says 1:1s get cancelled.", "hiring", "people-leadership"},
        {"hire-two", "Hire two engineers for the team", "engineers hired", "hires", "0", "2", "The team is two people short and on-call is too heavy.", "hiring", "people-leadership, stakeholder-management"},
        {"roadmap", "Publish the team roadmap every quarter", "quarterly roadmaps published on the wiki", "roadmaps", "0", "4", "Other teams learn about changes late.", "reliability", "stakeholder-management, communication"},
        {"attrition", "Keep regretted attrition at zero this year", "", "", "", "", "Two seniors left last year.", "hiring", "people-leadership"},
        {"delegate", "Delegate incident command to the senior engineers", "incidents commanded by someone else", "incidents", "0", "8", "The manager should not be the single point of failure.", "reliability", "people-leadership, delivery"},
    };

    private static final String[][] COMMON_GOALS = {
        {"all-hands-talk", "Give a 10-minute talk at the engineering all-hands", "", "", "", "", "Visibility for the team's work, and confidence.", "onboarding", "communication"},
        {"security-training", "Complete the secure-coding training and fix the audit findings", "open audit findings", "findings", "9", "0", "The ISO audit is in March.", "security", "ownership"},
        {"estimates", "Get better at estimates", "", "", "", "", "Planning depends on them.", "reliability", "delivery"},
        {"onboarding-guide", "Rewrite the team onboarding guide", "", "", "", "", "New engineers take six weeks to ship.", "onboarding", "communication, mentoring"},
    };

    private static final String[][] MILESTONES = {
        {"template", "Draft a template and share it with the team"},
        {"pilot", "Pilot with one team"},
        {"retro", "Retro on the first results"},
        {"guide", "Publish the guide on the wiki"},
        {"baseline", "Measure the baseline"},
        {"proposal", "Write the proposal and get it reviewed"},
        {"rollout", "Roll out to all services"},
        {"dry-run", "Dry run at the team demo"},
        {"sign-off", "Sign-off from the director"},
        {"dashboard", "Dashboard with the weekly numbers"},
    };

    /** id, title, owner (employee or manager). */
    private static final String[][] ACTIONS = {
        {"book-course", "Book the workshop", "manager"},
        {"share-calendar", "Share the review calendar with the other teams", "employee"},
        {"ask-budget", "Ask Finance for the training budget", "manager"},
        {"pair", "Pair with a senior engineer for two weeks", "employee"},
        {"write-adr", "Write the architecture decision record", "employee"},
        {"shadow", "Shadow the incident commander on two incidents", "employee"},
        {"intro", "Introduce them to the product leads", "manager"},
        {"read", "Read the SRE book chapters on alerting", "employee"},
    };

    /** id, kind, title, cost (empty: none), currency. */
    private static final String[][] SUPPORT = {
        {"facilitation", "training", "Facilitation workshop (two days)", "450", "EUR"},
        {"speaking-coach", "coaching", "Two sessions with the internal speaking coach", "", ""},
        {"mentor", "mentoring", "Fortnightly pairing with a staff engineer", "", ""},
        {"focus-time", "time", "Two focus days a month without meetings", "", ""},
        {"conference", "budget", "Ticket and travel for a conference", "1800", "EUR"},
        {"course", "training", "Online course on distributed systems", "4900", "DKK"},
        {"tooling", "tool", "Licence for the profiling tool", "300", "EUR"},
        {"leadership-coach", "coaching", "External leadership coach, six sessions", "1800", "EUR"},
    };

    private static final String[] DROP_REASONS = {
        "on hold until the reorganisation settles",
        "dropped: the priority changed in the last planning round",
        "paused during parental leave",
        "superseded by the platform migration",
    };

    private static final String[] CHECKIN_NOTES = {
        "Good progress; the first milestone is done.",
        "Slower month because of on-call and two incidents.",
        "Talked about the next level and what is missing for it.",
        "The pilot went well and another team wants to join.",
        "Agreed to move the due date; the dependency on the platform team slipped.",
        "Mostly project work this month, little time for the goals.",
        "Celebrated the release with the team; good energy.",
        "Discussed the feedback from the peer review and what to do with it.",
        "Workload is high; we moved one goal to paused.",
        "Started on the talk; topic agreed.",
    };

    private static final String[] BLOCKERS = {
        "Review slots collide with on-call weeks.",
        "Waiting for budget approval from Finance.",
        "The staging environment is down half the time.",
        "Two weeks of on-call in a row.",
        "No access to the production metrics yet.",
    };

    private static final String[] PRIVATE_NOTES = {
        "Mentioned workload at home; revisit next month.",
        "Considering an internal move to the data team.",
        "Tired; suggested taking the leave that is left before December.",
        "Asked about the salary band for the next level.",
    };

    private static final String[] ACHIEVEMENTS = {
        "First milestone done",
        "Shipped ahead of plan",
        "Praised by another team",
        "Presented the results at the demo",
        "Target reached",
    };

    private static final String[] CUSTOMERS = {"Operations (Copenhagen hub)", "Customer support", "Finance", "Sales EMEA"};
}
