package io.devplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files written to hurt the reader end in a problem, never a crash, a hang or code execution.
 * Time and memory are bounded by construction (aliases and tags refused, depth and size capped);
 * these tests check that each case ends in the expected problem.
 */
class HostileInputTest {
    static Stream<Arguments> hostile() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append("]\n");
        }
        String deepFlow = "employee: {id: a, name: A}\nx-deep: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        StringBuilder deepBlock = new StringBuilder("employee: {id: a, name: A}\nx-deep:\n");
        for (int i = 1; i < 2_000; i++) {
            deepBlock.append(" ".repeat(i)).append("k:\n");
        }
        return Stream.of(
                Arguments.of("alias bomb", bomb.toString(), "2:8: YAML aliases ('*a') are not supported"),
                Arguments.of("10,000-deep flow nesting", deepFlow, "nesting is deeper than 64 levels"),
                Arguments.of("2,000-deep block nesting", deepBlock.toString(), "nesting is deeper than 64 levels"),
                Arguments.of("code-execution tag", "employee: !!javax.script.ScriptEngineManager [x]\n",
                        "1:11: YAML tag '!!javax.script.ScriptEngineManager' is not allowed"),
                Arguments.of("local tag", "employee: {id: a, name: !secret A}\n", "YAML tag '!secret' is not allowed"),
                Arguments.of("binary tag", "employee: {id: a, name: !!binary aGVsbG8=}\n", "YAML tag '!!binary' is not allowed"),
                Arguments.of("complex key", "? [a, b]\n: c\n", "a key must be a plain word, not a list"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void endsInAProblem(String name, String yaml, String expected) {
        List<Problem> problems = new ArrayList<>();
        ReadResult<?> r = PlanReader.read("a.yaml", "plans/a.yaml", "a", yaml, problems);
        assertThat(r.value()).isNull();
        assertThat(r.problems()).extracting(Problem::format).anySatisfy(m -> assertThat(m).contains(expected));
    }

    @Test
    void aHugeFileIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("devplan.yaml"), "");
        Files.createDirectories(dir.resolve("plans"));
        Path huge = dir.resolve("plans/a.yaml");
        Files.writeString(huge, "employee: {id: a, name: A}\nx-big: \"" + "x".repeat(2 << 20) + "\"\n");
        Repository repo = Repository.open(dir, dir);
        ReadResult<?> r = repo.read(huge);
        assertThat(r.value()).isNull();
        assertThat(r.problems()).extracting(Problem::format)
                .containsExactly("plans/a.yaml: file is 2097189 bytes, more than the 1024 KiB a devplan file may have");
    }

    @Test
    void aLargeScalarWithinTheLimitIsReadAsText() {
        List<Problem> problems = new ArrayList<>();
        String yaml = "employee: {id: a, name: A}\nfeedback:\n  - id: f\n    text: \"" + "y".repeat(500_000) + "\"\n";
        ReadResult<io.devplan.domain.Plan> r = PlanReader.read("a.yaml", "plans/a.yaml", "a", yaml, problems);
        assertThat(r.problems()).isEmpty();
        assertThat(r.value().feedback().get(0).text()).hasSize(500_000);
    }
}
