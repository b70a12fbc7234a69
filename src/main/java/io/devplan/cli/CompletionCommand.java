package io.devplan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "completion", mixinStandardHelpOptions = true,
        header = "Print the shell completion script for bash, zsh or fish.",
        description = "Completes commands, options, employee ids, teams and GOAL/ITEM addresses from the "
                + "current repository. The scripts are also in completions/ of the release bundle.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan completion bash > ~/.local/share/bash-completion/completions/devplan",
            "  devplan completion zsh > \"${fpath[1]}/_devplan\"",
            "  devplan completion fish > ~/.config/fish/completions/devplan.fish",
        })
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash, zsh or fish.")
    Completions.Shell shell;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(Completions.script(spec.root().commandLine(), shell));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
