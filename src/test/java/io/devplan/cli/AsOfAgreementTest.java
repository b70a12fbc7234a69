package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.JsonTree;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command tells the same story at every date: over generated plans and dates before the
 * plans began, in the middle and after every due date, overdue, show, report, agenda, remind and
 * calendar name the same overdue and due-soon items, item by item, in their JSON and in what
 * people read.
 */
class AsOfAgreementTest {
    private static final int PEOPLE = 12;
    private static final int SOON = 7;

    @TempDir
    static Path repo;

    @BeforeAll
    static void plans() throws IOException {
        new VariedPlans(20261202).write(repo, PEOPLE);
        // Every plan reads (validate may still find goals that are not SMART: exit 1).
        CliRunner.Result v = CliRunner.run("--dir", repo.toString(), "validate", "--format", "json");
        assertThat(v.exit()).as(v.err()).isIn(0, 1);
    }

    @ParameterizedTest(name = "as of {0}")
    @ValueSource(strings = {"2025-06-01", "2026-02-14", "2026-04-30", "2026-07-15", "2026-10-01", "2026-12-31", "2028-01-01"})
    void everyCommandNamesTheSameItems(String asOf) {
        LocalDate date = LocalDate.parse(asOf);
        TreeSet<String> overdue = items(list(run("overdue", "--as-of", asOf, "--format", "json")), false);
        TreeSet<String> due = items(list(run("overdue", "--as-of", asOf, "--within", "" + SOON, "--format", "json")), true);

        TreeSet<String> shown = new TreeSet<>();
        TreeSet<String> shownDue = new TreeSet<>();
        TreeSet<String> agenda = new TreeSet<>();
        for (int p = 0; p < PEOPLE; p++) {
            String id = "person-" + p;
            Map<?, ?> show = map(run("show", id, "--as-of", asOf, "--format", "json"));
            for (Object o : (List<?>) show.get("goals")) {
                Map<?, ?> g = (Map<?, ?>) o;
                add(shown, shownDue, id, "goal", (String) g.get("id"), (String) g.get("state"), g.get("due"), date);
                for (String kind : List.of("milestones", "actions")) {
                    for (Object i : (List<?>) g.get(kind)) {
                        Map<?, ?> item = (Map<?, ?>) i;
                        assertThat(item.get("overdue")).isEqualTo("overdue".equals(item.get("state")));
                        add(shown, shownDue, id, kind.substring(0, kind.length() - 1), (String) item.get("id"),
                                (String) item.get("state"), item.get("due"), date);
                    }
                }
            }
            if (show.get("nextCheckIn") != null) {
                long days = days(show.get("nextCheckIn"), date);
                assertThat(show.get("checkInOverdue")).isEqualTo(days > 0);
                if (days > 0) {
                    shown.add(key(id, "checkin", null, days));
                }
                if (days >= -SOON) {
                    shownDue.add(key(id, "checkin", null, Math.max(0, days)));
                }
            }
            Map<?, ?> ag = map(run("agenda", id, "--as-of", asOf, "--format", "json"));
            agenda.addAll(items((List<?>) ag.get("due"), true));
        }
        assertThat(shown).as("show agrees with overdue").isEqualTo(overdue);
        assertThat(shownDue).as("show agrees with overdue --within").isEqualTo(due);
        assertThat(agenda).as("agenda lists what is due but the check-in itself")
                .isEqualTo(new TreeSet<>(due.stream().filter(k -> !k.contains(" checkin ")).toList()));

        TreeSet<String> reported = new TreeSet<>();
        for (Object e : (List<?>) map(run("report", "--as-of", asOf, "--format", "json")).get("employees")) {
            reported.addAll(items((List<?>) ((Map<?, ?>) e).get("overdue"), false));
        }
        assertThat(reported).as("report agrees with overdue").isEqualTo(overdue);

        TreeSet<String> reminded = new TreeSet<>();
        for (Object r : list(run("remind", "--as-of", asOf, "--within", "" + SOON, "--format", "json"))) {
            for (Object i : (List<?>) ((Map<?, ?>) r).get("items")) {
                if (((Map<?, ?>) i).get("due") != null) {
                    reminded.add(key((Map<?, ?>) i, true));
                }
            }
        }
        assertThat(reminded).as("remind agrees with overdue --within").containsAll(due);

        String ics = run("calendar", "--as-of", asOf).out();
        for (String k : overdue) {
            String[] f = k.split(" ");
            String uid = f[1] + ":" + f[0] + (f[2].equals("-") ? "" : ":" + f[2].replace('/', ':'));
            assertThat(ics).as("calendar has " + k).contains("UID:" + uid + "@devplan");
        }
        everyTextFormatNamesTheOverdueItems(asOf, overdue);
    }

    private static void everyTextFormatNamesTheOverdueItems(String asOf, TreeSet<String> overdue) {
        String text = run("overdue", "--as-of", asOf).out();
        String report = run("report", "--as-of", asOf, "--format", "markdown").out();
        for (String k : overdue) {
            String[] f = k.split(" ");
            if (!f[2].equals("-")) {
                assertThat(text).as("overdue text names " + k).contains(f[2]);
            }
            String days = f[3].equals("1") ? "1 day" : f[3] + " days";
            assertThat(text).contains(days);
            String show = run("show", f[0], "--as-of", asOf).out();
            if (!f[1].equals("checkin")) {
                assertThat(show).as("show text says " + k).contains(days + " overdue");
            }
        }
        long people = overdue.stream().map(k -> k.split(" ")[0]).distinct().count();
        Matcher rows = Pattern.compile("^\\| Person \\d+ \\|", Pattern.MULTILINE).matcher(report);
        int count = 0;
        while (rows.find()) {
            count++;
        }
        assertThat(count).isEqualTo(PEOPLE);
        assertThat(people).isLessThanOrEqualTo(PEOPLE);
    }

    private static void add(TreeSet<String> overdue, TreeSet<String> due, String employee, String kind, String id,
                            String state, Object dueDate, LocalDate asOf) {
        if ("overdue".equals(state)) {
            overdue.add(key(employee, kind, id, days(dueDate, asOf)));
        }
        if ("overdue".equals(state) || "due-soon".equals(state)) {
            due.add(key(employee, kind, id, Math.max(0, days(dueDate, asOf))));
        }
    }

    private static long days(Object due, LocalDate asOf) {
        return ChronoUnit.DAYS.between(LocalDate.parse((String) due), asOf);
    }

    private static TreeSet<String> items(List<?> json, boolean soonToo) {
        TreeSet<String> out = new TreeSet<>();
        for (Object o : json) {
            out.add(key((Map<?, ?>) o, soonToo));
        }
        return out;
    }

    private static String key(Map<?, ?> i, boolean soonToo) {
        return key((String) i.get("employee"), (String) i.get("kind"), (String) i.get("id"),
                ((Number) i.get("daysOverdue")).longValue());
    }

    private static String key(String employee, String kind, String id, long days) {
        return employee + " " + kind + " " + (id == null ? "-" : id) + " " + days;
    }

    private static CliRunner.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--dir", repo.toString()));
        all.addAll(List.of(args));
        CliRunner.Result r = CliRunner.run(all.toArray(String[]::new));
        assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return r;
    }

    /** remind prints nothing at all when nothing is due, not even "[]": cron then sends no mail. */
    private static List<?> list(CliRunner.Result r) {
        return r.out().isEmpty() ? List.of() : (List<?>) JsonTree.parse(r.out());
    }

    private static Map<?, ?> map(CliRunner.Result r) {
        return (Map<?, ?>) JsonTree.parse(r.out());
    }
}
