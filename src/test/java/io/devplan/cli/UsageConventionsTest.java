package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The command line's conventions (cli.md): one style of usage error, help examples, NO_COLOR. */
class UsageConventionsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            overdeu                      | unknown command 'overdeu'; did you mean 'overdue'?  | devplan
            repotr --team x              | unknown command 'repotr'; did you mean 'report'?    | devplan
            frobnicate                   | unknown command 'frobnicate'                        | devplan
            feedback ad                  | unknown command 'ad'; did you mean 'add'?           | devplan feedback
            overdue --withn 3            | unknown option '--withn'; did you mean '--within'?  | devplan overdue
            overdue --within=3 --formt=json | unknown option '--formt'; did you mean '--format'? | devplan overdue
            --dri x overdue              | unknown option '--dri'; did you mean '--dir'?       | devplan
            show --zzz alice-andersen    | unknown option '--zzz'                              | devplan show
            show alice-andersen bob-berg | unexpected argument 'bob-berg'                      | devplan show
            """)
    void aWordTheCommandDoesNotKnowIsOneUsageErrorWithItsSuggestion(String args, String message, String command) {
        CliRunner.Result r = CliRunner.run(("--dir examples/acme " + args).split(" "));
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("devplan: " + message + "\nTry '" + command + " --help' for more information.\n");
    }

    @Test
    void helpPrintsEveryExampleOnOneLine() {
        List<String> commands = new ArrayList<>();
        collect(Cli.create(CliRunner.EXAMPLE_DAY), commands);
        int examples = 0;
        for (String command : commands) {
            String[] args = (command.isEmpty() ? "--help" : command + " --help").split(" ");
            CliRunner.Result r = CliRunner.run(args);
            assertThat(r.exit()).as(command).isZero();
            List<String> lines = r.out().lines().toList();
            CommandLine cmd = command.isEmpty() ? Cli.create(CliRunner.EXAMPLE_DAY)
                    : Cli.create(CliRunner.EXAMPLE_DAY).getSubcommands().get(command.split(" ")[0]);
            for (String part : command.isEmpty() ? new String[0] : command.split(" ")) {
                cmd = part.equals(cmd.getCommandName()) ? cmd : cmd.getSubcommands().get(part);
            }
            for (String example : cmd.getCommandSpec().usageMessage().footer()) {
                // picocli prints a format string: %% is one percent sign.
                assertThat(lines).as(command + " --help").contains(example.replace("%%", "%"));
                examples++;
            }
        }
        assertThat(examples).isGreaterThan(40);
        // The longest one, which picocli used to cut at 80 columns in the middle of the jq program.
        assertThat(CliRunner.run("overdue", "--help").out())
                .contains("  devplan overdue --format json | jq -r '.[] | \"\\(.employee) \\(.kind) \\(.daysOverdue)\"'\n");
    }

    private static void collect(CommandLine cmd, List<String> out) {
        String path = cmd.getCommandSpec().qualifiedName(" ").replaceFirst("^devplan ?", "");
        if (cmd.getCommandSpec().usageMessage().hidden() || cmd.getCommandName().equals("help")) {
            return;
        }
        out.add(path);
        cmd.getSubcommands().values().forEach(sub -> collect(sub, out));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", textBlock = """
            false, null, true
            false, '',   true
            false, 1,    false
            false, no,   false
            true,  null, false
            true,  '',   false
            """)
    void noColorCountsOnlyWhenNotEmpty(boolean option, String variable, boolean colour) {
        assertThat(DevplanCommand.colorAllowed(option, variable)).isEqualTo(colour);
    }
}
