package io.devplan.cli;

import picocli.CommandLine.Command;

@Command(name = "goal", mixinStandardHelpOptions = true,
        header = "Add goals to a plan.",
        subcommands = {GoalAddCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  devplan goal add alice-andersen --id talks --title 'Give two talks' --due 2027-06-30"})
final class GoalCommand {}
