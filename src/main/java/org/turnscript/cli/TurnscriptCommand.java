package org.turnscript.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code turnscript} command. */
@Command(name = "turnscript",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Convert, inspect and clean conversation transcripts and captions.",
        subcommands = {CommandLine.HelpCommand.class})
public final class TurnscriptCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code: 0 success, 1 bad input, 2 usage error. */
    public static int run(String... args) {
        return new CommandLine(new TurnscriptCommand()).execute(args);
    }
}
