package io.devplan.cli;

import io.devplan.domain.Said;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "completion", mixinStandardHelpOptions = true,
        header = "Print the shell completion script for bash, zsh or fish.",
        description = "Completes commands, options, employee ids, teams, managers and GOAL/ITEM addresses from "
                + "the current repository. The script is the one in completions/ of the source tree and the "
                + "release bundle, byte for byte.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan completion bash > ~/.local/share/bash-completion/completions/devplan",
            "  devplan completion zsh > \"${fpath[1]}/_devplan\"",
            "  devplan completion fish > ~/.config/fish/completions/devplan.fish",
        })
final class CompletionCommand implements Callable<Integer> {
    /** The shells there is a script for, and the file name each is installed under. */
    enum Shell {
        bash("devplan.bash"), zsh("_devplan"), fish("devplan.fish");

        /** The script's name in completions/ and, under {@link #RESOURCES}, in the jar. */
        final String file;

        Shell(String file) {
            this.file = file;
        }
    }

    /** Where the build puts the scripts it writes from the command model (src/build/java). */
    static final String RESOURCES = "/io/devplan/completions/";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash, zsh or fish.")
    Shell shell;

    @Override
    public Integer call() throws IOException {
        try (InputStream in = CompletionCommand.class.getResourceAsStream(RESOURCES + shell.file)) {
            if (in == null) {
                spec.commandLine().getErr().println("devplan: "
                        + Session.of(spec).readerWords().text(Said.of(CliText.NO_COMPLETION_SCRIPTS)));
                return ExitCodes.UNREADABLE;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            out.flush();
        }
        return ExitCodes.OK;
    }
}
