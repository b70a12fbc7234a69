package io.devplan.cli;

import picocli.CommandLine.Command;

@Command(name = "support", mixinStandardHelpOptions = true,
        header = "Allocate support to a goal and record its decisions.",
        description = "Support is what a goal gets to succeed: training, coaching, mentoring, time, budget. "
                + "It moves from requested to approved (or declined) to provided; each step is dated in the plan.",
        subcommands = {SupportAddCommand.class, SupportSetCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan support add alice-andersen all-hands-talk --kind coaching --title 'Speaking coach' \\",
            "      --cost 1200 --currency EUR",
            "  devplan support set alice-andersen all-hands-talk/speaking-coach approved --note 'From the team budget'",
        })
final class SupportCommand {}
