package io.devplan.cli;

import java.util.Set;
import picocli.CommandLine;

/**
 * Command models built with picocli's programmatic API, without reading an annotation: in a fresh
 * JVM the first annotation read alone costs 26-30 ms. The one implementation, {@code FastCommands},
 * is written by the build from the annotated model ({@code io.devplan.build.FastCommandsSource} in
 * src/build/java) and compiled into the jar; it is never part of the source tree, so a new command
 * or option needs no step of its own. {@link Cli} finds it by name.
 */
interface FastModels {
    /** The class the build writes. */
    String CLASS = "io.devplan.cli.FastCommands";

    /** The root with command {@code name} only, or null when the command has no fast model. */
    CommandLine create(String name, DevplanCommand root);

    /** The root alone, which answers --version. */
    CommandLine version(DevplanCommand root);

    /** Names of the root's options that take a value ({@code --dir}): the word after one is not the command. */
    Set<String> rootValueOptions();

    /** Names of the root's options that take no value ({@code --debug}), help and version left out. */
    Set<String> rootFlags();
}
