package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** overdue, remind, agenda and calendar as scripts and cron see them: exit codes, silence, files. */
class FollowUpCommandsTest {
    private static final String ACME = "examples/acme";

    @TempDir
    Path dir;

    /** A repository where one plan has a milestone due on {@code due} and nothing else to do. */
    private Path repo(String due) throws IOException {
        Files.writeString(dir.resolve("devplan.yaml"), "organization: Test\ncadence: monthly\n");
        Files.createDirectories(dir.resolve("plans"));
        Files.writeString(dir.resolve("plans/ann.yaml"), """
                employee:
                  id: ann
                  name: Ann Åberg
                  manager: ben
                goals:
                  - id: g
                    title: Ship it; then, rest\\really
                    status: active
                    milestones:
                      - id: m
                        title: First step
                        due: %s
                """.formatted(due));
        return dir;
    }

    @Test
    void remindPrintsNothingAtAllWhenNothingIsDue() throws IOException {
        repo("2027-01-31");
        for (String format : List.of("text", "json")) {
            CliRunner.Result r = CliRunner.run("--dir", dir.toString(), "remind", "--format", format);
            assertThat(r.exit()).isZero();
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEmpty();
        }
        CliRunner.Result soon = CliRunner.run("--dir", dir.toString(), "remind", "--as-of", "2027-01-25");
        assertThat(soon.out()).startsWith("Ann Åberg (ann): 1 thing to do");
    }

    @ParameterizedTest(name = "overdue {0} -> exit {1}")
    @CsvSource(textBlock = """
            --as-of 2026-11-22 --exit-code,                        1
            --as-of 2026-11-22,                                    0
            --as-of 2026-11-22 --exit-code --employee emma-schultz --kind milestone, 0
            --as-of 2026-11-22 --exit-code --team payment,         2
            --as-of 2026-11-22 --all-levels,                       2
            --as-of 2026-11-22 --employee alice,                   2
            --as-of 2026-11-22 --kind support,                     2
            --within -1,                                           2
            """)
    void overdueExitCodes(String args, int exit) {
        String[] argv = ("--dir " + ACME + " overdue " + args).split(" ");
        assertThat(CliRunner.run(argv).exit()).isEqualTo(exit);
    }

    @Test
    void usageErrorsSayWhatIsWrongWithAHint() {
        assertThat(CliRunner.run("--dir", ACME, "overdue", "--team", "payment").err())
                .startsWith("devplan: no plan has team 'payment'; did you mean 'payments'?");
        assertThat(CliRunner.run("--dir", ACME, "remind", "--for", "bob-bergg").err())
                .startsWith("devplan: nobody called 'bob-bergg' in the plans; did you mean 'bob-berg'?");
        assertThat(CliRunner.run("--dir", ACME, "agenda", "alice").exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void calendarParsesBackWithIcal4jAndIsValid() throws Exception {
        CliRunner.Result r = CliRunner.run("--dir", ACME, "calendar", "--as-of", "2026-11-22");
        assertThat(r.exit()).isZero();
        Calendar cal = new CalendarBuilder().build(new StringReader(r.out()));
        assertThat(cal.validate().hasErrors()).as(cal.validate().toString()).isFalse();
        List<VEvent> events = cal.getComponents("VEVENT");
        assertThat(events).hasSizeGreaterThan(40);
        assertThat(events.stream().map(FollowUpCommandsTest::uid).distinct()).hasSameSizeAs(events);
        VEvent retro = events.stream().filter(e -> uid(e).equals("milestone:alice-andersen:design-reviews:retro@devplan"))
                .findFirst().orElseThrow();
        assertThat(value(retro, Property.DTSTART)).isEqualTo("20261117");
        assertThat(value(retro, Property.DTEND)).isEqualTo("20261118");
        assertThat(value(retro, Property.SUMMARY))
                .isEqualTo("Alice Andersen – milestone: Retro on the first six months of design reviews (design-reviews)");
        for (String line : r.out().split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\n");
        }
        assertThat(r.out()).endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void calendarKeepsItsUidsWhenRunAgainAndWhenADateMoves() throws Exception {
        repo("2026-12-01");
        Clock later = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
        String first = CliRunner.run("--dir", dir.toString(), "calendar").out();
        Files.writeString(dir.resolve("plans/ann.yaml"),
                Files.readString(dir.resolve("plans/ann.yaml")).replace("2026-12-01", "2026-12-15"));
        String second = CliRunner.run(later, "--dir", dir.toString(), "calendar").out();
        List<String> uids1 = uids(first);
        assertThat(uids1).containsExactly("milestone:ann:g:m@devplan");
        assertThat(uids(second)).isEqualTo(uids1);
        assertThat(second).contains("DTSTART;VALUE=DATE:20261215").doesNotContain("20261201\r\n");
        assertThat(first).contains("SUMMARY:Ann Åberg – milestone: First step (g)");
    }

    @Test
    void calendarOutputReplacesTheFileAtomicallyAndNeverWidensItsMode() throws Exception {
        repo("2026-12-01");
        Path out = dir.resolve("feed.ics");
        Files.writeString(out, "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r--r--"));
        CliRunner.Result r = CliRunner.run("--dir", dir.toString(), "calendar", "--output", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo(CliRunner.run("--dir", dir.toString(), "calendar").out());
        // The repository's file-mode (default 0600) bounds it: a wider mode is not copied.
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        Files.writeString(dir.resolve("devplan.yaml"), "file-mode: \"0644\"\n", java.nio.file.StandardOpenOption.APPEND);
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
        assertThat(CliRunner.run("--dir", dir.toString(), "calendar", "--output", out.toString()).exit()).isZero();
        // file-mode 0644 allows more, but the file had less: it keeps its own.
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r-----");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void overdueJsonHasExactlyTheContractFields() {
        CliRunner.Result r = CliRunner.run("--dir", ACME, "overdue", "--as-of", "2026-11-22", "--employee",
                "omar.haddad", "--kind", "checkin", "--format", "json");
        assertThat(r.out()).isEqualTo("""
                [
                  {
                    "employee": "omar.haddad",
                    "manager": "bob-berg",
                    "kind": "checkin",
                    "goal": null,
                    "id": null,
                    "title": "Check-in with Omar Haddad",
                    "due": "2026-10-19",
                    "daysOverdue": 34,
                    "file": "plans/platform/omar.haddad.yaml",
                    "line": 5
                  }
                ]
                """);
    }

    private static List<String> uids(String ics) throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        return cal.<VEvent>getComponents("VEVENT").stream().map(FollowUpCommandsTest::uid).toList();
    }

    private static String uid(VEvent e) {
        return value(e, Property.UID);
    }

    private static String value(VEvent e, String name) {
        return e.getProperty(name).map(p -> ((Property) p).getValue()).orElseThrow();
    }
}
