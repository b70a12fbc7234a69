package io.devplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The built jar, as people run it (the generated fast models and all): help in the reader's
 * language reads that language's file; an English run, with help or without, reads none.
 */
class HelpLanguageIT {
    private static final String JAR = Path.of("target", "devplan.jar").toAbsolutePath().toString();

    @Test
    void anEnglishRunLoadsNoHelpFile() throws Exception {
        String plain = run(Map.of(), "--dir", "examples/acme", "show", "alice-andersen", "--as-of", "2026-11-22");
        assertThat(plain).contains("Alice Andersen").doesNotContain("io.devplan.cli.HelpTexts", "PropertyResourceBundle");
        String help = run(Map.of("LANG", "C.UTF-8"), "checkin", "--help");
        assertThat(help).contains("Record a check-in: a follow-up meeting on the plan.").doesNotContain("PropertyResourceBundle");
    }

    @Test
    void helpInAnotherLanguageReadsItsFile() throws Exception {
        String flag = run(Map.of(), "--lang", "da", "checkin", "--help");
        assertThat(flag).contains("Registrér en opfølgning: et opfølgningsmøde om planen.", "PropertyResourceBundle");
        assertThat(run(Map.of("LANG", "da_DK.UTF-8"), "checkin", "--help"))
                .contains("Registrér en opfølgning: et opfølgningsmøde om planen.", "Brug: devplan checkin");
        assertThat(run(Map.of("LANG", "sv_SE.UTF-8"), "help", "checkin"))
                .contains("Registrera en avstämning: ett uppföljningsmöte om planen.", "Användning: devplan checkin");
        assertThat(run(Map.of("DEVPLAN_LANG", "nl"), "--help")).contains("Opdrachten:", "Afsluitstatus:");
    }

    /** Runs the jar with {@code env} as its only locale variables, the classes it loads listed in its output. */
    private static String run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-jar", JAR));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        for (String v : List.of("DEVPLAN_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")) {
            pb.environment().remove(v);
        }
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", args) + ": " + out).isZero();
        return out;
    }
}
