package io.devplan.cli;

import io.devplan.Golden;
import io.devplan.domain.Audience;
import io.devplan.domain.PlanFilter;
import io.devplan.domain.Report;
import io.devplan.render.Ansi;
import io.devplan.render.ReportDocument;
import io.devplan.render.TextDoc;
import io.devplan.render.doc.Document;
import io.devplan.store.Repository;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandTest {
    static final String ACME = "examples/acme";
    static final String AS_OF = "2026-11-22";

    static CliRunner.Result report(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "--dir";
        all[1] = ACME;
        all[2] = "report";
        all[3] = "--as-of";
        all[4] = AS_OF;
        System.arraycopy(args, 0, all, 5, args.length);
        return CliRunner.run(all);
    }

    /** Text at a fixed width, so the golden file does not depend on the terminal running the tests. */
    static String text(List<String> ids, int width) {
        StringWriter out = new StringWriter();
        new TextDoc(Ansi.OFF, width, false, new PrintWriter(out)).write(document(ids));
        return out.toString();
    }

    /** The report's model, for the example repository as of its date. */
    static Document document(List<String> ids) {
        Repository repo = Repository.open(Path.of(ACME), Path.of("").toAbsolutePath());
        var plans = new PlanFilter(ids, null, null, false).apply(repo.loadAll().plans());
        Report report = Report.of(plans, repo.config(), LocalDate.parse(AS_OF), Audience.MANAGER, !ids.isEmpty(),
                new PlanFilter(ids, null, null, false));
        return ReportDocument.of(report, List.of(), io.devplan.render.Words.english());
    }

    @Test
    void textGoldens() {
        Golden.assertMatches("report/alice-andersen.txt", text(List.of("alice-andersen"), 100));
        Golden.assertMatches("report/everyone.txt", text(List.of(), 100));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"markdown, md", "html, html", "json, json", "csv, csv"})
    void formatGoldens(String format, String extension) {
        CliRunner.Result one = report("alice-andersen", "--format", format);
        CliRunner.Result all = report("--format", format);
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(all.exit()).as(all.err()).isZero();
        Golden.assertMatches("report/alice-andersen." + extension, one.out());
        Golden.assertMatches("report/everyone." + extension, all.out());
    }

    @ParameterizedTest(name = "width {0}")
    @CsvSource({"60", "80", "100", "160"})
    void textFitsTheWidth(int width) {
        for (List<String> ids : List.of(List.of("alice-andersen", "sofia-lindqvist", "tom-okafor"), List.<String>of())) {
            for (String line : text(ids, width).split("\n")) {
                assertThat(line.length()).as(line).isLessThanOrEqualTo(width);
            }
        }
    }

    @Test
    void htmlIsSelfContainedAndAccessible() {
        for (String html : List.of(report("alice-andersen", "--format", "html").out(), report("--format", "html").out())) {
            assertThat(html).doesNotContainPattern("(?i)https?:|//|@import|url\\s*\\(|<script|<link|\\bsrc\\s*=|\\bhref\\s*=");
            assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">", "<title>", "@page", "A4");
            assertThat(html).contains("<th scope=\"col\"", "<th scope=\"row\"", "<h1>", "<h2");
            Matcher svg = Pattern.compile("<svg[^>]*>(.*?)</svg>", Pattern.DOTALL).matcher(html);
            int charts = 0;
            while (svg.find()) {
                charts++;
                assertThat(svg.group()).contains("role=\"img\"").containsPattern("<title id=\"[^\"]+\">[^<]+</title>")
                        .containsPattern("<desc id=\"[^\"]+\">[^<]+</desc>");
            }
            assertThat(charts).isPositive();
        }
    }

    @Test
    void csvFollowsRfc4180() {
        String csv = report("--format", "csv").out();
        assertThat(csv).endsWith("\r\n");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n");
        assertThat(csv.split("\r\n")[0]).startsWith("asOf,employee,name,team,manager,goal,title,status");
        String quoted = io.devplan.render.ReportCsvAccess.field("say \"hi\", then\nleave");
        assertThat(quoted).isEqualTo("\"say \"\"hi\"\", then\nleave\"");
    }

    @Test
    void selectsByTeamAndManager() {
        String team = report("--team", "payments", "--format", "json").out();
        assertThat(ids(team)).containsExactly("chloe-martin", "freja-nielsen", "jesper-moller", "mette-kjaergaard", "tom-okafor");
        String direct = report("--manager", "henrik-dahl", "--format", "json").out();
        String below = report("--manager", "henrik-dahl", "--all-levels", "--format", "json").out();
        assertThat(ids(below)).containsAll(ids(direct)).hasSizeGreaterThan(ids(direct).size());
    }

    private static List<String> ids(String json) {
        Matcher m = Pattern.compile("^      \"id\": \"([^\"]+)\"", Pattern.MULTILINE).matcher(json);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void wrongNamesAreUsageErrorsWithAHint() {
        CliRunner.Result id = report("alice-anderson");
        assertThat(id.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(id.err()).contains("no plan for 'alice-anderson'", "alice-andersen");
        CliRunner.Result team = report("--team", "payment");
        assertThat(team.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(team.err()).contains("no plan has team 'payment'", "payments");
        CliRunner.Result levels = report("--all-levels");
        assertThat(levels.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(levels.err()).contains("--all-levels needs --manager");
        CliRunner.Result format = report("--format", "pdf");
        assertThat(format.exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void outputWritesTheFileAtomicallyAndPrintsNothing(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("alice.html");
        Files.writeString(file, "old report");
        CliRunner.Result r = report("alice-andersen", "--format", "html", "--output", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(report("alice-andersen", "--format", "html").out());
        try (var left = Files.list(tmp)) {
            assertThat(left).containsExactly(file);
        }
        CliRunner.Result missing = report("--output", tmp.resolve("no/such/folder/r.txt").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.WRITE_REFUSED);
        assertThat(missing.err()).startsWith("devplan: cannot write");
    }

    @Test
    void helpHasExamples() {
        CliRunner.Result help = CliRunner.run("report", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--audience", "--format", "--output", "Examples:");
    }
}
