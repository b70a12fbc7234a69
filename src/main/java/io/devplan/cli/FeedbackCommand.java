package io.devplan.cli;

import picocli.CommandLine.Command;

@Command(name = "feedback", mixinStandardHelpOptions = true,
        header = "Record feedback on a plan.",
        description = "Feedback is what was said in a review or conversation, before it becomes goals.",
        subcommands = {FeedbackAddCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  devplan feedback add alice-andersen --from bob-berg --kind strength --text 'Calm in incidents.'"})
final class FeedbackCommand {}
