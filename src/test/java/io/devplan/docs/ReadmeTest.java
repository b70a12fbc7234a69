package io.devplan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's examples are what the commands print: every block that starts with
 * "$ devplan --dir examples/acme ..." is run and compared, so the docs cannot drift from the code.
 */
class ReadmeTest {
    private static final Pattern EXAMPLE = Pattern.compile("```\\n\\$ devplan (--dir examples/acme [^\\n]+)\\n(.*?)```",
            Pattern.DOTALL);

    @Test
    void everyExampleIsRealOutput() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = EXAMPLE.matcher(readme);
        int examples = 0;
        while (m.find()) {
            List<String> args = new ArrayList<>(List.of(m.group(1).split(" ")));
            CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
            assertThat(r.exit()).as(m.group(1) + ": " + r.err()).isZero();
            assertThat(r.out()).as("README example '$ devplan " + m.group(1) + "'").isEqualTo(m.group(2));
            examples++;
        }
        assertThat(examples).as("examples in the README").isPositive();
    }
}
