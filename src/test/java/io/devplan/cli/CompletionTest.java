package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The completion scripts as a shell runs them: the ones {@code devplan completion} prints (which
 * are the committed completions/ files, byte for byte), sourced in a real bash, zsh and fish
 * with a {@code devplan} on the PATH that runs this build. Plans are hostile: words from them
 * must arrive as data, and nothing in them may run.
 */
class CompletionTest {
    @TempDir
    static Path work;

    /** A folder with the {@code devplan} the scripts call, and one with the printed scripts. */
    private static Path bin;

    private static Path scripts;

    /** A repository whose plans try to run commands (each would create a file in {@link #markers}). */
    private static Path hostile;

    private static Path markers;

    @BeforeAll
    static void setUp() throws IOException {
        bin = Files.createDirectories(work.resolve("bin"));
        Path shim = bin.resolve("devplan");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(shim, "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 -cp '"
                + System.getProperty("java.class.path") + "' io.devplan.Main \"$@\"\n");
        assertThat(shim.toFile().setExecutable(true)).isTrue();
        scripts = Files.createDirectories(work.resolve("scripts"));
        for (CompletionCommand.Shell s : CompletionCommand.Shell.values()) {
            CliRunner.Result r = CliRunner.run("completion", s.name());
            assertThat(r.exit()).isZero();
            Files.writeString(scripts.resolve(s.file), r.out());
        }
        markers = Files.createDirectories(work.resolve("markers"));
        hostile = hostileRepository(work.resolve("hostile"), markers);
    }

