package io.devplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The models the build generates (FastCommands, written by io.devplan.build.FastCommandsSource)
 * parse exactly what the annotated ones do: the same options and parameters with the same arity,
 * type, converter, split, default and scope, for every command there is, and a plain run uses them.
 */
class FastCommandsTest {
    private static final Clock CLOCK = CliRunner.EXAMPLE_DAY;

    @Test
    void everyCommandHasAFastModelThatParsesLikeTheAnnotatedOne() {
        FastModels fast = Cli.fastModels();
        assertThat(fast).as("the build compiled FastCommands into the classes").isNotNull();
        CommandLine annotated = Cli.create(CLOCK);
        int compared = 0;
        for (Map.Entry<String, CommandLine> e : annotated.getSubcommands().entrySet()) {
            CommandLine model = fast.create(e.getKey(), new DevplanCommand(CLOCK));
            assertThat(model != null).as(e.getKey() + " has a fast model").isEqualTo(!e.getKey().equals("help"));
            if (model != null) {
                compared += compare(e.getKey(), model.getSubcommands().get(e.getKey()), e.getValue());
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(19); // goal add and feedback add too
        assertThat(describe(fast.create("overdue", new DevplanCommand(CLOCK)).getCommandSpec()))
                .isEqualTo(describe(annotated.getCommandSpec()));
        // The root's options as the pre-parser sees them, from the same model.
        List<String> valued = new java.util.ArrayList<>();
        List<String> flags = new java.util.ArrayList<>();
        for (OptionSpec o : annotated.getCommandSpec().options()) {
            if (!o.usageHelp() && !o.versionHelp()) {
                (o.arity().max() > 0 ? valued : flags).addAll(List.of(o.names()));
            }
        }
        assertThat(fast.rootValueOptions()).containsExactlyInAnyOrderElementsOf(valued).contains("--dir", "-C");
        assertThat(fast.rootFlags()).containsExactlyInAnyOrderElementsOf(flags).contains("--debug");
    }

    @Test
    void theCommandWordIsFoundAfterRootOptionsInEveryForm() {
        for (String[] args : new String[][] {
                {"overdue"}, {"--dir", "examples/acme", "overdue"}, {"-C", "examples/acme", "overdue"},
                {"--dir=examples/acme", "overdue"}, {"-Cexamples/acme", "overdue"}, {"--no-color", "--debug", "overdue"}}) {
            assertThat(Cli.create(CLOCK, args).getSubcommands()).as(String.join(" ", args)).containsOnlyKeys("overdue");
            assertThat(Cli.create(CLOCK, args).getCommandSpec().usageMessage().header()).as("fast").isEmpty();
        }
        assertThat(Cli.create(CLOCK, new String[] {"--dir", "examples/acme", "--version"}).getSubcommands()).isEmpty();
    }

    @Test
    void aPlainRunGetsTheFastModelAndHelpTheAnnotatedOne() {
        assertThat(Cli.create(CLOCK, new String[] {"overdue", "--within", "3"}).getCommandSpec().usageMessage().header())
                .isEmpty();
        assertThat(Cli.create(CLOCK, new String[] {"overdue", "--help"}).getCommandSpec().usageMessage().header())
                .isNotEmpty();
    }

    @Test
    void whatTheFastModelCannotParseGetsTheAnnotatedModelsMessage() {
        for (String[] args : new String[][] {
                {"--dir", "examples/acme", "overdue", "--withn", "3"},
                {"--dir", "examples/acme", "overdue", "--within", "-1"},
                {"--dir", "examples/acme", "overdue", "--format", "xml"},
                {"--dir", "examples/acme", "show"},
                {"--dir", "examples/acme", "report", "--audience", "boss"},
                {"--dir", "examples/acme", "new", "x"},
                {"--dir", "examples/acme", "validate", "--as-of", "2026-02-30"},
                {"--dir", "examples/acme", "goal"},
                {"--dir", "examples/acme", "goal", "ad"},
                {"--dir", "examples/acme", "feedback", "add"},
                {"--dir", "examples/acme", "goal", "add", "alice-andersen", "--statuss", "active"},
                {"--dir", "examples/acme", "feedback", "add", "alice-andersen", "--kind", "STRENGTH"}}) {
            CliRunner.Result fast = CliRunner.run(args);
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            CommandLine full = Cli.annotated(CliRunner.EXAMPLE_DAY, args);
            full.setOut(new java.io.PrintWriter(out, true));
            full.setErr(new java.io.PrintWriter(err, true));
            int exit = full.execute(args);
            assertThat(fast).as(String.join(" ", args)).isEqualTo(new CliRunner.Result(exit, out.toString(), err.toString()));
            assertThat(exit).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
        }
    }

    /** Compares a command and its subcommands; how many were compared. */
    private static int compare(String path, CommandLine fast, CommandLine annotated) {
        assertThat(describe(fast.getCommandSpec())).as(path).isEqualTo(describe(annotated.getCommandSpec()));
        assertThat(fast.getSubcommands().keySet()).as(path).isEqualTo(annotated.getSubcommands().keySet());
        int compared = 1;
        for (Map.Entry<String, CommandLine> e : annotated.getSubcommands().entrySet()) {
            compared += compare(path + " " + e.getKey(), fast.getSubcommands().get(e.getKey()), e.getValue());
        }
        return compared;
    }

    /** What parsing depends on, help and version options left out (the annotated model answers those). */
    private static List<String> describe(CommandSpec spec) {
        return spec.args().stream()
                .filter(a -> !(a instanceof OptionSpec o && (o.usageHelp() || o.versionHelp())))
                .map(FastCommandsTest::describe)
                .sorted()
                .collect(Collectors.toList());
    }

    private static String describe(ArgSpec a) {
        String names = a instanceof OptionSpec o ? String.join("|", o.names()) + " " + o.scopeType()
                : "param " + ((CommandLine.Model.PositionalParamSpec) a).index();
        return names + " arity=" + a.arity() + " type=" + a.type().getName()
                + " aux=" + java.util.Arrays.stream(a.auxiliaryTypes()).map(Class::getName).toList()
                + " converters=" + java.util.Arrays.stream(a.converters()).map(c -> c.getClass().getName()).toList()
                + " split=" + a.splitRegex() + " default=" + Objects.toString(a.defaultValue())
                + " required=" + a.required() + " label=" + a.paramLabel()
                + " initial=" + a.initialValue();
    }
}
