package org.turnscript.cli;

import org.turnscript.formats.FormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code turnscript} command. Exit codes: 0 success, 1 bad input, 2 usage error. */
@Command(name = "turnscript",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Convert, inspect and clean conversation transcripts and captions.",
        subcommands = {ConvertCommand.class, InfoCommand.class, CleanCommand.class, LintCommand.class,
            CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  turnscript convert page.txt --speakers Brian,Kate,Chris,Skyler -o episode.srt",
            "  turnscript convert episode.en.vtt -o episode.json",
            "  turnscript info episode.srt",
            "  turnscript clean page.txt --glossary names.tsv --report",
            "  turnscript help convert",
            "",
            "Run without arguments (java -jar turnscript.jar) to open the editor window."})
public final class TurnscriptCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, for tests that capture its output. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new TurnscriptCommand());
        cl.setExecutionExceptionHandler(TurnscriptCommand::reportFailure);
        return cl;
    }

    /** Bad input is one line on stderr ({@code FILE:LINE: what}), never a stack trace. */
    private static int reportFailure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        if (e instanceof FormatException fe) {
            cl.getErr().println(fe.getMessage());
        } else if (e instanceof java.io.IOException io) {
            cl.getErr().println("turnscript: cannot write: " + io.getMessage());
        } else {
            cl.getErr().println("turnscript: " + e);
        }
        cl.getErr().flush();
        return 1;
    }
}