    @ParameterizedTest
    @EnumSource(CompletionCommand.Shell.class)
    void completionPrintsTheScriptTheProjectShipsByteForByte(CompletionCommand.Shell shell) throws IOException {
        CliRunner.Result r = CliRunner.run("completion", shell.name());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().getBytes(StandardCharsets.UTF_8))
                .as("devplan completion %s against completions/%s", shell, shell.file)
                .isEqualTo(Files.readAllBytes(Path.of("completions", shell.file)));
    }

    @Test
    void bashCompletesCommandsOptionsIdsItemsAndValuesTheCommandsAccept() throws Exception {
        assumeTrue(executable("bash"), "bash is not installed");
        assertThat(bash("devplan", "sh")).contains("show").doesNotContain("init");
        assertThat(bash("devplan", "che")).containsExactly("checkin");
        assertThat(bash("devplan", "--dir", "examples/acme", "done", "alice-andersen", "design-reviews/r"))
                .containsExactly("design-reviews/retro");
        assertThat(bash("devplan", "--dir", "examples/acme", "show", "sofia")).containsExactly("sofia-lindqvist");
        assertThat(bash("devplan", "--dir=examples/acme", "show", "sofia")).containsExactly("sofia-lindqvist");
        assertThat(bash("devplan", "show", "--as")).containsExactly("--as-of");
        assertThat(bash("devplan", "completion", "")).containsExactly("bash", "zsh", "fish");
        assertThat(bash("devplan", "feedback", "add", "x", "--source", ""))
                .containsExactly("review", "one-on-one", "peer", "self", "upward", "customer", "360");
        assertThat(bash("devplan", "goal", "add", "x", "--status", "a")).containsExactly("active", "at-risk");
        assertThat(bash("devplan", "--dir", "examples/acme", "overdue", "--manager", "bob"))
                .containsExactly("bob-berg");
    }

    @ParameterizedTest
    @EnumSource(CompletionCommand.Shell.class)
    void planWordsArriveAsDataAndNothingInThemRuns(CompletionCommand.Shell shell) throws Exception {
        assumeTrue(executable(shell.name()), shell + " is not installed");
        String dir = hostile.toString();
        // bash offers each word quoted for the command line; zsh and fish quote when they insert it.
        String team = shell == CompletionCommand.Shell.bash ? "data\\ science" : "data science";
        assertThat(offered(shell, "devplan", "--dir", dir, "report", "--team", "")).containsExactly(team);
        assertThat(offered(shell, "devplan", "--dir", dir, "overdue", "--manager", "")).containsExactly("eve", "good", "mallory");
        assertThat(offered(shell, "devplan", "--dir", dir, "show", "")).containsExactly("eve", "good", "mallory", "trent");
        assertThat(offered(shell, "devplan", "--dir", dir, "done", "good", "")).containsExactly("g1", "g1/m1");
        assertThat(offered(shell, "devplan", "--dir", dir, "done", "trent", "")).isEmpty();
        assertThat(offered(shell, "devplan", "--dir", dir, "checkin", "good", "--done", "g1/")).containsExactly("g1/m1");
        assertThat(offered(shell, "devplan", "goal", "add", "x", "--status", "a")).containsExactly("active", "at-risk");
        assertThat(markers).isEmptyDirectory();
    }

    @Test
    void bashQuotesWhatItOffersEvenWhenDevplanLetItThrough() throws Exception {
        assumeTrue(executable("bash"), "bash is not installed");
        String lines = "$(touch ${IFS}" + markers + "/r1)\\n`touch " + markers + "/r2`\\n; touch " + markers
                + "/r3\\n*\\nplain\\n";
        String script = "source " + scripts.resolve("devplan.bash") + "; _devplan_reply '' < <(printf '" + lines
                + "'); printf '%s\\n' \"${COMPREPLY[@]}\"";
        List<String> offered = run(List.of("bash", "--norc", "-c", script));
        assertThat(offered).hasSize(5).contains("plain", "\\*");
        for (String o : offered) {
            // Each is one word for the shell: evaluating it gives the line back, and runs nothing.
            assertThat(run(List.of("bash", "--norc", "-c", "printf '%s' " + o))).hasSize(1);
        }
        assertThat(markers).isEmptyDirectory();
    }

    @Test
    void hiddenCompleteLeavesOutEveryWordThatIsNotPlain() {
        String dir = hostile.toString();
        assertThat(CliRunner.run("--dir", dir, "__complete", "teams").out()).isEqualTo("data science\n");
        assertThat(CliRunner.run("--dir", dir, "__complete", "managers").out()).isEqualTo("eve\ngood\nmallory\n");
        assertThat(CliRunner.run("--dir", dir, "__complete", "ids").out()).isEqualTo("eve\ngood\nmallory\ntrent\n");
        assertThat(CliRunner.run("--dir", dir, "__complete", "items", "../hostile/plans/good").out()).isEmpty();
        for (String word : List.of("$(x)", "`x`", "a;b", "a|b", "a&b", "*", "a?", "[a]", "~x", "a\nb", "a\tb", "\u001b[31m",
                "a\u202eb", "a\u200bb", "'a'", "\"a\"", "a\\b", " a", "a ", "a  b", "", "a>b", "{a,b}", "!x", "#x")) {
            assertThat(CompleteCommand.plain(word)).as(word).isFalse();
        }
        for (String word : List.of("alice-andersen", "design-reviews/retro", "data science", "Åsa Öberg", "360", "bob@example.com")) {
            assertThat(CompleteCommand.plain(word)).as(word).isTrue();
        }
    }

    /**
     * Plans whose team, manager, goal and item ids and file names are shell code that would touch
     * a file in {@code markers}, beside two plain plans.
     */
    private static Path hostileRepository(Path repo, Path markers) throws IOException {
        Files.createDirectories(repo.resolve("plans"));
        Files.writeString(repo.resolve("devplan.yaml"), "organization: Hostile\n");
        String m = markers.toString();
        Files.writeString(repo.resolve("plans/eve.yaml"), """
                employee:
                  id: eve
                  name: "Eve `touch %1$s/name`"
                  team: "$(touch${IFS}%1$s/team)"
                  manager: "x; touch %1$s/manager"
                """.formatted(m));
        Files.writeString(repo.resolve("plans/mallory.yaml"), """
                employee:
                  id: mallory
                  name: Mallory
                  team: "platform\\n$(touch %1$s/newline)"
                  manager: "*"
                """.formatted(m));
        // Ids the reader refuses: the plan is not read, so none of them is offered.
        Files.writeString(repo.resolve("plans/trent.yaml"), """
                employee:
                  id: trent
                  name: Trent
                goals:
                  - id: "$(touch${IFS}%1$s/goal)"
                    title: Hold a design review before every change
                    due: 2026-12-01
                    milestones:
                      - {id: "`touch %1$s/item`", title: Draft a template, due: 2026-04-15}
                """.formatted(m));
        Files.writeString(repo.resolve("plans/good.yaml"), """
                employee:
                  id: good
                  name: Good Person
                  team: data science
                  manager: eve
                goals:
                  - id: g1
                    title: Hold a design review before every change
                    due: 2026-12-01
                    milestones:
                      - {id: m1, title: Draft a template, due: 2026-04-15}
                """);
        Files.writeString(repo.resolve("plans/other.yaml"), """
                employee:
                  id: other
                  name: Other
                  team: platform
                  manager: mallory
                """);
        // A file name has no '/': from $HOME (the scripts run with HOME=work) into the markers.
        Files.move(repo.resolve("plans/other.yaml"), repo.resolve("plans/$(cd;cd${IFS}markers;touch${IFS}file).yaml"));
        return repo;
    }

    /** What a shell offers for the last of {@code words}. */
    private static List<String> offered(CompletionCommand.Shell shell, String... words) throws Exception {
        String last = words[words.length - 1];
        return switch (shell) {
            case bash -> bash(words);
            case zsh -> zsh(words).stream().filter(w -> w.startsWith(last)).toList(); // as compadd would
            case fish -> fish(String.join(" ", words));
        };
    }

    /** What bash offers for the last of {@code words}, its function driven as by a Tab. */
    private static List<String> bash(String... words) throws Exception {
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append(" '").append(w).append("'");
        }
        String script = "source " + scripts.resolve("devplan.bash") + "; COMP_WORDS=(" + array + "); COMP_CWORD="
                + (words.length - 1) + "; _devplan; printf '%s\\n' \"${COMPREPLY[@]}\"";
        return run(List.of("bash", "--norc", "-c", script));
    }

    /**
     * What zsh offers: compadd (a builtin only a completion widget may call) is replaced by a
     * function that prints the words it is given, which the real one would filter by prefix.
     */
    private static List<String> zsh(String... words) throws Exception {
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append(" '").append(w).append("'");
        }
        String script = "compdef() { :; }; compadd() { [[ $1 == -a ]] && print -rl -- \"${(@P)2}\"; }; source "
                + scripts.resolve("_devplan") + "; words=(" + array + "); CURRENT=" + words.length + "; _devplan";
        return run(List.of("zsh", "-f", "-c", script));
    }

    /** What fish offers for a command line (complete -C), descriptions left out. */
    private static List<String> fish(String line) throws Exception {
        String script = "source " + scripts.resolve("devplan.fish") + "; complete -C '" + line + "'";
        return run(List.of("fish", "-N", "-c", script)).stream().map(l -> l.split("\t", 2)[0]).toList();
    }

    private static List<String> run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("HOME", work.toString());
        Process p = pb.redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new ArrayList<>(out.lines().filter(l -> !l.isEmpty()).toList());
        return lines;
    }

    static boolean executable(String name) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, name)));
    }
}
