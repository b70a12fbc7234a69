package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manager's HTML report printed to PDF by headless Chromium, as a browser prints it: every
 * page carries the confidentiality banner and a page number (CSS {@code @page} margin boxes).
 * Skipped where no Chromium is installed; the text of the PDF is checked where pdftotext is.
 */
class ReportPdfTest {
    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable", "chrome", "headless_shell");

    @TempDir
    Path tmp;

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, name))
                .filter(Files::isExecutable).findFirst();
    }

    private static int run(Path dir, List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return p.exitValue();
    }

    @Test
    void managerReportPrintsWithTheBannerAndPageNumbersOnEveryPage() throws Exception {
        Optional<Path> browser = BROWSERS.stream().map(ReportPdfTest::onPath).flatMap(Optional::stream).findFirst();
        assumeTrue(browser.isPresent(), "no Chromium on PATH: " + BROWSERS);

        Path html = tmp.resolve("report.html");
        CliRunner.Result r = ReportCommandTest.report("--format", "html", "--output", html.toString());
        assertThat(r.exit()).isZero();
        Path pdf = tmp.resolve("report.pdf");
        int exit = run(tmp, List.of(browser.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + tmp.resolve("profile"), "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf, html.toUri().toString()));
        assertThat(exit).as(Files.readString(tmp.resolve("out.log"))).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));

        Optional<Path> pdftotext = onPath("pdftotext");
        assumeTrue(pdftotext.isPresent(), "no pdftotext on PATH: the PDF's text is not checked");
        assertThat(run(tmp, List.of(pdftotext.get().toString(), "-layout", pdf.toString(), "report.txt"))).isZero();
        String text = Files.readString(tmp.resolve("report.txt"));
        String[] pages = text.split("\f");
        long printed = Stream.of(pages).filter(p -> !p.isBlank()).count();
        assertThat(printed).as("pages").isGreaterThan(1);
        for (int i = 0; i < printed; i++) {
            // "1 / 2" as printed; pdftotext may drop the spaces.
            assertThat(pages[i]).as("page " + (i + 1)).contains("Confidential: manager only")
                    .containsPattern("\\b" + (i + 1) + "\\s*/\\s*" + printed + "\\b");
        }
    }
}
